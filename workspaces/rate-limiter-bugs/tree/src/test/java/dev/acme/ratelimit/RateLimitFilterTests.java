package dev.acme.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.acme.metrics.MetricsRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimitFilterTests {

  @Test
  void aBurstPastTheCapacityIsRefused() {
    ManualClock clock = new ManualClock();
    MetricsRegistry metrics = new MetricsRegistry();
    RateLimitFilter filter =
        new RateLimitFilter(new LimiterRegistry(c -> new TokenBucket(clock, 2, 1)), metrics);
    assertEquals(200, filter.admit("a", "/v1/embed", 1));
    assertEquals(200, filter.admit("a", "/v1/embed", 1));
    assertEquals(429, filter.admit("a", "/v1/embed", 1));
    assertEquals(200, filter.admit("b", "/v1/embed", 1), "another client has its own bucket");
    assertEquals(3, metrics.total("requests.allowed"));
    assertEquals(1, metrics.total("requests.rejected"));
  }

  @Test
  void aClientBelowItsRateIsNeverRefused() {
    ManualClock clock = new ManualClock();
    MetricsRegistry metrics = new MetricsRegistry();
    RateLimitFilter filter =
        new RateLimitFilter(new LimiterRegistry(c -> new TokenBucket(clock, 10, 10)), metrics);
    // 200 requests, one every 150 ms: under 7 a second against a rate of 10.
    for (int i = 0; i < 200; i++) {
      filter.admit("steady", "/v1/embed", 1);
      clock.advance(Duration.ofMillis(150));
    }
    assertEquals(0, metrics.total("requests.rejected"), "requests refused");
  }
}
