package dev.onsite.judge.lang;

import dev.onsite.judge.sandbox.ResourceLimits;
import dev.onsite.judge.sandbox.Sandbox;
import dev.onsite.judge.sandbox.SandboxCommand;
import dev.onsite.judge.sandbox.SandboxProcess;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The JVM's ahead-of-time cache for the Java harness (JDK 25 and later): the classes a harness
 * loads and links while it warms up, stored once so that each pre-started harness maps them instead
 * of loading them again. It saves CPU on every runtime start, which bounds throughput.
 *
 * <p>The cache is made by the judge, once per harness, JDK and flags, in the cache directory: a
 * training box runs the harness's own warm-up (the bundled stand-in submission, never a candidate's
 * code) with {@code -XX:AOTCacheOutput}, in the same sandbox and with the same class path and flags
 * as the real harness, and writes the cache on its standard output; the judge stores it under a
 * name derived from the harness, JDK and flags. Before the judge uses a cache, found or made, it
 * verifies it by starting one harness in a box with {@code -XX:AOTMode=on}, which refuses to run
 * with a cache it cannot use. Boxes get the file read-only. Anything that fails leaves the harness
 * as it was without the cache.
 */
final class AotCache {

  /** The feature release from which {@code -XX:AOTCacheOutput} exists. */
  static final int MIN_FEATURE = 25;

  /** The largest cache accepted from a training box (about 15 MiB is usual). */
  static final long MAX_BYTES = 48L << 20;

  private static final long TRAINING_LIMIT_SECONDS = 120;
  private static final String BOX_FILE = "/tmp/onsite-harness.aot";

  /** Caches verified by this JVM, so that several judges in one process verify once. */
  private static final Map<Path, Boolean> VERIFIED = new ConcurrentHashMap<>();

  private AotCache() {}

  /**
   * Whether the JDK at {@code javaHome} can make caches: judged from its {@code release} file, as
   * the harness runs the judge's own JDK.
   */
  static boolean supported(Path javaHome) {
    try {
      for (String line : Files.readAllLines(javaHome.resolve("release"))) {
        if (line.startsWith("JAVA_VERSION=")) {
          String version = line.substring(line.indexOf('"') + 1);
          int end = 0;
          while (end < version.length() && Character.isDigit(version.charAt(end))) {
            end++;
          }
          return end > 0 && Integer.parseInt(version.substring(0, end)) >= MIN_FEATURE;
        }
      }
    } catch (IOException | RuntimeException e) {
      // No release file: assume an old or unusual JDK.
    }
    return false;
  }

