package dev.onsite.judge.takehome;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A kind of fault a take-home's generator injects, such as {@code timestamp_misalignment}.
 *
 * @param id the name findings use ({@code lower_snake_case})
 * @param weight its share of the detection score, relative to the other kinds
 * @param description what the fault looks like in the data, for the report (may be empty)
 */
public record FaultKind(String id, double weight, String description) {

  static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");

  public FaultKind {
    Objects.requireNonNull(id, "id");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("fault kind '" + id + "' is not lower_snake_case");
    }
    if (!(weight > 0) || Double.isInfinite(weight)) {
      throw new IllegalArgumentException("weight of " + id + " must be > 0, was " + weight);
    }
    description = description == null ? "" : description.strip();
  }
}
