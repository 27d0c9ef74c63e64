package dev.onsite.judge.takehome;

import java.util.List;
import java.util.Objects;

/**
 * One part of a take-home's rubric.
 *
 * @param id a short name ({@code detection}, {@code runtime})
 * @param title what the part rewards, in words
 * @param weight its points out of the rubric's total (the parts add up to 100)
 * @param graded whether the judge grades it (detection precision and recall); the other parts are a
 *     self-review checklist
 * @param checklist the questions a candidate asks of their own work for an ungraded part (may be
 *     empty for the graded one)
 */
public record RubricPart(
    String id, String title, int weight, boolean graded, List<String> checklist) {

  public RubricPart {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    if (weight < 1 || weight > 100) {
      throw new IllegalArgumentException("weight of " + id + " must be 1..100, was " + weight);
    }
    checklist = List.copyOf(checklist);
  }
}
