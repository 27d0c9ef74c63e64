package dev.onsite.catalog.deepdive;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The kinds of complexity a deep dive should make visible. */
public enum ComplexityAxis {
  TECHNICAL(
      "technical", "Technical complexity", "Hard models, scarce labels, tight serving budgets."),
  COLLABORATION(
      "collaboration",
      "Collaboration complexity",
      "Many stakeholders, divided opinions, trade-offs you negotiated."),
  AMBIGUITY("ambiguity", "Ambiguity", "No clear spec or metric: how you decided what to build.");

  private final String id;
  private final String label;
  private final String hint;

  ComplexityAxis(String id, String label, String hint) {
    this.id = id;
    this.label = label;
    this.hint = hint;
  }

  public String id() {
    return id;
  }

  public String label() {
    return label;
  }

  public String hint() {
    return hint;
  }

  public static Optional<ComplexityAxis> byId(String id) {
    return Arrays.stream(values()).filter(a -> a.id.equals(id)).findFirst();
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(ComplexityAxis::id).toList();
  }
}
