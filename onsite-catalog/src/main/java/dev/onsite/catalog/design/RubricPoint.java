package dev.onsite.catalog.design;

import java.util.Objects;

/**
 * One observable point of a design rubric.
 *
 * @param id stable within its prompt, for grades kept in the database
 * @param point what the interviewer looks for, in one sentence
 * @param weight 1 (nice to have) to 3 (a must)
 */
public record RubricPoint(String id, String point, int weight) {

  public static final int MIN_WEIGHT = 1;
  public static final int MAX_WEIGHT = 3;

  public RubricPoint {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(point, "point");
    if (weight < MIN_WEIGHT || weight > MAX_WEIGHT) {
      throw new IllegalArgumentException(
          "rubric weight must be " + MIN_WEIGHT + " to " + MAX_WEIGHT + ", was " + weight);
    }
  }
}
