package dev.onsite.judge.problem;

import java.util.OptionalDouble;

/**
 * The resource limits of a problem.
 *
 * @param timeLimitSeconds CPU seconds per test, when the package fixes it; empty when it must be
 *     derived from the accepted submissions
 * @param acToTimeLimit the multiplier from the slowest accepted run to the time limit
 * @param timeResolution the derived limit is rounded up to a multiple of this, in seconds
 * @param memoryMb memory for the whole process, in MiB
 * @param outputMb output per test, in MiB
 */
public record Limits(
    OptionalDouble timeLimitSeconds,
    double acToTimeLimit,
    double timeResolution,
    int memoryMb,
    int outputMb) {

  /**
   * The time limit used when a package gives none and has no accepted submission to derive one
   * from.
   */
  public static final double DEFAULT_TIME_LIMIT_SECONDS = 2.0;

  public Limits {
    if (timeLimitSeconds.isPresent() && !(timeLimitSeconds.getAsDouble() > 0)) {
      throw new IllegalArgumentException(
          "time_limit must be positive, was " + timeLimitSeconds.getAsDouble());
    }
    if (memoryMb <= 0) {
      throw new IllegalArgumentException("memory must be positive (MiB), was " + memoryMb);
    }
    if (outputMb <= 0) {
      throw new IllegalArgumentException("output must be positive (MiB), was " + outputMb);
    }
    if (!(acToTimeLimit >= 1)) {
      throw new IllegalArgumentException(
          "the time multiplier must be at least 1, was " + acToTimeLimit);
    }
  }

  public long outputBytes() {
    return outputMb * 1024L * 1024L;
  }

  /** Derive the time limit the Kattis way from the slowest accepted run. */
  public double deriveTimeLimit(double slowestAcceptedSeconds) {
    double raw = Math.max(slowestAcceptedSeconds, 0.001) * acToTimeLimit;
    double step = timeResolution > 0 ? timeResolution : 1.0;
    return Math.ceil(raw / step - 1e-9) * step;
  }

  /** The wall-clock limit that goes with a CPU time limit: a program that sleeps is TLE too. */
  public static double wallLimitSeconds(double timeLimitSeconds) {
    return 2 * timeLimitSeconds + 1;
  }
}
