package dev.onsite.judge.review;

import java.util.Objects;

/**
 * One comment of a candidate's review.
 *
 * @param index the comment's position in the review, 1-based (how errors and results name it)
 * @param file the path relative to the package root, such as {@code code/limiter.py}
 * @param firstLine the first line the comment is on, 1-based
 * @param lastLine the last line, inclusive (the first line for a one-line comment)
 */
public record Comment(
    int index, String file, int firstLine, int lastLine, Category category, String text) {

  public Comment {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(category, "category");
    text = text == null ? "" : text;
    if (index < 1) {
      throw new IllegalArgumentException("comment index must be at least 1, was " + index);
    }
    if (firstLine < 1 || lastLine < firstLine) {
      throw new IllegalArgumentException(
          "comment "
              + index
              + ": lines must be 1 <= first <= last, were "
              + firstLine
              + "-"
              + lastLine);
    }
  }

  /** Whether this comment's lines overlap {@code first..last} widened by {@code tolerance}. */
  public boolean overlaps(int first, int last, int tolerance) {
    return firstLine <= last + tolerance && lastLine >= first - tolerance;
  }
}
