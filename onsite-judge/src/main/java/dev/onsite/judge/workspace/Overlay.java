package dev.onsite.judge.workspace;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A candidate's changes to the starter: the files added or changed, and the files deleted.
 *
 * <p>Every path is relative, uses {@code /}, has no {@code .} or {@code ..} part and names a text
 * file (UTF-8, no NUL byte); symbolic links are refused. The checks run when an overlay is read, so
 * nothing unsafe reaches the staging directory.
 *
 * @param files the new content of each added or changed file, keyed by its workspace path
 * @param deleted the starter files the candidate removed
 */
public record Overlay(Map<String, byte[]> files, Set<String> deleted) {

  /** The file of a submission directory that lists deleted paths, one a line. */
  public static final String DELETED_LIST = "deleted.txt";

  /** What {@code workspace open} writes next to the tree; never part of a submission. */
  public static final Set<String> IGNORED_NAMES =
      Set.of("__pycache__", ".pytest_cache", ".onsite-workspace", ".git", ".idea", ".vscode");

  /**
   * The build tools' output directories at the top of a Java workspace ({@code mvn test} writes
   * {@code target/}): left out of its diff unless the starter has files there.
   */
  public static final Set<String> JAVA_BUILD_DIRS = Set.of("target", "build", "out", ".gradle");

