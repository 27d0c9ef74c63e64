package dev.acme.ratelimit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SlidingWindowLimiterTests {

  @Test
  void refusesPastTheLimitWithinTheWindow() {
    ManualClock clock = new ManualClock();
    SlidingWindowLimiter limiter = new SlidingWindowLimiter(clock, 3, Duration.ofSeconds(1));
    assertTrue(limiter.tryAcquire(2));
    clock.advance(Duration.ofMillis(300));
    assertTrue(limiter.tryAcquire(1));
    assertFalse(limiter.tryAcquire(1));
  }

  @Test
  void forgetsPermitsOnceTheWindowHasPassed() {
    ManualClock clock = new ManualClock();
    SlidingWindowLimiter limiter = new SlidingWindowLimiter(clock, 1, Duration.ofSeconds(1));
    assertTrue(limiter.tryAcquire(1));
    clock.advance(Duration.ofMillis(1500));
    assertTrue(limiter.tryAcquire(1));
  }
}
