package dev.acme.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricsRegistryTests {

  @Test
  void theSameNameAndTagsAreOneCounter() {
    MetricsRegistry metrics = new MetricsRegistry();
    assertSame(
        metrics.counter("jobs", Map.of("queue", "gpu")),
        metrics.counter("jobs", Map.of("queue", "gpu")));
    metrics.counter("jobs", Map.of("queue", "gpu")).add(3);
    metrics.counter("jobs", Map.of("queue", "cpu")).increment();
    assertEquals(4, metrics.total("jobs"));
  }

  @Test
  void percentilesAreNearestRank() {
    Histogram h = new Histogram();
    for (long v : new long[] {5, 1, 4, 2, 3}) {
      h.record(v);
    }
    assertEquals(3, h.percentile(50));
    assertEquals(5, h.percentile(100));
    assertEquals(15, h.sum());
  }
}
