package dev.onsite.server.plan;

import dev.onsite.server.account.OnsiteUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The study plan over JSON. */
@RestController
@RequestMapping("/api/plan")
@Tag(name = "plan", description = "A day-by-day study plan up to an interview")
class PlanApi {

  /**
   * @param companies company names or ids
   * @param interviewDate the interview's day, after today
   * @param dailyMinutes practice per day, 20..600 (default 90)
   */
  record PlanRequest(List<String> companies, LocalDate interviewDate, Integer dailyMinutes) {}

  private final Plans plans;

  PlanApi(Plans plans) {
    this.plans = plans;
  }

  @GetMapping
  @Operation(summary = "Your plan as of today, laid out again from your latest attempts")
  StudyPlan plan(@AuthenticationPrincipal OnsiteUser me) {
    return plans
        .plan(me.accountId())
        .orElseThrow(
            () ->
                new ResponseStatusException(
                    HttpStatus.NOT_FOUND,
                    "no study plan yet: PUT /api/plan with companies and interviewDate"));
  }

  @PutMapping
  @Operation(summary = "Say what you prepare for: target companies and the interview date")
  StudyPlan save(@AuthenticationPrincipal OnsiteUser me, @RequestBody PlanRequest request) {
    return plans.save(
        me.accountId(), request.companies(), request.interviewDate(), request.dailyMinutes());
  }

  @DeleteMapping
  @Operation(summary = "Forget your plan")
  ResponseEntity<Void> delete(@AuthenticationPrincipal OnsiteUser me) {
    plans.delete(me.accountId());
    return ResponseEntity.noContent().build();
  }
}
