package dev.onsite.server.exam;

import dev.onsite.server.account.OnsiteUser;
import dev.onsite.server.problem.Catalogue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

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
   */
  record ExamJson(
      String problemId,
      Instant startedAt,
      Instant deadline,
      Instant endedAt,
      boolean running,
      boolean timeUp,
      long remainingSeconds) {

    static ExamJson of(Exam exam, Instant now) {
      return new ExamJson(
          exam.problemId(),
          exam.startedAt(),
          exam.deadline(),
          exam.endedAt(),
          exam.running(now),
          exam.timeUp(now),
          exam.remainingSeconds(now));
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
  @Operation(summary = "End the open exam on the problem; 204 when there was none")
  ResponseEntity<ExamJson> end(@AuthenticationPrincipal OnsiteUser me, @PathVariable String id) {
    catalogue.require(id);
    return exams
        .end(me.accountId(), id)
        .map(exam -> ResponseEntity.ok(ExamJson.of(exam, exams.now())))
        .orElseGet(() -> ResponseEntity.noContent().build());
  }
}
