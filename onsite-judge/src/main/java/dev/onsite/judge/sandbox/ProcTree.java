package dev.onsite.judge.sandbox;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Read a process tree from Linux's /proc cheaply enough for the watchdog and the reaper to do it
 * for every submission.
 *
 * <p>{@link ProcessHandle#descendants()} and {@link ProcessHandle#children()} read the stat file of
 * every process on the machine to find the parent of each: about a millisecond of CPU here, for a
 * tree of two or three processes. The kernel also lists each thread's children in {@code
 * /proc/PID/task/TID/children}: walking those from the root reads a few files per process of the
 * tree and none of the others. Where that file does not exist (a kernel without {@code
 * CONFIG_PROC_CHILDREN}, or no /proc), the walk falls back to {@link ProcessHandle}.
 *
 * <p>Either way the answer is a walk, not an atomic snapshot: a process forked after its parent's
 * list was read is seen at the next walk, as it was with the full scan.
 */
public final class ProcTree {

  /** Whether the kernel lists children per thread; checked once. */
  static final boolean CHILDREN_FILES = Files.isReadable(childrenFile(pidOfSelf(), pidOfSelf()));

  private ProcTree() {}

  private static long pidOfSelf() {
    return ProcessHandle.current().pid();
  }

  private static Path childrenFile(long pid, long tid) {
    return Path.of("/proc/" + pid + "/task/" + tid + "/children");
  }

  /** The pids of the processes below {@code root}, parents before their children. */
  public static List<Long> descendants(long root) {
    return walk(root, true);
  }

  /** The pids of the direct children of {@code pid}. */
  public static List<Long> children(long pid) {
    return walk(pid, false);
  }

  /** The first child of {@code pid} still running, as a handle (a box's init, below bwrap). */
  public static Optional<ProcessHandle> firstChild(long pid) {
    return children(pid).stream().findFirst().flatMap(ProcessHandle::of);
  }

  /** Handles of the processes in {@code pids} that are still running. */
  public static List<ProcessHandle> handles(List<Long> pids) {
    return pids.stream().map(ProcessHandle::of).flatMap(Optional::stream).toList();
  }

  private static List<Long> walk(long root, boolean deep) {
    return walk(root, deep, CHILDREN_FILES);
  }

  /** The walk, through the children files or (without them) {@link ProcessHandle}. */
  static List<Long> walk(long root, boolean deep, boolean childrenFiles) {
    if (!childrenFiles) {
      Optional<ProcessHandle> handle = ProcessHandle.of(root);
      if (handle.isEmpty()) {
        return List.of();
      }
      return (deep ? handle.get().descendants() : handle.get().children())
          .map(ProcessHandle::pid)
          .toList();
    }
    List<Long> found = new ArrayList<>();
    ArrayDeque<Long> pending = new ArrayDeque<>();
    pending.add(root);
    while (!pending.isEmpty()) {
      long pid = pending.poll();
      int before = found.size();
      childrenOf(pid, found);
      if (deep) {
        for (int i = before; i < found.size(); i++) {
          pending.add(found.get(i));
        }
      }
    }
    return found;
  }

  /** Add the children of every thread of {@code pid} to {@code into}; nothing when it is gone. */
  private static void childrenOf(long pid, List<Long> into) {
    try (DirectoryStream<Path> tasks =
        Files.newDirectoryStream(Path.of("/proc/" + pid + "/task"))) {
      for (Path task : tasks) {
        byte[] text = read(task.resolve("children").toString(), 256);
        long value = -1;
        for (byte b : text) {
          if (b >= '0' && b <= '9') {
            value = (value < 0 ? 0 : value * 10) + (b - '0');
          } else if (value >= 0) {
            into.add(value);
            value = -1;
          }
        }
        if (value >= 0) {
          into.add(value);
        }
      }
    } catch (IOException | RuntimeException e) {
      // The process (or one of its threads) is gone: its children are reparented and seen again.
    }
  }

  /**
   * The numeric fields after the command name of /proc/PID/stat, from the process state (index 0,
   * left 0) to resident memory in pages (index 21); false, and {@code into} untouched, when the
   * process is gone or its stat cannot be read.
   */
  public static boolean stat(long pid, long[] into) {
    byte[] text;
    try {
      text = read("/proc/" + pid + "/stat", 512);
    } catch (IOException e) {
      return false;
    }
    // The command name is in parentheses and may itself contain spaces and parentheses.
    int at = text.length - 1;
    while (at >= 0 && text[at] != ')') {
      at--;
    }
    if (at < 0) {
      return false;
    }
    long[] fields = new long[into.length];
    int field = -1; // index 0 is the state, which is a letter
    int i = at + 1;
    while (i < text.length && field < fields.length - 1) {
      while (i < text.length && text[i] == ' ') {
        i++;
      }
      if (i >= text.length || text[i] == '\n') {
        break;
      }
      field++;
      boolean negative = text[i] == '-';
      if (negative) {
        i++;
      }
      long value = 0;
      boolean digits = false;
      while (i < text.length && text[i] != ' ' && text[i] != '\n') {
        byte b = text[i++];
        if (b >= '0' && b <= '9') {
          value = value * 10 + (b - '0');
          digits = true;
        } else if (field > 0) {
          return false;
        }
      }
      if (field > 0) {
        if (!digits) {
          return false;
        }
        fields[field] = negative ? -value : value;
      }
    }
    if (field < fields.length - 1) {
      return false;
    }
    System.arraycopy(fields, 0, into, 0, fields.length);
    return true;
  }

  /** The whole of a small /proc file (which reports no size, so it is read until its end). */
  private static byte[] read(String path, int expected) throws IOException {
    try (InputStream in = new FileInputStream(path)) {
      byte[] buffer = new byte[expected];
      int length = 0;
      int n;
      while ((n = in.read(buffer, length, buffer.length - length)) > 0) {
        length += n;
        if (length == buffer.length) {
          buffer = java.util.Arrays.copyOf(buffer, buffer.length * 2);
        }
      }
      return java.util.Arrays.copyOf(buffer, length);
    }
  }
}
