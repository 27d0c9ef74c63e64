package dev.onsite.server.exam;

import dev.onsite.server.account.OnsiteUser;
import dev.onsite.server.problem.Catalogue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Exam mode over JSON: start, look at and end the countdown on a problem. */
@RestController
@RequestMapping("/api/problems/{id}/exam")
@Tag(name = "exams", description = "Exam mode: a countdown on one problem")
class ExamApi {

  /**
   * An exam as the page needs it.
   *
   * @param running whether the countdown runs
   * @param timeUp whether the deadline passed (submissions are refused until it is ended)
   * @param remainingSeconds seconds left, 0 when not running
   * @param noFeedback whether it shows no test results while it runs (a mock of a round that runs
   *     no code): runs are refused and submissions show their results once it is over
   */
  record ExamJson(
      String problemId,
      Instant startedAt,
      Instant deadline,
      Instant endedAt,
      boolean running,
      boolean timeUp,
      long remainingSeconds,
      boolean noFeedback) {

    static ExamJson of(Exam exam, Instant now) {
      return new ExamJson(
          exam.problemId(),
          exam.startedAt(),
          exam.deadline(),
          exam.endedAt(),
          exam.running(now),
          exam.timeUp(now),
          exam.remainingSeconds(now),
          exam.noFeedback());
    }
  }

  private final Exams exams;
  private final Catalogue catalogue;

  ExamApi(Exams exams, Catalogue catalogue) {
    this.exams = exams;
    this.catalogue = catalogue;
  }

  @PostMapping
  @Operation(summary = "Start an exam on the problem, or return the one already open")
  ExamJson start(@AuthenticationPrincipal OnsiteUser me, @PathVariable String id) {
    return ExamJson.of(exams.start(me.accountId(), catalogue.require(id)), exams.now());
  }

  @GetMapping
  @Operation(summary = "The open exam on the problem; 204 when there is none")
  ResponseEntity<ExamJson> current(
      @AuthenticationPrincipal OnsiteUser me, @PathVariable String id) {
    catalogue.require(id);
    return exams
        .open(me.accountId(), id)
        .map(exam -> ResponseEntity.ok(ExamJson.of(exam, exams.now())))
        .orElseGet(() -> ResponseEntity.noContent().build());
  }

  @DeleteMapping
  @Operation(
      summary = "End the open exam on the problem; 204 when there was none",
      description =
          "A running mock round without test feedback is ended on its mock loop instead (409).")
  ResponseEntity<ExamJson> end(@AuthenticationPrincipal OnsiteUser me, @PathVariable String id) {
    catalogue.require(id);
    if (exams.withholding(me.accountId(), id).isPresent()) {
      throw new ResponseStatusException(
          HttpStatus.CONFLICT,
          "this exam is a mock loop round without test feedback; end the round on its mock loop"
              + " page (/mock), which shows the results");
    }
    return exams
        .end(me.accountId(), id)
        .map(exam -> ResponseEntity.ok(ExamJson.of(exam, exams.now())))
        .orElseGet(() -> ResponseEntity.noContent().build());
  }
}
