package dev.onsite.server.review;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One timed review of a code review package by one account.
 *
 * @param submittedAt when it was submitted and graded, null while it is a draft
 * @param score severity-weighted recall 0..100, null until submitted
 * @param precision matched comments / comments 0..1, null until submitted
 * @param result the graded result as JSON ({@code ReviewJson.result}), null until submitted
 * @param comments the comments, in the order they were added
 */
record CodeReview(
    long id,
    long accountId,
    String packageId,
    Instant startedAt,
    Instant deadline,
    Instant updatedAt,
    Instant submittedAt,
    Double score,
    Double precision,
    Boolean passed,
    String result,
    List<ReviewComment> comments) {

  CodeReview {
    Objects.requireNonNull(packageId, "packageId");
    comments = List.copyOf(comments);
  }

  public boolean submitted() {
    return submittedAt != null;
  }

  CodeReview withComments(List<ReviewComment> all) {
    return new CodeReview(
        id,
        accountId,
        packageId,
        startedAt,
        deadline,
        updatedAt,
        submittedAt,
        score,
        precision,
        passed,
        result,
        all);
  }
}
