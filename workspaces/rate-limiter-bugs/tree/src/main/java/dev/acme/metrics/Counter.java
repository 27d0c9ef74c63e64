package dev.acme.metrics;

import java.util.concurrent.atomic.LongAdder;

/** A monotonically increasing count. */
public final class Counter {

  private final LongAdder count = new LongAdder();

  public void increment() {
    count.increment();
  }

  public void add(long n) {
    if (n < 0) {
      throw new IllegalArgumentException("a counter only goes up, was asked to add " + n);
    }
    count.add(n);
  }

  public long count() {
    return count.sum();
  }
}
