package dev.onsite.judge.sandbox;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measure the CPU time and resident memory of a process tree from the host, cheaply enough to poll
 * every few milliseconds.
 *
 * <p>The root's /proc/PID/stat is read on every call, the list of its descendants (a walk of the
 * tree, {@link ProcTree}) at most every 50 ms. CPU time includes what finished children of the
 * tree's processes used (cutime and cstime, counted once the child is waited for), so a program
 * cannot hide work in short-lived children. Resident memory is summed over the processes, which
 * counts memory shared after a fork once per process: an overestimate, never an underestimate.
 *
 * <p>Rooted at the judge's own process ({@code new TreeMeter(ProcessHandle.current())}), the CPU
 * time covers the judge and every box it started, running or reaped: the benchmark's CPU per
 * submission.
 */
public final class TreeMeter {
  private static final long NANOS_PER_TICK = 10_000_000L; // USER_HZ is 100 on Linux
  private static final long PAGE_KB = 4;
  private static final long SCAN_INTERVAL_NANOS = 50_000_000L;

  private final long root;
  private final AtomicLong peakKb = new AtomicLong();
  private volatile List<Long> below = List.of();
  private volatile long scanned;

  /** What the tree uses now: CPU time so far (reaped children included) and resident memory. */
  public record Usage(long cpuNanos, long rssKb) {}

  public TreeMeter(ProcessHandle root) {
    this.root = root.pid();
  }

  private List<Long> below() {
    long now = System.nanoTime();
    if (now - scanned > SCAN_INTERVAL_NANOS) {
      scanned = now;
      below = ProcTree.descendants(root);
    }
    return below;
  }

  /** CPU time used so far by the tree, reaped children included; 0 where /proc cannot be read. */
  public long cpuNanos() {
    return usage().cpuNanos();
  }

  /** Resident memory of the tree now, in KiB (shared pages counted once per process). */
  public long rssKb() {
    return usage().rssKb();
  }

  /**
   * CPU time and resident memory from one read of each process's stat: what the watchdog polls, at
   * half the reads of asking for each on its own.
   */
  public Usage usage() {
    long[] fields = new long[22];
    long ticks = 0;
    long pages = 0;
    if (ProcTree.stat(root, fields)) {
      ticks += cpuTicks(fields);
      pages += Math.max(0, fields[21]);
    }
    for (long child : below()) {
      if (ProcTree.stat(child, fields)) {
        ticks += cpuTicks(fields);
        pages += Math.max(0, fields[21]);
      }
    }
    long kb = pages * PAGE_KB;
    peakKb.accumulateAndGet(kb, Math::max);
    return new Usage(ticks * NANOS_PER_TICK, kb);
  }

  long peakRssKb() {
    return peakKb.get();
  }

  /** utime, stime, cutime and cstime: the process's own CPU and that of its reaped children. */
  private static long cpuTicks(long[] fields) {
    long total = 0;
    for (int i = 11; i <= 14; i++) {
      total += Math.max(0, fields[i]);
    }
    return total;
  }
}
