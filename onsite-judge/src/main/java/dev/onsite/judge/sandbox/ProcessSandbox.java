package dev.onsite.judge.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Run programs as plain child processes with resource limits, a watchdog and a fresh temporary
 * directory: the portable sandbox (macOS, or Linux without bubblewrap).
 *
 * <p>It does not keep a hostile program away from the host's files or network: use it for your own
 * code on your own machine. Resource limits are applied with util-linux {@code prlimit} where it
 * exists.
 */
public final class ProcessSandbox implements Sandbox {

  private static final Path PRLIMIT = Path.of("/usr/bin/prlimit");

  /** The warning printed once when this sandbox is in use. */
  public static final String WARNING =
      "warning: running submissions without the hardened sandbox (install bubblewrap on Linux):"
          + " candidate code can read your files and use the network";

  @Override
  public String name() {
    return "process";
  }

  @Override
  public boolean hardened() {
    return false;
  }

  @Override
  public SandboxProcess start(SandboxCommand command) throws IOException {
    Path workDir = Files.createTempDirectory("onsite-run-");
    List<String> argv = new ArrayList<>();
    if (Files.isExecutable(PRLIMIT)) {
      ResourceLimits limits = command.limits();
      argv.add(PRLIMIT.toString());
      argv.add("--core=0");
      argv.add("--fsize=" + limits.maxFileBytes());
      argv.add("--nofile=" + limits.maxOpenFiles());
      if (limits.addressSpaceBytes() > 0) {
        argv.add("--as=" + limits.addressSpaceBytes());
      }
      argv.add("--");
    }
    argv.addAll(command.argv());
    ProcessBuilder builder = new ProcessBuilder(argv).directory(workDir.toFile());
    builder.environment().clear();
    builder.environment().putAll(command.env());
    builder.environment().put("HOME", workDir.toString());
    builder.environment().put("TMPDIR", workDir.toString());
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      Trees.deleteRecursively(workDir);
      throw e;
    }
    return new ChildProcess(process, workDir);
  }

  /** A child process and its working directory. */
  static final class ChildProcess implements SandboxProcess {
    private final Process process;
    private final Path workDir;
    private final Trees.Meter meter;

    ChildProcess(Process process, Path workDir) {
      this.process = process;
      this.workDir = workDir;
      this.meter = new Trees.Meter(process.toHandle());
    }

    @Override
    public OutputStream stdin() {
      return process.getOutputStream();
    }

    @Override
    public InputStream stdout() {
      return process.getInputStream();
    }

    @Override
    public InputStream stderr() {
      return process.getErrorStream();
    }

    @Override
    public long cpuNanos() {
      return meter.cpuNanos();
    }

    @Override
    public long rssKb() {
      return Math.max(0, meter.rssKb());
    }

    @Override
    public boolean isAlive() {
      return process.isAlive();
    }

    @Override
    public void kill() {
      Trees.kill(process.toHandle());
    }

    @Override
    public int waitFor() throws InterruptedException {
      return process.waitFor();
    }

    @Override
    public void close() {
      kill();
      try {
        process.waitFor(
            Duration.ofSeconds(5).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      Trees.deleteRecursively(workDir);
    }
  }

  /** Process-tree and file-tree helpers shared by the sandboxes. */
  static final class Trees {
    private static final long NANOS_PER_TICK = 10_000_000L; // USER_HZ is 100 on Linux
    private static final long PAGE_KB = 4;
    private static final long SCAN_INTERVAL_NANOS = 50_000_000L;

    private Trees() {}

    /**
     * Read CPU time and resident memory of a process tree cheaply enough to poll every few
     * milliseconds: the root's /proc/PID/stat on every call, the list of its descendants (a scan of
     * all of /proc) at most every 50 ms.
     */
    static final class Meter {
      private final ProcessHandle root;
      private volatile List<ProcessHandle> below = List.of();
      private volatile long scanned;

      Meter(ProcessHandle root) {
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

      long cpuNanos() {
        long total = cpu(root);
        for (ProcessHandle child : below()) {
          total += cpu(child);
        }
        return total;
      }

      long rssKb() {
        long total = Math.max(0, statField(root.pid(), 21)) * PAGE_KB;
        for (ProcessHandle child : below()) {
          total += Math.max(0, statField(child.pid(), 21)) * PAGE_KB;
        }
        return total;
      }
    }

    static long cpuNanos(ProcessHandle root) {
      return new Meter(root).cpuNanos();
    }

    static long rssKb(ProcessHandle root) {
      return new Meter(root).rssKb();
    }

    private static long cpu(ProcessHandle handle) {
      long user = statField(handle.pid(), 11);
      long system = statField(handle.pid(), 12);
      if (user >= 0 && system >= 0) {
        long ticks = user + system;
        return ticks * NANOS_PER_TICK;
      }
      Optional<Duration> cpu = handle.info().totalCpuDuration();
      return cpu.map(Duration::toNanos).orElse(0L);
    }

    /**
     * Field {@code index} after the command name of /proc/PID/stat (0 = state); -1 when unreadable.
     */
    private static long statField(long pid, int index) {
      try {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[index]);
      } catch (IOException | RuntimeException e) {
        return -1;
      }
    }

    static void kill(ProcessHandle root) {
      // Kill the parent first so it cannot fork new children, then everything below it, twice.
      for (int round = 0; round < 2; round++) {
        List<ProcessHandle> below = root.descendants().toList();
        root.destroyForcibly();
        below.forEach(ProcessHandle::destroyForcibly);
      }
    }

    static void deleteRecursively(Path dir) {
      if (dir == null || !Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        return;
      }
      try (var walk = Files.walk(dir)) {
        // Files.walk does not follow links by default: a planted symlink is deleted, not its
        // target.
        List<Path> paths = walk.sorted(java.util.Comparator.reverseOrder()).toList();
        for (Path path : paths) {
          try {
            Files.deleteIfExists(path);
          } catch (IOException e) {
            // Best effort: a read-only directory the program made; leave it to the OS cleaner.
          }
        }
      } catch (IOException | java.io.UncheckedIOException e) {
        // Best effort.
      }
    }
  }
}
