package dev.onsite.judge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The process tree as the watchdog and the reaper read it from /proc. */
class ProcTreeTests {

  @TempDir Path dir;

  private static void assumeProc() {
    assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "no /proc here");
  }

  @Test
  void findsChildrenAndGrandchildrenAsProcessHandleDoes() throws Exception {
    assumeProc();
    // sh, below it a subshell, below that a sleep: three generations.
    Process root = new ProcessBuilder("sh", "-c", "(sleep 30; true) & sleep 30; wait").start();
    try {
      ProcessHandle handle = root.toHandle();
      Set<Long> expected = new HashSet<>();
      for (int i = 0; i < 500 && expected.size() < 3; i++) {
        Thread.sleep(10);
        expected = pids(handle.descendants().map(ProcessHandle::pid).toList());
      }
      assertThat(expected).hasSize(3);

      List<Long> descendants = ProcTree.descendants(root.pid());
      assertThat(pids(descendants)).isEqualTo(expected);
      assertThat(descendants).doesNotHaveDuplicates();
      assertThat(pids(ProcTree.children(root.pid())))
          .isEqualTo(pids(handle.children().map(ProcessHandle::pid).toList()))
          .hasSize(2);
      // The fallback, for kernels without the children files, finds the same.
      assertThat(pids(ProcTree.walk(root.pid(), true, false))).isEqualTo(expected);
    } finally {
      root.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
      root.destroyForcibly().waitFor();
    }
  }

  @Test
  void findsAChildStartedByAnyThreadOfAProcess() throws Exception {
    assumeProc();
    assumeTrue(ProcTree.CHILDREN_FILES, "no children files in this kernel");
    // The kernel lists a child under the thread that forked it: here not the process's first.
    AtomicReference<Process> started = new AtomicReference<>();
    java.util.concurrent.CountDownLatch checked = new java.util.concurrent.CountDownLatch(1);
    Thread forker =
        new Thread(
            () -> {
              try {
                started.set(new ProcessBuilder("sleep", "30").start());
                checked.await();
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    forker.start();
    try {
      while (started.get() == null && forker.isAlive()) {
        Thread.sleep(5);
      }
      long self = ProcessHandle.current().pid();
      assertThat(ProcTree.children(self)).contains(started.get().pid());
      assertThat(ProcTree.descendants(self)).contains(started.get().pid());
    } finally {
      checked.countDown();
      forker.join();
      started.get().destroyForcibly().waitFor();
    }
  }

  @Test
  void aProcessThatIsGoneHasNoChildren() throws Exception {
    assumeProc();
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    assertThat(ProcTree.descendants(gone.pid())).isEmpty();
    assertThat(ProcTree.stat(gone.pid(), new long[22])).isFalse();
  }

  @Test
  void readsStatPastACommandNameWithSpacesAndParentheses() throws Exception {
    assumeProc();
    Path sleep = Path.of("/bin/sleep");
    assumeTrue(Files.isExecutable(sleep), "no /bin/sleep");
    Path odd = Files.createSymbolicLink(dir.resolve("x) 1 2 (y"), sleep);
    Process process = new ProcessBuilder(odd.toString(), "30").start();
    try {
      long[] fields = new long[22];
      boolean read = false;
      // Once the program is executed (the command name is the link's) and its pages are mapped.
      for (int i = 0; i < 500 && !read; i++) {
        read =
            Files.readString(Path.of("/proc/" + process.pid() + "/comm")).startsWith("x)")
                && ProcTree.stat(process.pid(), fields)
                && fields[21] > 0;
        Thread.sleep(5);
      }
      assertThat(read).isTrue();
      assertThat(fields[1]).as("ppid").isEqualTo(ProcessHandle.current().pid());
      assertThat(fields[21]).as("resident pages").isPositive();
      for (int i = 11; i <= 14; i++) {
        assertThat(fields[i]).as("CPU ticks").isNotNegative();
      }
    } finally {
      process.destroyForcibly().waitFor();
    }
  }

  private static Set<Long> pids(List<Long> pids) {
    return new HashSet<>(pids);
  }
}
