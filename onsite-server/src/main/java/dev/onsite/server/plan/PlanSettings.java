package dev.onsite.server.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * What a person prepares for.
 *
 * @param companies target company ids, in their order
 * @param interviewDate the interview's day
 * @param dailyMinutes practice time per day
 */
public record PlanSettings(List<String> companies, LocalDate interviewDate, int dailyMinutes) {

  public PlanSettings {
    companies = List.copyOf(companies);
  }
}
