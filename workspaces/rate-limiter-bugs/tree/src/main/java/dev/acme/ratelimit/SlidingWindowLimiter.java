package dev.acme.ratelimit;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * At most {@code limit} permits in any window of {@code window}: a permit taken at time t counts
 * against requests in [t, t + window) and no longer from t + window on.
 */
public final class SlidingWindowLimiter implements Limiter {

  private final Clock clock;
  private final int limit;
  private final long windowNanos;
  private final Deque<Long> taken = new ArrayDeque<>();

  public SlidingWindowLimiter(Clock clock, int limit, Duration window) {
    if (limit < 1 || window.isZero() || window.isNegative()) {
      throw new IllegalArgumentException(
          "limit must be >= 1 and the window positive, was " + limit + " and " + window);
    }
    this.clock = clock;
    this.limit = limit;
    this.windowNanos = window.toNanos();
  }

  @Override
  public synchronized boolean tryAcquire(int permits) {
    long now = clock.nanos();
    while (!taken.isEmpty() && taken.peekFirst() < now - windowNanos) {
      taken.removeFirst();
    }
    if (taken.size() + permits > limit) {
      return false;
    }
    for (int i = 0; i < permits; i++) {
      taken.addLast(now);
    }
    return true;
  }

  /** The permits counted in the current window. */
  public synchronized int inWindow() {
    return taken.size();
  }
}
