package dev.acme.ratelimit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** One limiter per client, made on first use. */
public final class LimiterRegistry {

  private final Function<String, Limiter> factory;
  private final Map<String, Limiter> limiters = new ConcurrentHashMap<>();

  public LimiterRegistry(Function<String, Limiter> factory) {
    this.factory = factory;
  }

  public Limiter forClient(String client) {
    return limiters.computeIfAbsent(client, factory);
  }

  public int clients() {
    return limiters.size();
  }
}