  /** Where the cache for this harness jar, JDK and flags lives. */
  static Path location(Path cacheDir, Path jar, Path javaHome, List<String> flags) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(jar.toString().getBytes(StandardCharsets.UTF_8));
      digest.update(Files.readAllBytes(jar));
      digest.update(javaHome.toString().getBytes(StandardCharsets.UTF_8));
      Path release = javaHome.resolve("release");
      if (Files.isRegularFile(release)) {
        digest.update(Files.readAllBytes(release));
      }
      digest.update(String.join("\n", flags).getBytes(StandardCharsets.UTF_8));
      String key = HexFormat.of().formatHex(digest.digest()).substring(0, 24);
      return cacheDir.resolve("aot").resolve("harness-" + key + ".aot");
    } catch (IOException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("cannot name the harness's AOT cache: " + e.getMessage(), e);
    }
  }

  /**
   * Make the cache at {@code target} when it is missing, then verify it.
   *
   * @param train the harness command to train with, without a class-data option
   * @param verify the harness command that uses the cache with {@code -XX:AOTMode=on}
   * @return whether the cache is there and usable
   */
  static boolean prepare(
      Sandbox sandbox, Path target, SandboxCommand train, SandboxCommand verify) {
    Boolean known = VERIFIED.get(target);
    if (known != null) {
      return known;
    }
    synchronized (AotCache.class) {
      known = VERIFIED.get(target);
      if (known != null) {
        return known;
      }
      boolean ok;
      try {
        if (!Files.isRegularFile(target)) {
          create(sandbox, target, train);
        }
        ok = verify(sandbox, verify);
        if (!ok) {
          // Made by another JDK build or for another jar: make it afresh next time.
          Files.deleteIfExists(target);
        }
      } catch (IOException | RuntimeException e) {
        ok = false;
      }
      VERIFIED.put(target, ok);
      return ok;
    }
  }

  /** The training command: the harness's warm-up, then the cache on standard output. */
  static SandboxCommand trainingCommand(SandboxCommand harness) {
    List<String> argv = new ArrayList<>();
    argv.add("/bin/sh");
    argv.add("-c");
    // The JVM writes the cache when it exits normally; the harness's own output goes to stderr.
    argv.add("\"$@\" >&2 && exec cat " + BOX_FILE);
    argv.add("sh");
    // Class data options of the harness command would conflict with making a cache.
    List<String> java =
        harness.argv().stream()
            .filter(a -> !a.startsWith("-Xshare:") && !a.startsWith("-XX:AOT"))
            .toList();
    int main = java.indexOf("dev.onsite.harness.Harness");
    argv.addAll(java.subList(0, main - 2));
    argv.add("-XX:AOTCacheOutput=" + BOX_FILE);
    argv.addAll(java.subList(main - 2, main + 1));
    argv.add("--train");
    ResourceLimits limits = harness.limits();
    return new SandboxCommand(
        argv,
        harness.env(),
        harness.readOnlyPaths(),
        new ResourceLimits(
            limits.addressSpaceBytes(),
            Math.max(limits.maxFileBytes(), MAX_BYTES),
            limits.maxOpenFiles(),
            limits.maxProcesses()));
  }

  private static void create(Sandbox sandbox, Path target, SandboxCommand train)
      throws IOException {
    Files.createDirectories(target.getParent());
    Path temp = Files.createTempFile(target.getParent(), "tmp-", ".part");
    try (SandboxProcess process = sandbox.start(train)) {
      process.stdin().close();
      Thread drain = drain(process.stderr());
      long size = 0;
      try (InputStream in = process.stdout();
          OutputStream out = Files.newOutputStream(temp)) {
        byte[] buffer = new byte[1 << 16];
        int n;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TRAINING_LIMIT_SECONDS);
        while ((n = in.read(buffer)) > 0) {
          size += n;
          if (size > MAX_BYTES || System.nanoTime() > deadline) {
            process.kill();
            throw new IOException("the AOT training run wrote too much or took too long");
          }
          out.write(buffer, 0, n);
        }
      }
      int status = process.waitFor();
      drain.join(1000);
      if (status != 0 || size == 0) {
        throw new IOException("the AOT training run failed with status " + status);
      }
      Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while training the AOT cache", e);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Start a harness that must use the cache, give it no job, and see it get ready and exit. */
  private static boolean verify(Sandbox sandbox, SandboxCommand verify) throws IOException {
    try (SandboxProcess process = sandbox.start(verify)) {
      process.stdin().close();
      Thread drain = drain(process.stderr());
      byte[] out = process.stdout().readNBytes(1 << 16);
      boolean exited = waitFor(process, TRAINING_LIMIT_SECONDS);
      drain.join(1000);
      return exited
          && process.waitFor() == 0
          && new String(out, StandardCharsets.UTF_8).contains("\"ready\"");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static boolean waitFor(SandboxProcess process, long seconds) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (process.isAlive()) {
      if (System.nanoTime() > deadline) {
        process.kill();
        return false;
      }
      Thread.sleep(10);
    }
    return true;
  }

  private static Thread drain(InputStream in) {
    Thread t =
        new Thread(
            () -> {
              try (in) {
                in.transferTo(OutputStream.nullOutputStream());
              } catch (IOException e) {
                // closed
              }
            },
            "onsite-aot-stderr");
    t.setDaemon(true);
    t.start();
    return t;
  }
}
