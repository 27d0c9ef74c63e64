package dev.onsite.server.takehome;

import dev.onsite.judge.takehome.Dataset;
import dev.onsite.judge.takehome.TakeHomeException;
import dev.onsite.judge.takehome.TakeHomeJson;
import dev.onsite.judge.takehome.TakeHomeLoader;
import dev.onsite.judge.takehome.TakeHomePackage;
import dev.onsite.server.account.OnsiteUser;
import dev.onsite.server.submission.Mode;
import dev.onsite.server.submission.SubmissionView;
import dev.onsite.server.submission.Submissions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Take-home rounds over JSON: the statement and rubric, an attempt with a stored seed and a timer
 * that pauses and survives restarts, the attempt's dataset as a zip, and finders judged through the
 * queue. The answer key never leaves the judge.
 */
@RestController
@RequestMapping("/api/takehomes")
@Tag(name = "takehomes", description = "Data-validation take-homes")
class TakeHomeApi {

  /** A finder to judge on the current attempt's dataset. */
  record NewFinder(String finder) {}

  private static final SecureRandom RANDOM = new SecureRandom();

  private final TakeHomeLibrary library;
  private final TakeHomeAttempts attempts;
  private final TakeHomeGrading grading;
  private final Submissions submissions;
  private final Clock clock;

  TakeHomeApi(
      TakeHomeLibrary library,
      TakeHomeAttempts attempts,
      TakeHomeGrading grading,
      Submissions submissions,
      Clock clock) {
    this.library = library;
    this.attempts = attempts;
    this.grading = grading;
    this.submissions = submissions;
    this.clock = clock;
  }

  private TakeHomePackage require(String id) {
    return library
        .find(id)
        .orElseThrow(
            () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no take-home '" + id + "'"));
  }

  private TakeHomeAttempt current(OnsiteUser me, TakeHomePackage pkg) {
    return attempts
        .latest(me.accountId(), pkg.id())
        .orElseThrow(
            () ->
                new ResponseStatusException(
                    HttpStatus.CONFLICT,
                    "no attempt of '"
                        + pkg.id()
                        + "' yet: start one with POST /api/takehomes/"
                        + pkg.id()
                        + "/attempts"));
  }

  private Map<String, Object> state(TakeHomeAttempt a) {
    Instant now = clock.instant();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", a.id());
    m.put("seed", a.seed());
    m.put("started_at", a.startedAt().toString());
    m.put("budget_seconds", a.budgetSeconds());
    m.put("elapsed_seconds", a.elapsedSeconds(now));
    m.put("remaining_seconds", a.remainingSeconds(now));
    m.put("paused", a.paused());
    return m;
  }

  @GetMapping
  @Operation(summary = "Every take-home package on this server")
  List<Map<String, Object>> list() {
    return library.all().stream().map(TakeHomeJson::summary).toList();
  }

  @GetMapping("/{id}")
  @Operation(summary = "A take-home's statement, rubric and your latest attempt (or null)")
  Map<String, Object> details(@AuthenticationPrincipal OnsiteUser me, @PathVariable String id) {
    TakeHomePackage pkg = require(id);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("takehome", TakeHomeJson.summary(pkg));
    m.put("statement", pkg.statement());
    m.put(
        "rubric",
        pkg.rubric().stream()
            .map(
                p -> {
                  Map<String, Object> part = new LinkedHashMap<>();
                  part.put("part", p.id());
                  part.put("title", p.title());
                  part.put("weight", p.weight());
                  part.put("graded", p.graded());
                  part.put("checklist", p.checklist());
                  return part;
                })
            .toList());
    m.put("attempt", attempts.latest(me.accountId(), id).map(this::state).orElse(null));
    return m;
  }

  @PostMapping("/{id}/attempts")
  @Operation(summary = "Start a new attempt: a fresh seed, the timer at the package's hours")
  ResponseEntity<Map<String, Object>> start(
      @AuthenticationPrincipal OnsiteUser me, @PathVariable String id) {
    TakeHomePackage pkg = require(id);
    long seed = RANDOM.nextInt(1, Integer.MAX_VALUE);
    TakeHomeAttempt a =
        attempts.insert(me.accountId(), pkg.id(), seed, pkg.hours() * 3600L, clock.instant());
    return ResponseEntity.status(HttpStatus.CREATED).body(state(a));
  }

  @PostMapping("/{id}/attempt/pause")
  @Operation(summary = "Stop the timer of your current attempt")
  Map<String, Object> pause(@AuthenticationPrincipal OnsiteUser me, @PathVariable String id) {
    TakeHomeAttempt a = current(me, require(id));
    attempts.pause(a, clock.instant());
    return state(attempts.byId(a.id()).orElseThrow());
  }

  @PostMapping("/{id}/attempt/resume")
  @Operation(summary = "Start the timer of your current attempt again")
  Map<String, Object> resume(@AuthenticationPrincipal OnsiteUser me, @PathVariable String id) {
    TakeHomeAttempt a = current(me, require(id));
    attempts.resume(a, clock.instant());
    return state(attempts.byId(a.id()).orElseThrow());
  }

  @GetMapping("/{id}/attempt/dataset")
  @Operation(summary = "Your current attempt's dataset, generated from its seed, as a zip")
  ResponseEntity<byte[]> dataset(@AuthenticationPrincipal OnsiteUser me, @PathVariable String id) {
    TakeHomePackage pkg = require(id);
    TakeHomeAttempt a = current(me, pkg);
    Dataset dataset;
    try {
      dataset =
          grading
              .judge()
              .orElseThrow(
                  () ->
                      new ResponseStatusException(
                          HttpStatus.SERVICE_UNAVAILABLE, "this server has no Python 3"))
              .generate(pkg, a.seed());
    } catch (TakeHomeException e) {
      throw new ResponseStatusException(HttpStatus.INTERNAL_SERVER_ERROR, e.getMessage());
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (var e : dataset.files().entrySet()) {
        zip.putNextEntry(new ZipEntry("dataset/" + e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
      zip.putNextEntry(new ZipEntry("STATEMENT.md"));
      zip.write(pkg.statement().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("application/zip"))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"" + pkg.id() + "-" + a.seed() + ".zip\"")
        .body(bytes.toByteArray());
  }

  @PostMapping("/{id}/submissions")
  @Operation(
      summary = "Judge a finder on your current attempt's dataset",
      description =
          "Queues the finder with the attempt's seed and returns at once; follow it with"
              + " GET /api/submissions/{id}/events, as any submission.")
  ResponseEntity<SubmissionView> submit(
      @AuthenticationPrincipal OnsiteUser me,
      @PathVariable String id,
      @RequestBody NewFinder body) {
    TakeHomePackage pkg = require(id);
    TakeHomeAttempt a = current(me, pkg);
    String finder = body == null ? null : body.finder();
    if (finder == null || finder.isBlank()) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST, "send the finder's Python source as {\"finder\": \"...\"}");
    }
    if (finder.length() > TakeHomeLoader.MAX_SOURCE_BYTES) {
      throw new ResponseStatusException(
          HttpStatus.CONTENT_TOO_LARGE,
          "the finder is "
              + finder.length() / 1024
              + " KiB; the most is "
              + TakeHomeLoader.MAX_SOURCE_BYTES / 1024
              + " KiB");
    }
    SubmissionView queued =
        submissions.submitItem(
            me.accountId(),
            pkg.id(),
            "python",
            new FinderSource(a.id(), a.seed(), finder).json(),
            Mode.SUBMIT);
    return ResponseEntity.accepted()
        .location(URI.create("/api/submissions/" + queued.id()))
        .body(queued);
  }
}
