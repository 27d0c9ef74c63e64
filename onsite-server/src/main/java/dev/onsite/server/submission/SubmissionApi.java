package dev.onsite.server.submission;

import dev.onsite.server.account.OnsiteUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Submissions over JSON: submit, follow the verdict live, history and diffs. */
@RestController
@RequestMapping("/api")
@Tag(name = "submissions", description = "Run, submit, follow the verdict, history and diffs")
class SubmissionApi {

  /**
   * A submission to judge.
   *
   * @param language {@code java} or {@code python}
   * @param source the code
   * @param mode {@code run} (visible tests of unlocked levels) or {@code submit} (every test)
   */
  record NewSubmission(String language, String source, String mode) {}

  private final Submissions submissions;
  private final VerdictStream stream;

  SubmissionApi(Submissions submissions, VerdictStream stream) {
    this.submissions = submissions;
    this.stream = stream;
  }

  @PostMapping("/problems/{id}/submissions")
  @Operation(
      summary = "Run or submit code",
      description =
          "Stores the submission as queued and returns at once with its place in the queue;"
              + " follow it with GET /api/submissions/{id}/events.")
  ResponseEntity<SubmissionView> submit(
      @AuthenticationPrincipal OnsiteUser me,
      @PathVariable String id,
      @RequestBody NewSubmission body) {
    Mode mode = Mode.ofRequest(body.mode());
    SubmissionView queued =
        submissions.submit(me.accountId(), id, body.language(), body.source(), mode);
    return ResponseEntity.accepted()
        .location(URI.create("/api/submissions/" + queued.id()))
        .body(queued);
  }

  @GetMapping("/problems/{id}/submissions")
  @Operation(summary = "Your submissions on a problem, newest first (without code)")
  List<SubmissionView> history(@AuthenticationPrincipal OnsiteUser me, @PathVariable String id) {
    return submissions.history(me.accountId(), id);
  }

  @GetMapping("/submissions/{id}")
  @Operation(summary = "One of your submissions, with its code and per-test results")
  SubmissionView submission(@AuthenticationPrincipal OnsiteUser me, @PathVariable long id) {
    return submissions.require(me.accountId(), id);
  }

  @GetMapping(path = "/submissions/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  @Operation(
      summary = "Follow a submission live (server-sent events)",
      description =
          "Events: status {status, position}, compiled {ok, message}, test (one per test as it"
              + " finishes), done (the judged submission). The stream ends after done.")
  SseEmitter events(@AuthenticationPrincipal OnsiteUser me, @PathVariable long id) {
    return submissions.events(me.accountId(), id, stream);
  }

  @GetMapping("/submissions/diff")
  @Operation(summary = "The line diff between two of your submissions")
  CodeDiff diff(
      @AuthenticationPrincipal OnsiteUser me, @RequestParam long from, @RequestParam long to) {
    return submissions.diff(me.accountId(), from, to);
  }

  @GetMapping("/queue")
  @Operation(summary = "How many submissions wait and run on the server")
  Submissions.QueueState queue() {
    return submissions.queueState();
  }
}
