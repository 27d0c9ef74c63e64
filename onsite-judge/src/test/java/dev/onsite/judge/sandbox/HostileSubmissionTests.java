package dev.onsite.judge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.onsite.judge.Judge;
import dev.onsite.judge.JudgeListener;
import dev.onsite.judge.lang.Language;
import dev.onsite.judge.lang.Runtimes;
import dev.onsite.judge.problem.PackageLoader;
import dev.onsite.judge.problem.ProblemPackage;
import dev.onsite.judge.verdict.JudgeReport;
import dev.onsite.judge.verdict.TestResult;
import dev.onsite.judge.verdict.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile submissions, judged for real through the {@link Judge} in the sandbox this machine uses:
 * each gets its verdict, leaves the host exactly as it was (checked from the host: files, a TCP and
 * a UDP listener, processes, a canary, a secret), and the judge then judges a normal submission
 * correctly.
 *
 * <p>Programs live in {@code src/test/resources/hostile/} (see its README). Attacks that only the
 * hardened sandbox contains, and that would harm the host under the process sandbox (killing every
 * process it can, fork bombs), run only where bubblewrap works; CI installs it.
 */
class HostileSubmissionTests {

  @TempDir static Path hostDir;

  private static Sandbox sandbox;
  private static Judge judge;

  /** A judge with a warm pool: in the hardened sandbox, its Python submissions fork a zygote. */
  private static Judge warmJudge;

  private static ProblemPackage sum;
  private static ProblemPackage probe;
  private static Host host;

  /**
   * A bomb that several limits can stop (processes, threads, stack, memory, CPU) is contained by
   * whichever it reaches first, and on a loaded machine that is often the CPU time limit.
   */
  private static final Set<Verdict> KILLED = EnumSet.of(Verdict.TLE, Verdict.MLE, Verdict.RE);

  /**
   * A memory bomb is contained when it is stopped for memory or, on a loaded machine where filling
   * pages takes longer than the time limit, for time: either way it never reaches the host.
   */
  private static final Set<Verdict> CONTAINED_MEMORY = EnumSet.of(Verdict.MLE, Verdict.TLE);

  private static final Map<Language, String> NORMAL =
      Map.of(
          Language.PYTHON,
          "a, b = map(int, input().split())\nprint(a + b)\n",
          Language.JAVA,
          """
          import java.util.*;
          public class Normal {
            public static void main(String[] args) {
              Scanner in = new Scanner(System.in);
              System.out.println(in.nextLong() + in.nextLong());
            }
          }
          """);

  /** One hostile program and what must come of it. */
  record Hostile(String file, Set<Verdict> verdicts, boolean hardenedOnly, boolean zygote) {
    Hostile(String file, Set<Verdict> verdicts, boolean hardenedOnly) {
      this(file, verdicts, hardenedOnly, false);
    }

    /** The same attack on a submission forked by a zygote that serves the next one too. */
    Hostile forked() {
      return new Hostile(file, verdicts, true, true);
    }

    Language language() {
      return file.endsWith(".py") ? Language.PYTHON : Language.JAVA;
    }

    ProblemPackage pkg() {
      return file.startsWith("probe_") || file.startsWith("ApiProbe") ? probe : sum;
    }
  }

