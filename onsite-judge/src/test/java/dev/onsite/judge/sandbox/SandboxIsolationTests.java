package dev.onsite.judge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.onsite.judge.lang.Language;
import dev.onsite.judge.lang.Runtimes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sandboxes themselves, below the judge: what a box is made of, and how it ends. */
class SandboxIsolationTests {

  @TempDir Path dir;

  private static Runtimes runtimes;
  private static boolean bubblewrapWorks;

  @BeforeAll
  static void setUp() {
    runtimes = Runtimes.detect();
    bubblewrapWorks = BubblewrapSandbox.probe(BubblewrapSandbox.DEFAULT_BWRAP).isEmpty();
  }

  private static BubblewrapSandbox bubblewrap() {
    assumeTrue(bubblewrapWorks, "bubblewrap cannot run here");
    assumeTrue(runtimes.python().isPresent(), "no Python");
    return BubblewrapSandbox.at(BubblewrapSandbox.DEFAULT_BWRAP);
  }

  /** Python running {@code code} with the harness's environment, paths and limits. */
  private static SandboxCommand python(String code, Path... alsoReadable) {
    SandboxCommand base = runtimes.harnessCommand(Language.PYTHON, 128);
    List<Path> readable = new ArrayList<>(base.readOnlyPaths());
    readable.addAll(List.of(alsoReadable));
    return new SandboxCommand(
        List.of(base.argv().get(0), "-I", "-B", "-c", code), base.env(), readable, base.limits());
  }

  private static String run(Sandbox sandbox, SandboxCommand command) throws Exception {
    try (SandboxProcess process = sandbox.start(command)) {
      process.stdin().close();
      String out = new String(process.stdout().readAllBytes(), StandardCharsets.UTF_8);
      String err = new String(process.stderr().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.waitFor()).as(err).isZero();
      return out.strip();
    }
  }

  @Test
  void boxHoldsOnlyTheStandardStreams() throws Exception {
    String fds = run(bubblewrap(), python("import os; print(sorted(os.listdir('/proc/self/fd')))"));

    // 3 is the directory listdir itself opened.
    assertThat(fds).isEqualTo("['0', '1', '2', '3']");
  }

  @Test
  void boxSeesAnEmptyRootItsOwnProcessesAndNoHostName() throws Exception {
    String seen =
        run(
            bubblewrap(),
            python(
                "import os; print(sorted(os.listdir('/')), os.getpid(), os.uname().nodename,"
                    + " os.getcwd())"));

    assertThat(seen)
        .startsWith("['bin', 'dev', 'etc', 'lib'")
        .doesNotContain("'home'", "'var'", "'sys'", "'run'")
        .endsWith("1 onsite /tmp");
  }

  @Test
  void boxRunsAsNobodyOnTheHostWhenTheJudgeIsRoot() throws Exception {
    BubblewrapSandbox sandbox = bubblewrap();
    assumeTrue(sandbox.dropsRoot(), "the judge does not run as root here");

    try (SandboxProcess process = sandbox.start(python("import time; time.sleep(5)"))) {
      List<Long> pids = waitForTree((BubblewrapSandbox.Box) process, 2);

      for (long pid : pids) {
        assertThat(Files.getAttribute(Path.of("/proc/" + pid), "unix:uid"))
            .as("owner of host pid " + pid)
            .isEqualTo(BubblewrapSandbox.UNPRIVILEGED_ID);
      }
    }
  }

  @Test
  void killingTheBoxEndsEveryProcessInIt() throws Exception {
    BubblewrapSandbox sandbox = bubblewrap();
    String code =
        """
        import os, time
        for _ in range(10):
            if os.fork() == 0:
                os.setsid()
                time.sleep(60)
        time.sleep(60)
        """;
    List<Long> pids;
    try (SandboxProcess process = sandbox.start(python(code))) {
      pids = waitForTree((BubblewrapSandbox.Box) process, 12);

      process.kill();
      process.waitFor();
    }

    Thread.sleep(100);
    assertThat(pids).allSatisfy(pid -> assertThat(ProcessHandle.of(pid)).isEmpty());
  }

