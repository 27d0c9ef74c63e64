package dev.onsite.judge.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Give an unprivileged box host paths that only root can read where they are, by copying them once
 * to a world-readable directory the judge creates and owns.
 *
 * <p>Only the judge's own files end up here (the harness under root's cache directory); a runtime's
 * installation that only root can read is refused rather than copied, as it is large. The copies
 * are deleted when the judge exits.
 */
final class StagedPaths {

  /** The most that is copied for one path. */
  static final long MAX_BYTES = 64L << 20;

  private static final Set<PosixFilePermission> DIRECTORY =
      PosixFilePermissions.fromString("rwxr-xr-x");
  private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-r--r--");

  private final Map<Path, Path> copies = new ConcurrentHashMap<>();
  private Path root;

  /**
   * {@code path} itself when every user can read it, else a copy that every user can read.
   *
   * @throws IOException when the copy fails or would be larger than {@link #MAX_BYTES}
   */
  Path readableByOthers(Path path) throws IOException {
    if (othersCanRead(path)) {
      return path;
    }
    Path copy = copies.get(path);
    if (copy == null) {
      synchronized (this) {
        copy = copies.get(path);
        if (copy == null) {
          copy = copy(path);
          copies.put(path, copy);
        }
      }
    }
    return copy;
  }

  /** Whether others may reach {@code path} and read it (a directory: and its entries). */
  static boolean othersCanRead(Path path) throws IOException {
    for (Path dir = path.getParent(); dir != null; dir = dir.getParent()) {
      if (!Files.getPosixFilePermissions(dir).contains(PosixFilePermission.OTHERS_EXECUTE)) {
        return false;
      }
    }
    Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
    if (!permissions.contains(PosixFilePermission.OTHERS_READ)) {
      return false;
    }
    if (!Files.isDirectory(path)) {
      return true;
    }
    if (!permissions.contains(PosixFilePermission.OTHERS_EXECUTE)) {
      return false;
    }
    try (Stream<Path> children = Files.list(path)) {
      for (Path child : children.toList()) {
        Set<PosixFilePermission> p =
            Files.getPosixFilePermissions(child, LinkOption.NOFOLLOW_LINKS);
        if (!p.contains(PosixFilePermission.OTHERS_READ)) {
          return false;
        }
      }
    }
    return true;
  }

  private Path copy(Path source) throws IOException {
    long size;
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(source)) {
      paths = walk.toList();
      size = 0;
      for (Path p : paths) {
        if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          size += Files.size(p);
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    if (size > MAX_BYTES) {
      throw new IOException(
          source
              + " is readable by root only and too large to copy for the sandbox ("
              + (size >> 20)
              + " MiB): make it readable by all users (chmod -R o+rX "
              + source
              + "), or run the judge as an ordinary user");
    }
    Path target = root().resolve(Integer.toString(copies.size()));
    for (Path p : paths) {
      Path to = target.resolve(source.relativize(p).toString());
      if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
        Files.createDirectories(to);
        Files.setPosixFilePermissions(to, DIRECTORY);
      } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
        // With its modification time: the JVM checks it for the jars an AOT cache was made with.
        Files.copy(p, to, LinkOption.NOFOLLOW_LINKS, StandardCopyOption.COPY_ATTRIBUTES);
        Files.setPosixFilePermissions(to, Files.isExecutable(p) ? DIRECTORY : FILE);
      }
      // Anything else (links, devices) is left out.
    }
    return target;
  }

  private Path root() throws IOException {
    if (root == null) {
      Path dir = Files.createTempDirectory("onsite-sandbox-");
      Files.setPosixFilePermissions(dir, DIRECTORY);
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(() -> ProcessSandbox.Trees.deleteRecursively(dir), "onsite-staging"));
      root = dir;
    }
    return root;
  }
}
