package dev.onsite.server.dashboard;

import dev.onsite.server.submission.SubmissionView;
import java.time.LocalDate;
import java.util.List;

/**
 * A person's progress at a glance.
 *
 * @param solved problems solved
 * @param attempted problems tried and not solved
 * @param problems problems on the server
 * @param rounds solved and total problems per round type, for round types with problems
 * @param recent the latest submissions
 * @param streak days in a row with practice, up to today (or yesterday, when today has none yet)
 * @param days the last four weeks: activity per day, oldest first
 * @param secondsTotal time spent on problem pages
 * @param secondsThisWeek the same over the last 7 days
 * @param queue the server's judging queue (admins only), or null
 * @param patterns progress per algorithmic pattern, for the patterns the problems drill
 */
public record Dashboard(
    int solved,
    int attempted,
    int problems,
    List<RoundProgress> rounds,
    List<SubmissionView> recent,
    int streak,
    List<Day> days,
    long secondsTotal,
    long secondsThisWeek,
    Queue queue,
    List<PatternProgress> patterns) {

  /** Problems of one round type. */
  public record RoundProgress(String round, String label, int solved, int attempted, int total) {
    public int percent() {
      return total == 0 ? 0 : Math.round(100f * solved / total);
    }
  }

  /** One day's activity. */
  public record Day(LocalDate date, int submissions, int seconds) {
    public boolean active() {
      return submissions > 0 || seconds > 0;
    }
  }

  /** The judging queue. */
  public record Queue(int queued, int running, int workers) {}

  public String timeTotal() {
    return duration(secondsTotal);
  }

  public String timeThisWeek() {
    return duration(secondsThisWeek);
  }

  /** Time spent, for people: "2 h 05 min", "12 min", "0 min". */
  public static String duration(long seconds) {
    long minutes = seconds / 60;
    return minutes >= 60
        ? minutes / 60 + " h " + String.format("%02d", minutes % 60) + " min"
        : minutes + " min";
  }
}
