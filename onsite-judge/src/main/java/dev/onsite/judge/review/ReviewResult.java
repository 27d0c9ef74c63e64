package dev.onsite.judge.review;

import java.util.List;
import java.util.Optional;

/**
 * The grade of one review.
 *
 * @param score severity-weighted recall, 0..100
 * @param precision matched comments / all comments, 0..1 (0 for an empty review)
 * @param passed whether the score is at or above the package's pass mark
 * @param defects every defect of the package, in file and line order, with the comment that caught
 *     it, if any
 * @param falseAlarms the comments that matched no defect, in the review's order
 * @param comments how many comments the review had
 */
public record ReviewResult(
    double score,
    double precision,
    boolean passed,
    List<DefectResult> defects,
    List<Comment> falseAlarms,
    int comments) {

  public ReviewResult {
    defects = List.copyOf(defects);
    falseAlarms = List.copyOf(falseAlarms);
    if (score < 0 || score > 100) {
      throw new IllegalArgumentException("score must be 0..100, was " + score);
    }
    if (precision < 0 || precision > 1) {
      throw new IllegalArgumentException("precision must be 0..1, was " + precision);
    }
  }

  /** How many defects were caught. */
  public long caught() {
    return defects.stream().filter(DefectResult::caught).count();
  }

  /** One defect and the comment that caught it, if one did. */
  public record DefectResult(Defect defect, Optional<Comment> caughtBy) {

    public DefectResult {
      java.util.Objects.requireNonNull(defect, "defect");
      java.util.Objects.requireNonNull(caughtBy, "caughtBy");
    }

    public boolean caught() {
      return caughtBy.isPresent();
    }
  }
}
