package dev.onsite.server.design;

import java.util.List;
import java.util.Objects;

/**
 * A model's grading of a design answer against the prompt's rubric.
 *
 * @param model the model that graded it
 * @param points one verdict per rubric point, in rubric order
 * @param score percent of the rubric's weight the model found met
 * @param summary the model's overall comment, possibly empty
 */
record RubricReview(String model, List<Point> points, int score, String summary) {

  RubricReview {
    Objects.requireNonNull(model, "model");
    points = List.copyOf(points);
    summary = summary == null ? "" : summary;
  }

  /**
   * @param quote the words of the answer the model cites; empty when it cites none
   * @param quoteFound whether the quote really is in the answer (a model can make one up)
   */
  record Point(
      String id,
      String point,
      int weight,
      boolean met,
      String quote,
      boolean quoteFound,
      String comment) {}
}
