package dev.acme.metrics;

import java.util.Arrays;

/** Every recorded value, with count, sum and nearest-rank percentiles. */
public final class Histogram {

  private long[] values = new long[16];
  private int size;

  public synchronized void record(long value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = value;
  }

  public synchronized int count() {
    return size;
  }

  public synchronized long sum() {
    long sum = 0;
    for (int i = 0; i < size; i++) {
      sum += values[i];
    }
    return sum;
  }

  /**
   * The nearest-rank percentile: the smallest recorded value with at least {@code p} percent of the
   * values at or below it.
   *
   * @throws IllegalStateException when nothing was recorded
   */
  public synchronized long percentile(double p) {
    if (size == 0) {
      throw new IllegalStateException("no values recorded");
    }
    if (p <= 0 || p > 100) {
      throw new IllegalArgumentException("p must be in (0, 100], was " + p);
    }
    long[] sorted = Arrays.copyOf(values, size);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100 * size);
    return sorted[rank - 1];
  }
}
