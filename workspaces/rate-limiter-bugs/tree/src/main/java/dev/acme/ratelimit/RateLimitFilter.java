package dev.acme.ratelimit;

import dev.acme.metrics.MetricsRegistry;
import java.util.Map;

/** The gate in front of the API: admits or refuses each request and counts both. */
public final class RateLimitFilter {

  /** The status a refused request gets. */
  public static final int TOO_MANY_REQUESTS = 429;

  private final LimiterRegistry limiters;
  private final MetricsRegistry metrics;

  public RateLimitFilter(LimiterRegistry limiters, MetricsRegistry metrics) {
    this.limiters = limiters;
    this.metrics = metrics;
  }

  /**
   * Admit or refuse a request of {@code cost} permits from {@code client} to {@code route}.
   *
   * @return 200 when admitted, 429 when refused
   */
  public int admit(String client, String route, int cost) {
    boolean ok = limiters.forClient(client).tryAcquire(cost);
    Map<String, String> tags = Map.of("client", client, "route", route);
    metrics.counter(ok ? "requests.allowed" : "requests.rejected", tags).increment();
    metrics.histogram("requests.cost", tags).record(cost);
    return ok ? 200 : TOO_MANY_REQUESTS;
  }
}
