package dev.onsite.fsrs;

import java.time.Instant;
import java.util.Objects;

/**
 * The scheduling state of one card.
 *
 * @param state learning, review or relearning
 * @param step the index of the current (re)learning step; 0 in {@link State#REVIEW}
 * @param stability S in days (the interval at which recall probability falls to 90%); NaN for a
 *     card never reviewed
 * @param difficulty D, 1 (easiest) to 10; NaN for a card never reviewed
 * @param due when the card should next be shown
 * @param lastReview when it was last reviewed, or null if never
 */
public record Card(
    State state, int step, double stability, double difficulty, Instant due, Instant lastReview) {

  public Card {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(due, "due");
    if (step < 0) {
      throw new IllegalArgumentException("step must be >= 0, was " + step);
    }
    boolean fresh = Double.isNaN(stability) || Double.isNaN(difficulty);
    if (fresh && (!Double.isNaN(stability) || !Double.isNaN(difficulty))) {
      throw new IllegalArgumentException(
          "stability and difficulty are both set or both NaN, was S="
              + stability
              + " D="
              + difficulty);
    }
    if (fresh && state != State.LEARNING) {
      throw new IllegalArgumentException("a card never reviewed is in learning, was " + state);
    }
    if (!fresh && !(stability > 0)) {
      throw new IllegalArgumentException("stability must be > 0, was " + stability);
    }
    if (!fresh && !(difficulty >= 1 && difficulty <= 10)) {
      throw new IllegalArgumentException("difficulty must be in [1, 10], was " + difficulty);
    }
  }

  /** A card never reviewed, due at {@code now}. */
  public static Card fresh(Instant now) {
    return new Card(State.LEARNING, 0, Double.NaN, Double.NaN, now, null);
  }

  /** True when the card has never been reviewed. */
  public boolean isNew() {
    return Double.isNaN(stability);
  }
}
