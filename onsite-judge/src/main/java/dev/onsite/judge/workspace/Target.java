package dev.onsite.judge.workspace;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * An upper bound a submission's measurement must meet: {@code max_complexity <= 6}.
 *
 * @param metric a structure metric ({@link #STRUCTURE}) or the benchmark's metric
 * @param max the largest value that meets the target
 */
public record Target(String metric, double max) {

  /** The structure metrics the judge measures on Python sources. */
  public static final Set<String> STRUCTURE =
      Set.of("duplicated_lines", "longest_function", "max_complexity", "mean_complexity");

  public Target {
    Objects.requireNonNull(metric, "metric");
    if (!Double.isFinite(max) || max < 0) {
      throw new IllegalArgumentException("a target's bound must be a number >= 0, was " + max);
    }
  }

  public boolean met(double value) {
    return value <= max + 1e-9;
  }

  /** For people: {@code max_complexity <= 6}. */
  @Override
  public String toString() {
    return metric + " <= " + format(max);
  }

  static String format(double value) {
    return value == Math.rint(value)
        ? Long.toString((long) value)
        : String.format(Locale.ROOT, "%.3f", value).replaceAll("0+$", "");
  }
}
