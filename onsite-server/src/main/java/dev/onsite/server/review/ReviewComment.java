package dev.onsite.server.review;

import dev.onsite.judge.review.Category;
import java.time.Instant;
import java.util.Objects;

/**
 * One comment of a code review on a line range of one file.
 *
 * @param file the path relative to the package root, such as {@code code/limiter.py}
 * @param firstLine the first line, 1-based
 * @param lastLine the last line, inclusive
 */
record ReviewComment(
    long id,
    long reviewId,
    String file,
    int firstLine,
    int lastLine,
    Category category,
    String text,
    Instant updatedAt) {

  ReviewComment {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(category, "category");
    text = text == null ? "" : text;
  }
}
