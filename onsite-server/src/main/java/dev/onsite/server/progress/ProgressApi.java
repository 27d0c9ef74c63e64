package dev.onsite.server.progress;

import dev.onsite.server.account.OnsiteUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Progress over time, and one's own attempts to take away. */
@RestController
@RequestMapping("/api/progress")
@Tag(name = "progress", description = "Progress over time, weakest areas, export of attempts")
class ProgressApi {

  /** What an export holds. */
  record Export(String account, Instant exportedAt, List<Attempt> attempts) {}

  /** Who sees whose progress. */
  record SharesJson(List<String> coaches, List<String> students) {}

  private final ProgressService progress;
  private final Shares shares;

  ProgressApi(ProgressService progress, Shares shares) {
    this.progress = progress;
    this.shares = shares;
  }

  @GetMapping("/shares")
  @Operation(summary = "The coaches you share your progress with, and who shares theirs with you")
  SharesJson shares(@AuthenticationPrincipal OnsiteUser me) {
    return new SharesJson(shares.coaches(me.accountId()), shares.students(me.accountId()));
  }

  @PutMapping("/shares/{coach}")
  @Operation(summary = "Share your progress with a coach (an account with the coach role)")
  SharesJson share(@AuthenticationPrincipal OnsiteUser me, @PathVariable String coach) {
    shares.share(me.accountId(), coach);
    return shares(me);
  }

  @DeleteMapping("/shares/{coach}")
  @Operation(summary = "Stop sharing your progress with a coach")
  SharesJson unshare(@AuthenticationPrincipal OnsiteUser me, @PathVariable String coach) {
    shares.unshare(me.accountId(), coach);
    return shares(me);
  }

  @GetMapping("/of/{username}")
  @Operation(summary = "The progress of someone who shares it with you (coaches)")
  ProgressReport of(@AuthenticationPrincipal OnsiteUser me, @PathVariable String username) {
    return progress.report(shares.sharedWith(me.accountId(), username).id());
  }

  @GetMapping
  @Operation(summary = "Your progress: weeks, areas, the weakest five")
  ProgressReport report(@AuthenticationPrincipal OnsiteUser me) {
    return progress.report(me.accountId());
  }

  @GetMapping("/export")
  @Operation(
      summary = "Every attempt of yours, as JSON or CSV",
      description = "format=json (default) or csv; downloaded as onsite-attempts.json or .csv")
  ResponseEntity<?> export(
      @AuthenticationPrincipal OnsiteUser me, @RequestParam(defaultValue = "json") String format) {
    List<Attempt> attempts = progress.attempts(me.accountId());
    return switch (format) {
      case "json" ->
          ResponseEntity.ok()
              .header(HttpHeaders.CONTENT_DISPOSITION, attachment("onsite-attempts.json"))
              .contentType(MediaType.APPLICATION_JSON)
              .body(new Export(me.getUsername(), Instant.now(), attempts));
      case "csv" ->
          ResponseEntity.ok()
              .header(HttpHeaders.CONTENT_DISPOSITION, attachment("onsite-attempts.csv"))
              .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
              .body(AttemptsCsv.write(attempts));
      default ->
          throw new ResponseStatusException(
              HttpStatus.BAD_REQUEST, "unknown export format '" + format + "'; use json or csv");
    };
  }

  private static String attachment(String name) {
    return ContentDisposition.attachment().filename(name).build().toString();
  }
}
