package dev.onsite.judge.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * Run one command in a sandbox to its end under a wall-clock limit, keeping a bounded prefix of its
 * output: for judges that run a whole program once (workspaces, take-homes) rather than test by
 * test.
 */
public final class BoxRun {

  /**
   * How a run ended.
   *
   * @param status the exit status (128 + signal when killed)
   * @param timedOut whether the wall limit killed it
   * @param stdout the first {@code stdoutCap} bytes of standard output
   * @param stdoutOverflow whether standard output was longer than the cap
   * @param stderr the first bytes of standard error, as text
   * @param wallMs how long the run took
   */
  public record Finished(
      int status,
      boolean timedOut,
      byte[] stdout,
      boolean stdoutOverflow,
      String stderr,
      long wallMs) {

    /** The last non-blank line of standard error, or {@code fallback}. */
    public String lastErrorLine(String fallback) {
      return stderr.strip().lines().reduce((a, b) -> b).orElse(fallback);
    }
  }

  private BoxRun() {}

  /**
   * Start {@code command}, write {@code stdin} and close it, wait at most {@code wallMillis}, then
   * kill what is left.
   *
   * @throws IOException when the box cannot start, or the thread is interrupted (the interrupt flag
   *     is set again)
   */
  public static Finished run(
      Sandbox sandbox,
      SandboxCommand command,
      byte[] stdin,
      long wallMillis,
      int stdoutCap,
      int stderrCap)
      throws IOException {
    long started = System.nanoTime();
    long limit = wallMillis * 1_000_000L;
    boolean timedOut = false;
    int status;
    try (SandboxProcess process = sandbox.start(command)) {
      CompletableFuture<byte[]> out = drain(process.stdout(), stdoutCap + 1);
      CompletableFuture<byte[]> err = drain(process.stderr(), stderrCap);
      try (OutputStream in = process.stdin()) {
        in.write(stdin);
      } catch (IOException e) {
        // The box ended already: its status says why.
      }
      try {
        while (process.isAlive() && System.nanoTime() - started < limit) {
          Thread.sleep(20);
        }
        if (process.isAlive()) {
          timedOut = true;
          process.kill();
        }
        status = process.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        process.kill();
        throw new IOException("interrupted while the box ran", e);
      }
      byte[] stdout = out.join();
      boolean overflow = stdout.length > stdoutCap;
      if (overflow) {
        stdout = java.util.Arrays.copyOf(stdout, stdoutCap);
      }
      return new Finished(
          status,
          timedOut,
          stdout,
          overflow,
          new String(err.join(), StandardCharsets.UTF_8),
          (System.nanoTime() - started) / 1_000_000);
    }
  }

  /** Read {@code in} to its end on a virtual thread, keeping its first {@code cap} bytes. */
  public static CompletableFuture<byte[]> drain(InputStream in, int cap) {
    CompletableFuture<byte[]> done = new CompletableFuture<>();
    Thread.ofVirtual()
        .start(
            () -> {
              ByteArrayOutputStream buffer = new ByteArrayOutputStream();
              byte[] chunk = new byte[8192];
              try (in) {
                int n;
                while ((n = in.read(chunk)) >= 0) {
                  if (buffer.size() < cap) {
                    buffer.write(chunk, 0, Math.min(n, cap - buffer.size()));
                  }
                }
              } catch (IOException e) {
                // The box was killed: keep what came.
              }
              done.complete(buffer.toByteArray());
            });
    return done;
  }

  /** Delete {@code root} and everything under it; what cannot be deleted is left to the system. */
  public static void deleteTree(Path root) {
    if (root == null || !Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // Left for the system's temporary-file cleaner.
    }
  }

  /**
   * Let every user read {@code root} and its tree, so that a box running as nobody (while the judge
   * runs as root) reads a staging directory where it is. A no-op off POSIX file systems.
   */
  public static void makeReadable(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.toList()) {
        Files.setPosixFilePermissions(
            p,
            java.nio.file.attribute.PosixFilePermissions.fromString(
                Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
      }
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system: the box runs as the judge's user there.
    }
  }
}
