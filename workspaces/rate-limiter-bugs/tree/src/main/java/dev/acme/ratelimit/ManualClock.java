package dev.acme.ratelimit;

import java.time.Duration;

/** A clock that moves only when told to: for tests and replays. */
public final class ManualClock implements Clock {

  private long nanos;

  @Override
  public long nanos() {
    return nanos;
  }

  /** Move the clock forward by {@code step}. */
  public void advance(Duration step) {
    if (step.isNegative()) {
      throw new IllegalArgumentException("a clock cannot go back: " + step);
    }
    nanos += step.toNanos();
  }
}
