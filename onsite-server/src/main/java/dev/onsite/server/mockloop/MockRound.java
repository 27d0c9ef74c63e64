package dev.onsite.server.mockloop;

import dev.onsite.catalog.company.Feedback;
import dev.onsite.catalog.round.RoundType;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One round of a mock loop: its item, its time and, once run, when and how it went.
 *
 * @param position 0-based, in the loop's order
 * @param minutes how long the round runs
 * @param itemText what the interviewer asks (a prompt or a question), or null
 * @param note why this item was chosen, or why the round is skipped
 * @param feedback {@link Feedback#NONE} for a problem round whose real round runs no code: its exam
 *     shows no test results until it ends
 * @param rubric the points a self-rated round is graded on; empty for the others
 * @param met the rubric point ids the person met, or null until they rated the round
 */
record MockRound(
    int position,
    RoundType type,
    String title,
    int minutes,
    ItemKind kind,
    String itemId,
    String itemTitle,
    String itemUrl,
    String itemText,
    String note,
    Feedback feedback,
    List<Point> rubric,
    Instant startedAt,
    Instant deadline,
    Instant finishedAt,
    Set<String> met) {

  /**
   * One point a self-rated round is graded on.
   *
   * @param weight 1 to 3, 3 for a must
   * @param detail what a good answer holds (a card's answer, what to listen for), or null
   */
  record Point(String id, String text, int weight, String detail) {
    Point {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(text, "text");
    }
  }

  MockRound {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(kind, "kind");
    feedback = feedback == null ? Feedback.TESTS : feedback;
    if (minutes < 1) {
      throw new IllegalArgumentException("minutes must be at least 1, was " + minutes);
    }
    rubric = rubric == null ? List.of() : List.copyOf(rubric);
    met = met == null ? null : Set.copyOf(met);
  }

  boolean skipped() {
    return kind == ItemKind.NONE;
  }

  boolean started() {
    return startedAt != null;
  }

  /** When the round's window closes: when it was ended, or its deadline, whichever is first. */
  Instant windowEnd() {
    return finishedAt != null && finishedAt.isBefore(deadline) ? finishedAt : deadline;
  }

  /** Whether the round is over at {@code now}: ended, or past its deadline. */
  boolean over(Instant now) {
    return started() && (finishedAt != null || !now.isBefore(deadline));
  }
}
