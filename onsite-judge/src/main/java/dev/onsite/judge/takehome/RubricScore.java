package dev.onsite.judge.takehome;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One rubric part in a report: its points when the judge grades it, else its self-review checklist.
 *
 * @param part the rubric part
 * @param points the points earned out of {@code part.weight()}; empty for a self-review part
 */
public record RubricScore(RubricPart part, OptionalDouble points) {

  public RubricScore {
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(points, "points");
  }
}
