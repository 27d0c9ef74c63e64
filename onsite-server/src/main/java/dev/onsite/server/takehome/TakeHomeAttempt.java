package dev.onsite.server.takehome;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One timed attempt of a take-home: its seed and its timer.
 *
 * @param pausedAt when the timer was paused, or null while it runs
 * @param pausedSeconds the time spent paused before {@code pausedAt}
 */
record TakeHomeAttempt(
    long id,
    long accountId,
    String packageId,
    long seed,
    long budgetSeconds,
    Instant startedAt,
    Instant pausedAt,
    long pausedSeconds) {

  TakeHomeAttempt {
    Objects.requireNonNull(packageId, "packageId");
    Objects.requireNonNull(startedAt, "startedAt");
  }

  boolean paused() {
    return pausedAt != null;
  }

  /** The time on the clock at {@code now}: since the start, less every pause. */
  long elapsedSeconds(Instant now) {
    Instant until = paused() ? pausedAt : now;
    return Math.max(0, Duration.between(startedAt, until).toSeconds() - pausedSeconds);
  }

  long remainingSeconds(Instant now) {
    return Math.max(0, budgetSeconds - elapsedSeconds(now));
  }
}
