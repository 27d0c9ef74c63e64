package dev.acme.metrics;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counters and histograms by name and tags. The same name with the same tags is the same series,
 * whatever order the tags came in.
 */
public final class MetricsRegistry {

  private final Map<String, Counter> counters = new ConcurrentHashMap<>();
  private final Map<String, Histogram> histograms = new ConcurrentHashMap<>();

  public Counter counter(String name, Map<String, String> tags) {
    return counters.computeIfAbsent(key(name, tags), k -> new Counter());
  }

  public Histogram histogram(String name, Map<String, String> tags) {
    return histograms.computeIfAbsent(key(name, tags), k -> new Histogram());
  }

  /** Every counter's value by series key, such as {@code requests.allowed{client=a,route=/v1}}. */
  public Map<String, Long> counterSnapshot() {
    Map<String, Long> out = new TreeMap<>();
    counters.forEach((k, c) -> out.put(k, c.count()));
    return out;
  }

  /** The sum of a counter over every series of {@code name}. */
  public long total(String name) {
    return counters.entrySet().stream()
        .filter(e -> e.getKey().equals(name) || e.getKey().startsWith(name + "{"))
        .mapToLong(e -> e.getValue().count())
        .sum();
  }

  static String key(String name, Map<String, String> tags) {
    if (tags.isEmpty()) {
      return name;
    }
    StringBuilder key = new StringBuilder(name).append('{');
    new TreeMap<>(tags).forEach((k, v) -> key.append(k).append('=').append(v).append(','));
    key.setLength(key.length() - 1);
    return key.append('}').toString();
  }
}
