package dev.onsite.judge.workspace;

/**
 * A target measured on the starter and on the submission.
 *
 * @param before the starter's value (NaN where it was not measured, as for a benchmark)
 * @param after the submission's value (NaN when it could not be measured)
 */
public record TargetResult(Target target, double before, double after) {

  public boolean met() {
    return !Double.isNaN(after) && target.met(after);
  }

  /** For people: {@code max_complexity 14 -> 5 (target <= 6, met)}. */
  public String describe() {
    String from = Double.isNaN(before) ? "" : Target.format(before) + " -> ";
    String to = Double.isNaN(after) ? "not measured" : Target.format(after);
    return target.metric()
        + " "
        + from
        + to
        + " (target <= "
        + Target.format(target.max())
        + ", "
        + (met() ? "met" : "missed")
        + ")";
  }
}
