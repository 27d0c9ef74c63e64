package dev.acme.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acme.metrics.MetricsRegistry;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RateLimiterHiddenTests {

  private static Map<String, String> tags(String... kv) {
    Map<String, String> tags = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      tags.put(kv[i], kv[i + 1]);
    }
    return tags;
  }

  @Test
  void aQuarterSecondRefillsAQuarterOfTheRate() {
    ManualClock clock = new ManualClock();
    TokenBucket bucket = new TokenBucket(clock, 4, 4);
    assertTrue(bucket.tryAcquire(4));
    clock.advance(Duration.ofMillis(250));
    assertEquals(1.0, bucket.available(), 1e-9);
  }

  @Test
  void manySmallStepsRefillAsMuchAsOneBigStep() {
    ManualClock clock = new ManualClock();
    TokenBucket bucket = new TokenBucket(clock, 10, 2);
    assertTrue(bucket.tryAcquire(10));
    for (int i = 0; i < 30; i++) {
      clock.advance(Duration.ofMillis(100));
      bucket.available();
    }
    assertEquals(6.0, bucket.available(), 1e-9);
  }

  @Test
  void theBucketNeverHoldsMoreThanItsCapacity() {
    ManualClock clock = new ManualClock();
    TokenBucket bucket = new TokenBucket(clock, 3, 5);
    clock.advance(Duration.ofMinutes(5));
    assertEquals(3.0, bucket.available(), 1e-9);
  }

  @Test
  void aPermitStopsCountingExactlyWhenItsWindowEnds() {
    ManualClock clock = new ManualClock();
    SlidingWindowLimiter limiter = new SlidingWindowLimiter(clock, 2, Duration.ofSeconds(1));
    assertTrue(limiter.tryAcquire(2));
    clock.advance(Duration.ofMillis(999));
    assertFalse(limiter.tryAcquire(1), "still inside the window");
    clock.advance(Duration.ofMillis(1));
    assertTrue(limiter.tryAcquire(1), "the window has ended");
    assertEquals(1, limiter.inWindow());
  }

  @Test
  void aRefusedMultiPermitRequestTakesNothingFromTheWindow() {
    SlidingWindowLimiter limiter =
        new SlidingWindowLimiter(new ManualClock(), 3, Duration.ofSeconds(1));
    assertTrue(limiter.tryAcquire(2));
    assertFalse(limiter.tryAcquire(2));
    assertTrue(limiter.tryAcquire(1));
  }

  @Test
  void tagOrderDoesNotSplitACounter() {
    MetricsRegistry metrics = new MetricsRegistry();
    metrics.counter("requests.allowed", tags("client", "a", "route", "/v1")).increment();
    metrics.counter("requests.allowed", tags("route", "/v1", "client", "a")).increment();
    assertEquals(Map.of("requests.allowed{client=a,route=/v1}", 2L), metrics.counterSnapshot());
  }

  @Test
  void tagOrderDoesNotSplitAHistogram() {
    MetricsRegistry metrics = new MetricsRegistry();
    assertSame(
        metrics.histogram("latency", tags("zone", "eu", "host", "h1")),
        metrics.histogram("latency", tags("host", "h1", "zone", "eu")));
  }

  @Test
  void theFilterCountsEveryClientInOneSeriesEach() {
    ManualClock clock = new ManualClock();
    MetricsRegistry metrics = new MetricsRegistry();
    RateLimitFilter filter =
        new RateLimitFilter(
            new LimiterRegistry(c -> new SlidingWindowLimiter(clock, 2, Duration.ofSeconds(1))),
            metrics);
    for (int i = 0; i < 3; i++) {
      filter.admit("a", "/v1/chat", 1);
      filter.admit("b", "/v1/chat", 1);
    }
    assertEquals(
        Map.of(
            "requests.allowed{client=a,route=/v1/chat}", 2L,
            "requests.allowed{client=b,route=/v1/chat}", 2L,
            "requests.rejected{client=a,route=/v1/chat}", 1L,
            "requests.rejected{client=b,route=/v1/chat}", 1L),
        metrics.counterSnapshot());
    assertEquals(3, metrics.histogram("requests.cost", Map.of("route", "/v1/chat", "client", "a")).count());
  }
}
