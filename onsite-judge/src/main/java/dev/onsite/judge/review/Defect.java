package dev.onsite.judge.review;

import java.util.Objects;

/**
 * One planted defect of a review package: the answer key.
 *
 * @param file the path relative to the package root, such as {@code code/limiter.py}
 * @param firstLine the first line of the range, 1-based
 * @param lastLine the last line of the range, inclusive
 * @param severity 1 minor, 2 major, 3 critical: the weight in the score
 */
public record Defect(
    String id,
    String file,
    int firstLine,
    int lastLine,
    Category category,
    int severity,
    String title,
    String explanation) {

  public Defect {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(title, "title");
    explanation = explanation == null ? "" : explanation;
    if (firstLine < 1 || lastLine < firstLine) {
      throw new IllegalArgumentException(
          "defect "
              + id
              + ": lines must be 1 <= first <= last, were "
              + firstLine
              + "-"
              + lastLine);
    }
    if (severity < 1 || severity > 3) {
      throw new IllegalArgumentException(
          "defect " + id + ": severity must be 1, 2 or 3, was " + severity);
    }
  }
}
