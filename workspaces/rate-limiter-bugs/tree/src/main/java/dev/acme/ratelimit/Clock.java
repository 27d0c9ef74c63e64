package dev.acme.ratelimit;

/** A source of monotonic time, so that tests can move it by hand. */
public interface Clock {

  /** Nanoseconds from an arbitrary origin; never decreases. */
  long nanos();

  /** The JVM's monotonic clock. */
  static Clock system() {
    return System::nanoTime;
  }
}