  @Test
  void boxOutlivesTheThreadThatStartedIt() throws Exception {
    // bwrap's --die-with-parent fires when the starting *thread* ends: boxes start on one thread.
    BubblewrapSandbox sandbox = bubblewrap();
    AtomicReference<SandboxProcess> started = new AtomicReference<>();
    Thread starter =
        new Thread(
            () -> {
              try {
                started.set(sandbox.start(python("import time; time.sleep(5)")));
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
            });
    starter.start();
    starter.join();

    try (SandboxProcess process = started.get()) {
      Thread.sleep(300);
      assertThat(process.isAlive()).isTrue();
    }
  }

  @Test
  void peakMemoryCoversTheWholeTree() throws Exception {
    BubblewrapSandbox sandbox = bubblewrap();
    String code =
        """
        import os, time
        for _ in range(3):
            if os.fork() == 0:
                block = bytearray(40 << 20)
                for i in range(0, len(block), 4096):
                    block[i] = 1
                time.sleep(60)
        time.sleep(60)
        """;
    try (SandboxProcess process = sandbox.start(python(code))) {
      BubblewrapSandbox.Box box = (BubblewrapSandbox.Box) process;
      long deadline = System.nanoTime() + 5_000_000_000L;
      while (box.peakRssKb() < 120 * 1024 && System.nanoTime() < deadline) {
        box.rssKb();
        Thread.sleep(20);
      }

      assertThat(box.peakRssKb()).isGreaterThanOrEqualTo(120 * 1024);
    }
  }

  @Test
  void readOnlyPathsAppearWhereTheyAreOnTheHostAndStayReadOnly() throws Exception {
    BubblewrapSandbox sandbox = bubblewrap();
    Path data = dir.resolve("data");
    Files.createDirectories(data);
    Files.writeString(data.resolve("file.txt"), "hello");
    // Readable by its owner only: a box that runs as nobody gets a copy.
    Files.setPosixFilePermissions(
        data.resolve("file.txt"), PosixFilePermissions.fromString("rw-------"));
    String code =
        """
        import sys
        print(open(sys.argv[1] + "/file.txt").read())
        try:
            open(sys.argv[1] + "/file.txt", "w").write("changed")
            print("writable")
        except OSError:
            print("read-only")
        """;
    SandboxCommand base = python(code, data);
    List<String> argv = new ArrayList<>(base.argv());
    argv.add(data.toString());

    String out =
        run(sandbox, new SandboxCommand(argv, base.env(), base.readOnlyPaths(), base.limits()));

    assertThat(out).isEqualTo("hello\nread-only");
    assertThat(Files.readString(data.resolve("file.txt"))).isEqualTo("hello");
  }

  @Test
  void processSandboxDeletesPlantedLinksButNotWhatTheyPointAt() throws Exception {
    assumeTrue(runtimes.python().isPresent(), "no Python");
    Path target = dir.resolve("target");
    Files.createDirectories(target.resolve("inner"));
    Files.writeString(target.resolve("inner/keep.txt"), "keep");
    Files.writeString(dir.resolve("keep.txt"), "keep");
    String code =
        """
        import os, sys
        os.symlink(sys.argv[1], "dir-link")
        os.symlink(sys.argv[2], "file-link")
        os.makedirs("a/b")
        os.symlink(sys.argv[1] + "/inner", "a/b/inner-link")
        print(os.getcwd())
        """;
    SandboxCommand base = python(code);
    List<String> argv = new ArrayList<>(base.argv());
    argv.addAll(List.of(target.toString(), dir.resolve("keep.txt").toString()));

    String workDir =
        run(
            new ProcessSandbox(),
            new SandboxCommand(argv, base.env(), base.readOnlyPaths(), base.limits()));

    assertThat(Path.of(workDir)).doesNotExist();
    assertThat(target.resolve("inner/keep.txt")).hasContent("keep");
    assertThat(dir.resolve("keep.txt")).hasContent("keep");
  }

  @Test
  void bubblewrapIsChosenWhereItWorks() {
    assumeTrue(bubblewrapWorks, "bubblewrap cannot run here");

    Sandboxes.Choice choice = Sandboxes.choose(null, BubblewrapSandbox.DEFAULT_BWRAP);

    assertThat(choice.sandbox()).isInstanceOf(BubblewrapSandbox.class);
    assertThat(choice.sandbox().hardened()).isTrue();
    assertThat(choice.reason()).contains("works");
  }

  @Test
  void processSandboxIsChosenWithItsReasonWhereBubblewrapIsMissing() {
    Sandboxes.Choice choice = Sandboxes.choose("", dir.resolve("no-bwrap"));

    assertThat(choice.sandbox()).isInstanceOf(ProcessSandbox.class);
    assertThat(choice.sandbox().hardened()).isFalse();
    assertThat(choice.reason()).contains("no-bwrap is not installed", "apt-get install bubblewrap");
  }

  @Test
  void processSandboxCanBeForcedWhereBubblewrapWorks() {
    Sandboxes.Choice choice = Sandboxes.choose("process", BubblewrapSandbox.DEFAULT_BWRAP);

    assertThat(choice.sandbox()).isInstanceOf(ProcessSandbox.class);
    assertThat(choice.reason()).isEqualTo("ONSITE_SANDBOX=process forces the process sandbox");
  }

  @Test
  void forcingBubblewrapWhereItCannotRunFailsWithOneLine() {
    assertThatThrownBy(() -> Sandboxes.choose("bubblewrap", dir.resolve("no-bwrap")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("ONSITE_SANDBOX=bubblewrap but ")
        .hasMessageContaining("is not installed")
        .hasMessageNotContaining("\n");
  }

  @Test
  void unknownSandboxNameIsRefused() {
    assertThatThrownBy(() -> Sandboxes.choose("docker", BubblewrapSandbox.DEFAULT_BWRAP))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("ONSITE_SANDBOX must be 'process' or 'bubblewrap', was 'docker'");
  }

  /** The box's host pids once at least {@code count} processes are up (bwrap included). */
  private static List<Long> waitForTree(BubblewrapSandbox.Box box, int count)
      throws InterruptedException {
    long deadline = System.nanoTime() + 5_000_000_000L;
    List<Long> pids = box.pids();
    while (pids.size() < count && System.nanoTime() < deadline) {
      Thread.sleep(20);
      pids = box.pids();
    }
    assertThat(pids).hasSizeGreaterThanOrEqualTo(count);
    return pids;
  }
}
