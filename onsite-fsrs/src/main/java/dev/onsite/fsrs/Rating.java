package dev.onsite.fsrs;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** How well a card was recalled: FSRS's four grades, 1 to 4. */
public enum Rating {
  /** Forgotten: the answer was wrong or did not come. */
  AGAIN(1),
  /** Recalled with serious difficulty. */
  HARD(2),
  /** Recalled after a hesitation. */
  GOOD(3),
  /** Recalled at once. */
  EASY(4);

  private final int grade;

  Rating(int grade) {
    this.grade = grade;
  }

  /** The FSRS grade G, 1 (again) to 4 (easy). */
  public int grade() {
    return grade;
  }

  /** The lowercase name used in URLs, JSON and the database: {@code again}, ..., {@code easy}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The rating named {@code id} (any case), or empty. */
  public static Optional<Rating> byId(String id) {
    if (id == null) {
      return Optional.empty();
    }
    String key = id.strip().toUpperCase(Locale.ROOT);
    return Arrays.stream(values()).filter(r -> r.name().equals(key)).findFirst();
  }

  /** The rating with FSRS grade {@code grade} (1-4), or empty. */
  public static Optional<Rating> ofGrade(int grade) {
    return Arrays.stream(values()).filter(r -> r.grade == grade).findFirst();
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(Rating::id).toList();
  }
}
