package dev.acme.ratelimit;

/**
 * A token bucket: holds at most {@code capacity} tokens, refilled continuously at {@code
 * ratePerSecond}; a request takes one token per permit.
 */
public final class TokenBucket implements Limiter {

  private final Clock clock;
  private final double capacity;
  private final double ratePerSecond;
  private double tokens;
  private long lastRefill;

  public TokenBucket(Clock clock, int capacity, double ratePerSecond) {
    if (capacity < 1 || !(ratePerSecond > 0)) {
      throw new IllegalArgumentException(
          "capacity must be >= 1 and rate > 0, was " + capacity + " and " + ratePerSecond);
    }
    this.clock = clock;
    this.capacity = capacity;
    this.ratePerSecond = ratePerSecond;
    this.tokens = capacity;
    this.lastRefill = clock.nanos();
  }

  @Override
  public synchronized boolean tryAcquire(int permits) {
    refill();
    if (permits <= tokens) {
      tokens -= permits;
      return true;
    }
    return false;
  }

  /** The tokens available now (for metrics and tests). */
  public synchronized double available() {
    refill();
    return tokens;
  }

  private void refill() {
    long now = clock.nanos();
    long elapsed = now - lastRefill;
    double added = elapsed * ratePerSecond / 1_000_000_000.0;
    tokens = Math.min(capacity, tokens + added);
    lastRefill = now;
  }
}
