package dev.onsite.catalog.deepdive;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The chapters a project deep dive is told in, in order. */
public enum Chapter {
  DESIGN("design", "Design", "The problem, why it mattered, the options and the one you chose."),
  DEVELOPMENT(
      "development", "Development", "How you built it: data, models, systems, what went wrong."),
  LAUNCH("launch", "Launch", "How it shipped: experiments, metrics, rollout, the result."),
  LEARNINGS("learnings", "Learnings", "What you would do again and what differently."),
  NEXT_STEPS("next-steps", "Next steps", "Where the project goes from here and why.");

  private final String id;
  private final String label;
  private final String hint;

  Chapter(String id, String label, String hint) {
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

  /** What the chapter covers, for the outline builder's placeholder. */
  public String hint() {
    return hint;
  }

  public static Optional<Chapter> byId(String id) {
    return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(Chapter::id).toList();
  }
}