  private static final Pattern PART = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.+-]*");

  public Overlay {
    files = Map.copyOf(files);
    deleted = Set.copyOf(deleted);
  }

  public static Overlay empty() {
    return new Overlay(Map.of(), Set.of());
  }

  /** The paths it touches, changed first, in order, for reports. */
  public List<String> changedPaths() {
    return new TreeSet<>(files.keySet()).stream().toList();
  }

  /**
   * Read a submission directory: every file in it is an added or changed file but {@value
   * #DELETED_LIST}, which lists the starter files to delete.
   *
   * @throws WorkspaceException naming the file at fault
   */
  public static Overlay read(Path dir, WorkspacePackage pkg) {
    Map<String, byte[]> files = readTree(dir, pkg.limits(), Set.of(DELETED_LIST));
    Set<String> deleted = new TreeSet<>();
    Path list = dir.resolve(DELETED_LIST);
    if (Files.isRegularFile(list, LinkOption.NOFOLLOW_LINKS)) {
      String text = text(list, readBytes(list));
      int n = 0;
      for (String line : text.split("\n", -1)) {
        n++;
        String path = line.strip();
        if (path.isEmpty() || path.startsWith("#")) {
          continue;
        }
        String problem = pathProblem(path);
        if (problem != null) {
          throw new WorkspaceException(list + ":" + n + ": " + problem);
        }
        if (!pkg.tree().containsKey(path)) {
          throw new WorkspaceException(
              list + ":" + n + ": '" + path + "' is not a starter file, so it cannot be deleted");
        }
        deleted.add(path);
      }
    }
    return new Overlay(files, deleted);
  }

  /**
   * The changes a candidate made in {@code dir} (written by {@code workspace open}) against the
   * starter: files whose bytes differ or are new, and starter files that are gone.
   */
  public static Overlay diff(Path dir, WorkspacePackage pkg, Set<String> ignoredTopLevel) {
    Set<String> skip = new TreeSet<>(ignoredTopLevel);
    if (pkg.isJava()) {
      JAVA_BUILD_DIRS.stream()
          .filter(d -> pkg.tree().keySet().stream().noneMatch(p -> p.startsWith(d + "/")))
          .forEach(skip::add);
    }
    Map<String, byte[]> now = readTree(dir, null, skip);
    Map<String, byte[]> changed = new TreeMap<>();
    for (var e : now.entrySet()) {
      byte[] before = pkg.tree().get(e.getKey());
      if (before == null || !Arrays.equals(before, e.getValue())) {
        changed.put(e.getKey(), e.getValue());
      }
    }
    Set<String> deleted = new TreeSet<>(pkg.tree().keySet());
    deleted.removeAll(now.keySet());
    Overlay overlay = new Overlay(changed, deleted);
    overlay.checkLimits(dir, pkg.limits());
    return overlay;
  }

  private void checkLimits(Path dir, WorkspaceLimits limits) {
    if (files.size() > limits.maxFiles()) {
      throw new WorkspaceException(
          dir
              + ": "
              + files.size()
              + " files added or changed; the most is "
              + limits.maxFiles()
              + " (max_files in workspace.yaml)");
    }
    long bytes = files.values().stream().mapToLong(b -> b.length).sum();
    if (bytes > limits.maxBytes()) {
      throw new WorkspaceException(
          dir
              + ": the changed files hold "
              + bytes
              + " bytes; the most is "
              + limits.maxBytes()
              + " (max_bytes in workspace.yaml)");
    }
  }

  /**
   * Every regular file below {@code dir}, keyed by its path relative to it, checked: no symbolic
   * links, safe names, text only; with {@code limits}, no more files or bytes than they allow.
   * Top-level names in {@code skip} and {@link #IGNORED_NAMES} anywhere are left out.
   */
  static Map<String, byte[]> readTree(Path dir, WorkspaceLimits limits, Set<String> skip) {
    if (Files.isSymbolicLink(dir) || !Files.isDirectory(dir)) {
      throw new WorkspaceException(dir + ": not a directory");
    }
    Path root = dir.toAbsolutePath().normalize();
    Map<String, byte[]> files = new TreeMap<>();
    long[] bytes = {0};
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
              if (d.equals(root)) {
                return FileVisitResult.CONTINUE;
              }
              String name = d.getFileName().toString();
              String rel = rel(root, d);
              if (IGNORED_NAMES.contains(name) || skip.contains(rel)) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
              String rel = rel(root, f);
              String name = f.getFileName().toString();
              if (skip.contains(rel) || IGNORED_NAMES.contains(name) || name.endsWith(".pyc")) {
                return FileVisitResult.CONTINUE;
              }
              if (attrs.isSymbolicLink()) {
                throw new WorkspaceException(
                    rel + ": a symbolic link; submit the file itself (links are refused)");
              }
              if (!attrs.isRegularFile()) {
                throw new WorkspaceException(rel + ": not a regular file");
              }
              String problem = pathProblem(rel);
              if (problem != null) {
                throw new WorkspaceException(problem);
              }
              byte[] content = readBytes(f);
              text(Path.of(rel), content);
              bytes[0] += content.length;
              files.put(rel, content);
              if (limits != null && files.size() > limits.maxFiles()) {
                throw new WorkspaceException(
                    dir
                        + ": more than "
                        + limits.maxFiles()
                        + " files; the most is "
                        + limits.maxFiles()
                        + " (max_files in workspace.yaml)");
              }
              if (limits != null && bytes[0] > limits.maxBytes()) {
                throw new WorkspaceException(
                    dir
                        + ": more than "
                        + limits.maxBytes()
                        + " bytes in all (max_bytes in workspace.yaml)");
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new WorkspaceException(dir + ": cannot read: " + e.getMessage());
    }
    return files;
  }

  private static String rel(Path root, Path p) {
    return root.relativize(p).toString().replace('\\', '/');
  }

  /** Why {@code path} is not a safe workspace path, or null when it is. */
  static String pathProblem(String path) {
    if (path.startsWith("/") || path.matches("^[A-Za-z]:.*")) {
      return "'" + path + "' is absolute; give paths relative to the workspace";
    }
    if (path.contains("\\")) {
      return "'" + path + "' has a backslash; separate directories with '/'";
    }
    for (String part : path.split("/", -1)) {
      if (part.equals("..") || part.equals(".")) {
        return "'" + path + "' escapes the workspace ('" + part + "' is not allowed in a path)";
      }
      if (!PART.matcher(part).matches()) {
        return "'"
            + path
            + "' has an unusual name '"
            + part
            + "' (letters, digits, '_', '.', '+', '-' only)";
      }
    }
    return null;
  }

  private static byte[] readBytes(Path f) {
    try {
      return Files.readAllBytes(f);
    } catch (IOException e) {
      throw new WorkspaceException(f + ": cannot read: " + e.getMessage());
    }
  }

  /** The UTF-8 text of {@code content}, or a one-line refusal of a binary file. */
  static String text(Path file, byte[] content) {
    for (byte b : content) {
      if (b == 0) {
        throw new WorkspaceException(file + ": a binary file (it has NUL bytes); submit text only");
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(content)).toString();
    } catch (CharacterCodingException e) {
      throw new WorkspaceException(file + ": not UTF-8 text; submit text files only");
    }
  }
}
