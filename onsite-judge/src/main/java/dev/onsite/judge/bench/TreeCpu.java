package dev.onsite.judge.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CPU time used by this process and everything below it, from {@code /proc}: the judge, the
 * boxes it started and reaped, and the ones still running (compile servers, pre-started runtimes).
 *
 * <p>For a process, {@code utime + stime} is its own CPU and {@code cutime + cstime} that of the
 * children it reaped (and theirs, recursively). Summed over this process and its live descendants,
 * the difference between two readings is the CPU the whole tree used in between, whatever started
 * or ended meanwhile.
 */
final class TreeCpu {

  /** Linux reports these times in clock ticks of 10 ms ({@code USER_HZ} = 100). */
  static final double MILLIS_PER_TICK = 10.0;

  private TreeCpu() {}

  /** The tree's CPU so far, in clock ticks; -1 where {@code /proc} cannot be read. */
  static long ticks() {
    long self = ticks(ProcessHandle.current().pid());
    if (self < 0) {
      return -1;
    }
    return self
        + ProcessHandle.current().descendants().mapToLong(p -> Math.max(0, ticks(p.pid()))).sum();
  }

  private static long ticks(long pid) {
    try {
      String stat =
          Files.readString(Path.of("/proc", String.valueOf(pid), "stat"), StandardCharsets.UTF_8);
      // The command name (field 2) may hold spaces; the fields after it start past its ')'.
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      // After the name: state is index 0, so utime (field 14) is index 11, cstime (17) index 14.
      long total = 0;
      for (int i = 11; i <= 14; i++) {
        total += Long.parseLong(fields[i]);
      }
      return total;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }
}