  static Stream<Arguments> battery() {
    return Stream.of(
            // Python: the host's files, secrets and processes
            contained("read_canary.py"),
            contained("read_host_secrets.py"),
            contained("list_host.py"),
            contained("write_outside.py"),
            contained("probe_canary.py"),
            // Python: the network
            contained("connect_tcp.py"),
            contained("send_udp.py"),
            // Python: resources
            hardened("fork_bomb.py", KILLED),
            anywhere("thread_bomb.py", Verdict.AC),
            anywhere("memory_bomb.py", CONTAINED_MEMORY),
            anywhere("memory_tree_bomb.py", CONTAINED_MEMORY),
            contained("fill_disk.py"),
            anywhere("stdout_flood.py", Verdict.OLE),
            anywhere("raw_stdout_flood.py", Verdict.OLE),
            anywhere("stderr_flood.py", Verdict.TLE),
            anywhere("sleep_forever.py", Verdict.TLE),
            anywhere("ignore_sigterm.py", Verdict.TLE),
            anywhere("segfault.py", Verdict.RE),
            // Python: processes and the judge's own files
            contained("kill_parent.py"),
            contained("survivor_daemon.py"),
            contained("escape_namespaces.py"),
            anywhere("plant_symlinks.py", Verdict.AC),
            // Java: the host's files, secrets, processes and network
            contained("ReadCanary.java"),
            contained("HostSecrets.java"),
            contained("WriteOutside.java"),
            contained("ApiProbe.java"),
            contained("ConnectTcp.java"),
            // Java: resources
            hardened("ThreadBomb.java", KILLED),
            hardened("ForkBomb.java", KILLED),
            anywhere("HeapBomb.java", CONTAINED_MEMORY),
            anywhere("OffHeapBomb.java", CONTAINED_MEMORY),
            anywhere("DeepStack.java", KILLED),
            anywhere("StdoutFlood.java", Verdict.OLE),
            anywhere("RawStdoutFlood.java", Verdict.OLE),
            anywhere("SleepForever.java", Verdict.TLE),
            anywhere("IgnoreSigterm.java", Verdict.TLE),
            // Java: processes and the judge's own files
            contained("SurvivorDaemon.java"),
            contained("KillEverything.java"),
            anywhere("PlantSymlinks.java", Verdict.AC))
        .flatMap(
            h ->
                h.language() == Language.PYTHON
                    ? Stream.of(
                        Arguments.of(Named.of(h.file(), h)),
                        Arguments.of(Named.of(h.file() + " (zygote)", h.forked())))
                    : Stream.of(Arguments.of(Named.of(h.file(), h))));
  }

  /** An attack only the hardened sandbox stops; the program answers correctly when it fails. */
  private static Hostile contained(String file) {
    return new Hostile(file, EnumSet.of(Verdict.AC), true);
  }

  /** An attack that would hurt the host without the hardened sandbox. */
  private static Hostile hardened(String file, Set<Verdict> verdicts) {
    return new Hostile(file, verdicts, true);
  }

  /** An attack every sandbox must contain. */
  private static Hostile anywhere(String file, Verdict verdict) {
    return new Hostile(file, EnumSet.of(verdict), false);
  }

  private static Hostile anywhere(String file, Set<Verdict> verdicts) {
    return new Hostile(file, verdicts, false);
  }

  @BeforeAll
  static void setUp() throws IOException {
    sandbox = Sandboxes.detect();
    judge = new Judge(sandbox, Runtimes.detect());
    warmJudge = new Judge(sandbox, Runtimes.detect(), 1);
    sum = PackageLoader.load(resource("hostile/packages/sum"));
    probe = PackageLoader.load(resource("hostile/packages/probe"));
    host = new Host(hostDir);
  }

