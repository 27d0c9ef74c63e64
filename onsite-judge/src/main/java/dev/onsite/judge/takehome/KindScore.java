package dev.onsite.judge.takehome;

import java.util.List;
import java.util.Objects;

/**
 * How a finder did on one fault kind, over ids.
 *
 * @param kind the fault kind
 * @param injected how many ids the generator touched with it
 * @param flagged how many distinct ids the finder reported for it
 * @param correct how many of those were injected
 * @param missed a few injected ids the finder did not report (sorted, at most {@link #EXAMPLES})
 * @param falseAlarms a few reported ids that were not injected (at most {@link #EXAMPLES})
 */
public record KindScore(
    FaultKind kind,
    int injected,
    int flagged,
    int correct,
    List<String> missed,
    List<String> falseAlarms) {

  /** How many missed ids and false alarms a report shows. */
  public static final int EXAMPLES = 5;

  public KindScore {
    Objects.requireNonNull(kind, "kind");
    if (correct < 0 || correct > injected || correct > flagged) {
      throw new IllegalArgumentException(
          "correct must be within 0..min(injected, flagged): correct="
              + correct
              + ", injected="
              + injected
              + ", flagged="
              + flagged);
    }
    missed = List.copyOf(missed);
    falseAlarms = List.copyOf(falseAlarms);
  }

  /**
   * The share of flagged ids that were injected; 1 when nothing was flagged and nothing was due.
   */
  public double precision() {
    if (flagged == 0) {
      return injected == 0 ? 1 : 0;
    }
    return (double) correct / flagged;
  }

  /** The share of injected ids that were flagged; 1 when nothing was injected. */
  public double recall() {
    return injected == 0 ? (flagged == 0 ? 1 : 0) : (double) correct / injected;
  }

  /** The harmonic mean of precision and recall. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Whether every injected id and nothing else was flagged. */
  public boolean full() {
    return correct == injected && correct == flagged;
  }
}
