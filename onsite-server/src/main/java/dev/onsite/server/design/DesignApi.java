package dev.onsite.server.design;

import dev.onsite.server.account.OnsiteUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Design attempts over JSON: start, save as you type, end, grade. */
@RestController
@RequestMapping("/api/design")
@Tag(name = "design", description = "Design workspace: timed attempts at design prompts")
class DesignApi {

  /**
   * An attempt as the workspace needs it.
   *
   * @param remainingSeconds seconds left on the countdown, 0 once it is over or ended
   * @param score percent of the rubric's weight ticked, null until graded
   */
  record AttemptJson(
      long id,
      String promptId,
      Instant startedAt,
      Instant deadline,
      Instant endedAt,
      Instant updatedAt,
      boolean ended,
      long remainingSeconds,
      Map<String, String> answer,
      List<String> checked,
      Integer score) {

    static AttemptJson of(DesignAttempt a, Instant now) {
      long remaining = a.ended() ? 0 : Math.max(0, Duration.between(now, a.deadline()).toSeconds());
      return new AttemptJson(
          a.id(),
          a.promptId(),
          a.startedAt(),
          a.deadline(),
          a.endedAt(),
          a.updatedAt(),
          a.ended(),
          remaining,
          a.answer(),
          a.checked(),
          a.score());
    }
  }

  record AnswerJson(Map<String, String> answer) {}

  record SavedJson(Instant savedAt, int characters) {}

  record GradesJson(List<String> checked) {}

  private final DesignAttempts attempts;

  DesignApi(DesignAttempts attempts) {
    this.attempts = attempts;
  }

  @PostMapping("/{promptId}/attempts")
  @Operation(summary = "Start an attempt at the prompt, or return the one already open")
  AttemptJson start(@AuthenticationPrincipal OnsiteUser me, @PathVariable String promptId) {
    return AttemptJson.of(
        attempts.start(me.accountId(), attempts.prompt(promptId)), attempts.now());
  }

  @GetMapping("/{promptId}/attempts")
  @Operation(summary = "Your attempts at the prompt, newest first")
  List<AttemptJson> history(@AuthenticationPrincipal OnsiteUser me, @PathVariable String promptId) {
    attempts.prompt(promptId);
    Instant now = attempts.now();
    return attempts.history(me.accountId(), promptId).stream()
        .map(a -> AttemptJson.of(a, now))
        .toList();
  }

  @GetMapping("/attempts/{id}")
  @Operation(summary = "One of your attempts")
  AttemptJson attempt(@AuthenticationPrincipal OnsiteUser me, @PathVariable long id) {
    return AttemptJson.of(attempts.owned(me.accountId(), id), attempts.now());
  }

  @PutMapping("/attempts/{id}/answer")
  @Operation(summary = "Save the answer of a running attempt (the workspace calls it as you type)")
  SavedJson save(
      @AuthenticationPrincipal OnsiteUser me, @PathVariable long id, @RequestBody AnswerJson body) {
    Map<String, String> answer = body == null || body.answer() == null ? Map.of() : body.answer();
    Instant at = attempts.save(me.accountId(), id, answer);
    return new SavedJson(
        at, answer.values().stream().mapToInt(s -> s == null ? 0 : s.length()).sum());
  }

  @PostMapping("/attempts/{id}/end")
  @Operation(summary = "End the attempt: the rubric and the reference outline are shown")
  AttemptJson end(@AuthenticationPrincipal OnsiteUser me, @PathVariable long id) {
    return AttemptJson.of(attempts.end(me.accountId(), id), attempts.now());
  }

  @PutMapping("/attempts/{id}/grades")
  @Operation(summary = "Keep the rubric points you ticked; returns the weighted score")
  AttemptJson grade(
      @AuthenticationPrincipal OnsiteUser me, @PathVariable long id, @RequestBody GradesJson body) {
    return AttemptJson.of(
        attempts.grade(me.accountId(), id, body == null ? List.of() : body.checked()),
        attempts.now());
  }

  @PostMapping("/attempts/{id}/review")
  @Operation(
      summary = "Have the configured model grade the ended attempt against the rubric",
      description =
          "409 when no model is configured (onsite.llm.base-url and onsite.llm.model); 502 with"
              + " a one-line reason when the model is unreachable or its reply is unusable.")
  RubricReview review(@AuthenticationPrincipal OnsiteUser me, @PathVariable long id) {
    return attempts.review(me.accountId(), id);
  }
}