  @AfterAll
  static void tearDown() {
    if (warmJudge != null) {
      warmJudge.close();
    }
    if (host != null) {
      host.close();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("battery")
  void hostileSubmissionGetsItsVerdictLeavesTheHostAloneAndTheJudgeCarriesOn(Hostile hostile)
      throws Exception {
    assumeTrue(
        !hostile.hardenedOnly() || sandbox.hardened(),
        "needs the hardened sandbox (bubblewrap); this machine uses " + sandbox.name());
    assumeTrue(hostile.language() != Language.PYTHON || Runtimes.detect().python().isPresent());
    String marker = host.newMarker();
    String source = host.render(read("hostile/" + folder(hostile) + "/" + hostile.file()), marker);

    Judge judge = hostile.zygote() ? warmJudge : HostileSubmissionTests.judge;
    if (hostile.zygote()) {
      judge.prepare(Language.PYTHON, hostile.pkg().limits().memoryMb());
      judge.awaitWarm(java.time.Duration.ofSeconds(10));
    }
    long started = System.nanoTime();
    JudgeReport report = judge.judge(hostile.pkg(), hostile.language(), source, JudgeListener.NONE);
    long tookMs = (System.nanoTime() - started) / 1_000_000;

    assertThat(report.verdict()).as(describe(report)).isIn(hostile.verdicts());
    if (report.verdict() == Verdict.MLE && hostile.file().equals("memory_tree_bomb.py")) {
      // No single process is over the limit: only the whole tree's peak shows why.
      assertThat(report.firstFailure().memoryKb()).isGreaterThan(128 * 1024);
    }
    assertThat(tookMs).as("the judge answered within the wall-clock limits").isLessThan(20_000);
    host.assertUntouched(marker, report);

    JudgeReport next =
        judge.judge(sum, hostile.language(), NORMAL.get(hostile.language()), JudgeListener.NONE);
    assertThat(next.verdict()).as(describe(next)).isEqualTo(Verdict.AC);
  }

  @Test
  void twoSubmissionsJudgedAtOnceCannotSeeEachOther() throws Exception {
    assumeTrue(sandbox.hardened(), "needs the hardened sandbox (bubblewrap)");
    assumeTrue(Runtimes.detect().python().isPresent());
    String marker = host.newMarker();
    String holder = host.render(read("hostile/python/hold_secret.py"), marker);
    String snoop = host.render(read("hostile/python/snoop_neighbour.py"), marker);

    CompletableFuture<JudgeReport> held =
        CompletableFuture.supplyAsync(
            () -> judge.judge(sum, Language.PYTHON, holder, JudgeListener.NONE));
    CompletableFuture<JudgeReport> snooped =
        CompletableFuture.supplyAsync(
            () -> judge.judge(sum, Language.PYTHON, snoop, JudgeListener.NONE));

    assertThat(held.get().verdict()).as(describe(held.get())).isEqualTo(Verdict.AC);
    assertThat(snooped.get().verdict()).as(describe(snooped.get())).isEqualTo(Verdict.AC);
    host.assertUntouched(marker, snooped.get());
  }

  @Test
  void heavyCompileTimeWorkIsJudgedAndTheJudgeCarriesOn() {
    // Nested conditional generic calls: javac's inference time doubles with each level.
    String source = slowToCompile(8);

    JudgeReport report = judge.judge(sum, Language.JAVA, source, JudgeListener.NONE);

    assertThat(report.verdict()).as(describe(report)).isEqualTo(Verdict.AC);
    assertThat(report.compile().timeMs()).isLessThan(10_000);
    assertThat(judge.judge(sum, Language.JAVA, NORMAL.get(Language.JAVA), JudgeListener.NONE))
        .extracting(JudgeReport::verdict)
        .isEqualTo(Verdict.AC);
  }

  @Test
  void compilationThatFillsTheCompilersHeapIsStoppedAndTheJudgeCarriesOn() {
    // Constant folding doubles a string at each step: javac builds each constant in its own heap.
    StringBuilder fields = new StringBuilder("  static final String S0 = \"0123456789abcdef\";\n");
    for (int i = 1; i <= 30; i++) {
      fields.append("  static final String S%d = S%d + S%d;%n".formatted(i, i - 1, i - 1));
    }
    String source =
        "public class Balloon {\n%s  public static void main(String[] a) {}\n}\n".formatted(fields);

    JudgeReport report = judge.judge(sum, Language.JAVA, source, JudgeListener.NONE);

    assertThat(report.verdict()).isEqualTo(Verdict.CE);
    assertThat(report.compile().message())
        .startsWith("compilation stopped: ")
        .contains("MiB of memory");
    assertThat(judge.judge(sum, Language.JAVA, NORMAL.get(Language.JAVA), JudgeListener.NONE))
        .extracting(JudgeReport::verdict)
        .isEqualTo(Verdict.AC);
  }

  @Test
  void compilationPastItsTimeLimitIsStoppedAtTheLimit() {
    long started = System.nanoTime();

    JudgeReport report = judge.judge(sum, Language.JAVA, slowToCompile(13), JudgeListener.NONE);

    // Stopped at the deadline or by the compiler's heap cap, whichever comes first.
    assertThat(report.verdict()).isEqualTo(Verdict.CE);
    assertThat(report.compile().message()).startsWith("compilation stopped: ");
    assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(15_000);
    assertThat(judge.judge(sum, Language.JAVA, NORMAL.get(Language.JAVA), JudgeListener.NONE))
        .extracting(JudgeReport::verdict)
        .isEqualTo(Verdict.AC);
  }

  @Test
  void forgedEndOfRunIsNotAccepted() throws IOException {
    String source = host.render(read("hostile/python/forge_protocol.py"), host.newMarker());

    JudgeReport report = judge.judge(sum, Language.PYTHON, source, JudgeListener.NONE);

    assertThat(report.verdict()).as(describe(report)).isNotEqualTo(Verdict.AC);
  }

  @Test
  void pythonSourceThatOverwhelmsTheCompilerIsACompileError() {
    String source = "x = " + String.join("+", java.util.Collections.nCopies(60_000, "1")) + "\n";

    JudgeReport report = judge.judge(sum, Language.PYTHON, source, JudgeListener.NONE);

    assertThat(report.verdict()).isEqualTo(Verdict.CE);
  }

  private static String slowToCompile(int depth) {
    String expression = "null";
    for (int i = 0; i < depth; i++) {
      expression = "l(args.length > " + i + " ? " + expression + " : l(null))";
    }
    return """
        import java.util.*;
        public class SlowToCompile {
          static <T> List<T> l(T t) { return null; }
          public static void main(String[] args) {
            Object o = %s;
            Scanner in = new Scanner(System.in);
            System.out.println(in.nextLong() + in.nextLong());
          }
        }
        """
        .formatted(expression);
  }

  private static String folder(Hostile hostile) {
    return hostile.language() == Language.PYTHON ? "python" : "java";
  }

  static String describe(JudgeReport report) {
    return report.verdict()
        + " "
        + report.message()
        + " "
        + report.tests().stream()
            .map(TestResult::message)
            .filter(m -> !m.isBlank())
            .collect(Collectors.joining(" | "));
  }

  static Path resource(String name) {
    try {
      return Path.of(HostileSubmissionTests.class.getClassLoader().getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static String read(String name) throws IOException {
    try (InputStream in = HostileSubmissionTests.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /**
   * What the host offers a submission to attack, and the checks that it is as it was: a canary
   * file, a writable directory, a TCP and a UDP listener, and a process holding a secret.
   */
  static final class Host implements AutoCloseable {
    private final Path canary;
    private final String canaryText = UUID.randomUUID().toString();
    private final String secret = "onsite-secret-" + UUID.randomUUID();
    private final Path outside;
    private final ServerSocket tcp;
    private final DatagramSocket udp;
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger datagrams = new AtomicInteger();
    private final Process victim;
    private final List<String> markers = new ArrayList<>();

    Host(Path dir) throws IOException {
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
      canary = dir.resolve("canary.txt");
      Files.writeString(canary, canaryText);
      Files.setPosixFilePermissions(canary, PosixFilePermissions.fromString("rw-r--r--"));
      outside = dir.resolve("outside");
      Files.createDirectories(outside.resolve("keepdir"));
      Files.writeString(outside.resolve("keep.txt"), "keep");
      Files.writeString(outside.resolve("keepdir/file"), "keep");
      // Every user may write here: only the sandbox's walls keep a submission out.
      Files.setPosixFilePermissions(outside, PosixFilePermissions.fromString("rwxrwxrwx"));
      Files.setPosixFilePermissions(
          outside.resolve("keepdir"), PosixFilePermissions.fromString("rwxrwxrwx"));
      tcp = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      tcp.setSoTimeout(200);
      udp = new DatagramSocket(0, InetAddress.getLoopbackAddress());
      udp.setSoTimeout(200);
      daemon("onsite-test-tcp", this::acceptConnections);
      daemon("onsite-test-udp", this::receiveDatagrams);
      ProcessBuilder builder = new ProcessBuilder("/bin/sh", "-c", "sleep 600; : " + secret);
      builder.environment().put("ONSITE_HOSTILE_SECRET", secret);
      victim = builder.redirectErrorStream(true).start();
    }

    String newMarker() {
      String marker =
          "onsite-"
              + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()).substring(8);
      markers.add(marker);
      return marker;
    }

    String render(String source, String marker) {
      return source
          .replace("@CANARY@", canary.toString())
          .replace("@SECRET@", secret)
          .replace("@OUTSIDE@", outside.toString())
          .replace("@UDP_PORT@", Integer.toString(udp.getLocalPort()))
          .replace("@PORT@", Integer.toString(tcp.getLocalPort()))
          .replace("@JUDGE_PID@", Long.toString(ProcessHandle.current().pid()))
          .replace("@VICTIM_PID@", Long.toString(victim.pid()))
          .replace("@MARKER@", marker)
          .replace("@HOME@", System.getProperty("user.home"))
          .replace("@WORKING_DIR@", Path.of("").toAbsolutePath().toString());
    }

    /** Check from the host that a run with {@code marker} changed nothing and leaked nothing. */
    void assertUntouched(String marker, JudgeReport report) throws Exception {
      try (Stream<Path> entries = Files.list(outside)) {
        assertThat(entries.map(p -> p.getFileName().toString()))
            .as("the host directory every user may write")
            .containsExactlyInAnyOrder("keep.txt", "keepdir");
      }
      assertThat(Files.readString(outside.resolve("keep.txt"))).isEqualTo("keep");
      assertThat(Files.readString(outside.resolve("keepdir/file"))).isEqualTo("keep");
      assertThat(Files.readString(canary)).isEqualTo(canaryText);
      assertThat(connections.get()).as("connections to the host's TCP listener").isZero();
      assertThat(datagrams.get()).as("datagrams to the host's UDP listener").isZero();
      assertThat(victim.isAlive()).as("a host process the program tried to kill").isTrue();
      assertThat(describe(report)).doesNotContain(canaryText).doesNotContain(secret);
      assertThat(survivors(marker, 2_000)).as("processes left behind").isEmpty();
    }

    /** Host processes whose name or command line carries {@code marker}, after a grace period. */
    static List<Long> survivors(String marker, long graceMs) throws InterruptedException {
      long deadline = System.nanoTime() + graceMs * 1_000_000;
      List<Long> found;
      do {
        found = marked(marker);
        if (found.isEmpty()) {
          return found;
        }
        Thread.sleep(50);
      } while (System.nanoTime() < deadline);
      return found;
    }

    static List<Long> marked(String marker) {
      List<Long> found = new ArrayList<>();
      try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
        for (Path proc : procs.toList()) {
          String name = proc.getFileName().toString();
          if (!name.chars().allMatch(Character::isDigit)) {
            continue;
          }
          String text = readQuietly(proc.resolve("comm")) + readQuietly(proc.resolve("cmdline"));
          if (text.contains(marker) && !readQuietly(proc.resolve("stat")).contains(") Z ")) {
            found.add(Long.parseLong(name));
          }
        }
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      return found;
    }

    private static String readQuietly(Path file) {
      try {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      } catch (IOException e) {
        return "";
      }
    }

    private void acceptConnections() {
      while (!tcp.isClosed()) {
        try {
          Socket socket = tcp.accept();
          connections.incrementAndGet();
          socket.close();
        } catch (SocketTimeoutException e) {
          // poll until closed
        } catch (IOException e) {
          return;
        }
      }
    }

    private void receiveDatagrams() {
      byte[] buffer = new byte[1024];
      while (!udp.isClosed()) {
        try {
          udp.receive(new DatagramPacket(buffer, buffer.length));
          datagrams.incrementAndGet();
        } catch (SocketTimeoutException e) {
          // poll until closed
        } catch (IOException e) {
          return;
        }
      }
    }

    private static void daemon(String name, Runnable body) {
      Thread thread = new Thread(body, name);
      thread.setDaemon(true);
      thread.start();
    }

    @Override
    public void close() {
      victim.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
      victim.destroyForcibly();
      // Whatever a failed run left behind.
      for (String marker : markers) {
        marked(marker)
            .forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
      }
      try {
        tcp.close();
      } catch (IOException e) {
        // closing
      }
      udp.close();
    }
  }
}
