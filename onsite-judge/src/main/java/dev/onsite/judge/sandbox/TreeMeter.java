package dev.onsite.judge.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measure the CPU time and resident memory of a process tree from the host, cheaply enough to poll
 * every few milliseconds.
 *
 * <p>The root's /proc/PID/stat is read on every call, the list of its descendants (a scan of all of
 * /proc) at most every 50 ms. CPU time includes what finished children of the tree's processes used
 * (cutime and cstime, counted once the child is waited for), so a program cannot hide work in
 * short-lived children. Resident memory is summed over the processes, which counts memory shared
 * after a fork once per process: an overestimate, never an underestimate.
 *
 * <p>Rooted at the judge's own process ({@code new TreeMeter(ProcessHandle.current())}), the CPU
 * time covers the judge and every box it started, running or reaped: the benchmark's CPU per
 * submission.
 */
public final class TreeMeter {
  private static final long NANOS_PER_TICK = 10_000_000L; // USER_HZ is 100 on Linux
  private static final long PAGE_KB = 4;
  private static final long SCAN_INTERVAL_NANOS = 50_000_000L;

  private final ProcessHandle root;
  private final AtomicLong peakKb = new AtomicLong();
  private volatile List<ProcessHandle> below = List.of();
  private volatile long scanned;

  public TreeMeter(ProcessHandle root) {
    this.root = root;
  }

  private List<ProcessHandle> below() {
    long now = System.nanoTime();
    if (now - scanned > SCAN_INTERVAL_NANOS) {
      scanned = now;
      below = root.descendants().toList();
    }
    return below;
  }

  /** CPU time used so far by the tree, reaped children included; 0 where /proc cannot be read. */
  public long cpuNanos() {
    long ticks = cpuTicks(root.pid());
    for (ProcessHandle child : below()) {
      ticks += cpuTicks(child.pid());
    }
    return ticks * NANOS_PER_TICK;
  }

  /** Resident memory of the tree now, in KiB (shared pages counted once per process). */
  public long rssKb() {
    long pages = Math.max(0, stat(root.pid())[21]);
    for (ProcessHandle child : below()) {
      pages += Math.max(0, stat(child.pid())[21]);
    }
    long kb = pages * PAGE_KB;
    peakKb.accumulateAndGet(kb, Math::max);
    return kb;
  }

  long peakRssKb() {
    return peakKb.get();
  }

  private static long cpuTicks(long pid) {
    long[] fields = stat(pid);
    long total = 0;
    for (int i = 11; i <= 14; i++) {
      total += Math.max(0, fields[i]);
    }
    return total;
  }

  private static final long[] UNREADABLE = new long[22];

  static {
    java.util.Arrays.fill(UNREADABLE, -1);
  }

  /**
   * The numeric fields after the command name of /proc/PID/stat (0 = state, unparsed); -1 each when
   * the process is gone.
   */
  private static long[] stat(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      String[] text = stat.substring(stat.lastIndexOf(')') + 2).split(" ", 23);
      long[] fields = new long[22];
      for (int i = 1; i < fields.length; i++) {
        fields[i] = Long.parseLong(text[i]);
      }
      return fields;
    } catch (IOException | RuntimeException e) {
      return UNREADABLE;
    }
  }
}
