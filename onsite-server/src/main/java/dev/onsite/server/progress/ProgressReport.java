package dev.onsite.server.progress;

import java.time.LocalDate;
import java.util.List;

/**
 * Where one person stands over time: weekly activity, and strength per area with the weakest first.
 *
 * @param weeks the last {@link Progression#WEEKS} weeks, oldest first, Monday to Sunday
 * @param areas every area the person tried in the last {@link Progression#WINDOW_DAYS} days, by
 *     kind (round, pattern, topic, deck, signal) then name
 * @param weakest up to five areas with at least {@link Progression#MIN_ATTEMPTS} attempts in that
 *     window, weakest first
 * @param attempts graded attempts ever, cards excluded
 * @param passed of those, passed
 * @param cardReviews flashcard reviews ever
 */
public record ProgressReport(
    List<Week> weeks,
    List<Area> areas,
    List<Area> weakest,
    int attempts,
    int passed,
    int cardReviews) {

  /**
   * One week's practice.
   *
   * @param start its Monday
   * @param attempts graded attempts (submissions, reviews, design answers; cards are counted apart)
   * @param passed of those, passed
   * @param acRate passed share in percent, or null when there were no attempts
   * @param medianMinutesToPass median minutes from first touching an item to first passing it, over
   *     the items first passed this week, or null when none was
   * @param cardReviews flashcard reviews
   * @param retention percent of those recalled (not rated Again), or null without reviews
   */
  public record Week(
      LocalDate start,
      int attempts,
      int passed,
      Integer acRate,
      Double medianMinutesToPass,
      int cardReviews,
      Integer retention) {}

  /**
   * Strength in one area over the window.
   *
   * @param id {@code kind:name}, for example {@code pattern:sliding-window}
   * @param kind round, pattern, topic, deck or signal (a behavioral signal of rated mock rounds)
   * @param name the round id, pattern id, tag, deck id or signal id
   * @param label for people
   * @param attempts graded attempts
   * @param passed of those, passed
   * @param items distinct items tried
   * @param itemsPassed of those, passed at least once
   * @param strength 0..100: (passed + 1) / (attempts + 2), so that one lucky or unlucky try does
   *     not decide
   */
  public record Area(
      String id,
      String kind,
      String name,
      String label,
      int attempts,
      int passed,
      int items,
      int itemsPassed,
      int strength) {}
}
