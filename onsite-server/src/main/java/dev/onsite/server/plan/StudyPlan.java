package dev.onsite.server.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * A day-by-day plan up to an interview.
 *
 * @param companies the target companies' ids
 * @param companyNames their names, in the same order
 * @param interviewDate the day of the interview
 * @param dailyMinutes practice time planned per day
 * @param weights each target round type's share of the practice time, largest first
 * @param days from today to the day before the interview, at most {@link StudyPlanner#MAX_DAYS}
 */
public record StudyPlan(
    List<String> companies,
    List<String> companyNames,
    LocalDate interviewDate,
    int dailyMinutes,
    List<Weight> weights,
    List<Day> days) {

  /**
   * How much of the time one round type gets, and why.
   *
   * @param round the round id
   * @param label its name
   * @param rounds rounds of this type in the target loops
   * @param strength the person's strength in it, 0..100, or null when they have not tried it
   * @param percent share of the planned minutes
   */
  public record Weight(String round, String label, int rounds, Integer strength, int percent) {}

  /** One day's tasks. */
  public record Day(LocalDate date, List<Task> tasks) {
    public int minutes() {
      return tasks.stream().mapToInt(Task::minutes).sum();
    }
  }

  /**
   * One thing to do.
   *
   * @param round the round type it trains
   * @param title what to do, for people
   * @param itemId the practice item, or null for a page (stories, cards, a mock loop)
   * @param url where to do it
   * @param minutes time planned
   * @param reason why this and not something else
   */
  public record Task(
      String round, String title, String itemId, String url, int minutes, String reason) {}

  /** Today's tasks, or none when the plan has no day left. */
  public List<Task> today() {
    return days.isEmpty() ? List.of() : days.getFirst().tasks();
  }
}
