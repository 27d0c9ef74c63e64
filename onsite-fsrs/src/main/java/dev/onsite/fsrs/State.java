package dev.onsite.fsrs;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a card is in its life: the three states of py-fsrs 6. A new card is {@link #LEARNING}. */
public enum State {
  /** New or in its first learning steps (minutes apart). */
  LEARNING,
  /** Graduated: reviewed at intervals of whole days. */
  REVIEW,
  /** Forgotten in review, going through the relearning steps. */
  RELEARNING;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<State> byId(String id) {
    return Arrays.stream(values()).filter(s -> s.id().equals(id)).findFirst();
  }
}
