package dev.onsite.judge.sandbox;

import java.io.InputStream;
import java.io.OutputStream;

/** A program running in a sandbox. */
public interface SandboxProcess extends AutoCloseable {

  OutputStream stdin();

  InputStream stdout();

  InputStream stderr();

  /** CPU time used so far by the whole process tree, in nanoseconds. */
  long cpuNanos();

  /** Resident memory of the whole process tree now, in KiB. */
  long rssKb();

  /**
   * {@link #cpuNanos()} and {@link #rssKb()} at once. Sandboxes that read both from the same file
   * override it, so that the watchdog reads each process's /proc/PID/stat once a poll, not twice.
   */
  default TreeMeter.Usage usage() {
    return new TreeMeter.Usage(cpuNanos(), rssKb());
  }

  boolean isAlive();

  /**
   * The host process of the program itself, below whatever started it (bwrap): the init of its box.
   * Empty where the sandbox does not tell.
   */
  default java.util.Optional<ProcessHandle> init() {
    return java.util.Optional.empty();
  }

  /** Kill the whole process tree; safe to call more than once. */
  void kill();

  /** Wait for the program to end and return its exit status (128 + signal when killed by one). */
  int waitFor() throws InterruptedException;

  /** Kill what is left and delete the working directory. */
  @Override
  void close();
}
