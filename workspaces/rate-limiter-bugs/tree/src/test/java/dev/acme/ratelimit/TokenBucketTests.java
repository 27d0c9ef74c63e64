package dev.acme.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TokenBucketTests {

  @Test
  void aNewBucketAllowsABurstOfItsCapacity() {
    TokenBucket bucket = new TokenBucket(new ManualClock(), 5, 1);
    for (int i = 0; i < 5; i++) {
      assertTrue(bucket.tryAcquire(1), "request " + i);
    }
    assertFalse(bucket.tryAcquire(1));
  }

  @Test
  void oneSecondRefillsTheRate() {
    ManualClock clock = new ManualClock();
    TokenBucket bucket = new TokenBucket(clock, 4, 2);
    assertTrue(bucket.tryAcquire(4));
    clock.advance(Duration.ofSeconds(1));
    assertEquals(2.0, bucket.available(), 1e-9);
  }

  @Test
  void aRefusedRequestTakesNothing() {
    TokenBucket bucket = new TokenBucket(new ManualClock(), 3, 1);
    assertFalse(bucket.tryAcquire(4));
    assertEquals(3.0, bucket.available(), 1e-9);
  }
}
