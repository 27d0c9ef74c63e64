package dev.onsite.judge.review;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What kind of problem a review comment or a planted defect is about. */
public enum Category {
  BUG,
  SECURITY,
  PERFORMANCE,
  CONCURRENCY,
  DESIGN,
  TEST_GAP;

  /** The id used in files: lowercase, {@code test-gap} with a hyphen. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Optional<Category> byId(String id) {
    return Arrays.stream(values()).filter(c -> c.id().equals(id)).findFirst();
  }

  /** The known ids, comma-separated, for error messages. */
  public static String ids() {
    return Arrays.stream(values()).map(Category::id).collect(Collectors.joining(", "));
  }
}
