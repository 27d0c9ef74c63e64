package dev.onsite.cli;

import dev.onsite.judge.Judge;
import dev.onsite.judge.JudgeListener;
import dev.onsite.judge.lang.Language;
import dev.onsite.judge.lang.Runtimes;
import dev.onsite.judge.problem.PackageLoader;
import dev.onsite.judge.problem.ProblemPackage;
import dev.onsite.judge.sandbox.BubblewrapSandbox;
import dev.onsite.judge.sandbox.Sandbox;
import dev.onsite.judge.sandbox.SandboxCommand;
import dev.onsite.judge.sandbox.SandboxProcess;
import dev.onsite.judge.sandbox.Sandboxes;
import dev.onsite.judge.sandbox.StreamTail;
import dev.onsite.judge.verdict.JudgeReport;
import dev.onsite.judge.verdict.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Report the sandbox in use and check each isolation property live, by running small programs in it
 * the way submissions run: the network, the host's files and processes, the environment, the
 * process and memory limits, and that nothing survives a run. Then the runtimes found.
 *
 * <p>Exits 0 when every check passes, 1 when any fails (as it does with the process sandbox, which
 * isolates nothing).
 */
@Command(
    name = "doctor",
    description =
        "Report the sandbox in use, check each isolation property live (PASS/FAIL), and list the"
            + " JDK and Python/NumPy found.")
final class DoctorCommand implements Callable<Integer> {

  private static final long RUN_LIMIT_SECONDS = 15;
  private static final int MEMORY_MB = 64;

  @Spec CommandSpec spec;

  /** The result of one isolation check. */
  record Check(String name, Status status, String detail) {}

  enum Status {
    PASS,
    FAIL,
    SKIP
  }

  /** What a probe program did: its exit status and output. */
  record Run(int status, String stdout, String stderr) {}

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Sandboxes.Choice choice;
    try {
      choice = Sandboxes.choose();
    } catch (IllegalStateException e) {
      out.println("sandbox: none: " + e.getMessage());
      out.flush();
      return Onsite.EXIT_FAILURE;
    }
    Sandbox sandbox = choice.sandbox();
    out.println(
        "sandbox: "
            + sandbox.name()
            + (sandbox.hardened() ? " (hardened)" : " (NOT hardened)")
            + ": "
            + choice.reason()
            + (sandbox instanceof BubblewrapSandbox box && box.dropsRoot()
                ? "; boxes run as uid "
                    + BubblewrapSandbox.UNPRIVILEGED_ID
                    + " since the judge runs as root"
                : ""));
    out.flush();
    Runtimes runtimes = Runtimes.detect();
    Judge judge = Workspace.judge(err);
    Path scratch = Files.createTempDirectory("onsite-doctor-");
    List<Check> checks = new ArrayList<>();
    try {
      Probes probes = new Probes(judge, runtimes, scratch);
      checks.add(probes.guarded("network blocked", probes::network));
      checks.add(probes.guarded("host files invisible", probes::hostFiles));
      checks.add(probes.guarded("host files unwritable", probes::hostWrites));
      checks.add(probes.guarded("host processes invisible", probes::hostProcesses));
      checks.add(probes.guarded("environment clean", probes::environment));
      checks.add(probes.guarded("process limit enforced", probes::processLimit));
      checks.add(probes.guarded("memory limit enforced (Python tree)", probes::pythonMemory));
      checks.add(probes.guarded("memory limit enforced (Java)", probes::javaMemory));
      checks.add(probes.guarded("no survivor after the run", probes::survivors));
    } finally {
      deleteTree(scratch);
    }
    for (Check check : checks) {
      String status =
          switch (check.status()) {
            case PASS -> Terminal.green("PASS");
            case FAIL -> Terminal.red("FAIL");
            case SKIP -> Terminal.yellow("SKIP");
          };
      out.println(
          Terminal.pad(status, 5) + " " + Terminal.pad(check.name(), 36) + " " + check.detail());
    }
    out.println("jdk: " + describeJdk(runtimes));
    out.println("python: " + describePython(runtimes, sandbox));
    for (String[] module :
        new String[][] {{"torch", "python3-torch"}, {"sklearn", "python3-sklearn"}}) {
      out.println(module[0] + ": " + describeModule(runtimes, sandbox, module[0], module[1]));
    }
    long failed = checks.stream().filter(c -> c.status() == Status.FAIL).count();
    long passed = checks.stream().filter(c -> c.status() == Status.PASS).count();
    out.println(
        "doctor: "
            + passed
            + " passed, "
            + failed
            + " failed"
            + (checks.size() > passed + failed
                ? ", " + (checks.size() - passed - failed) + " skipped"
                : ""));
    out.flush();
    return failed == 0 ? 0 : Onsite.EXIT_FAILURE;
  }

  private static String describeJdk(Runtimes runtimes) {
    Path home = runtimes.javaExecutable().getParent().getParent();
    return home + " (Java " + Runtime.version() + ")";
  }

  private static String describePython(Runtimes runtimes, Sandbox sandbox) {
    Optional<Path> python = runtimes.python();
    if (python.isEmpty()) {
      return "not found: install python3 (and python3-numpy), or set ONSITE_PYTHON";
    }
    try {
      Run run =
          new Probes(null, runtimes, null)
              .python(
                  sandbox,
                  """
                  import sys
                  try:
                      import numpy
                      numpy_version = "NumPy " + numpy.__version__
                  except ImportError:
                      numpy_version = "no NumPy (install python3-numpy)"
                  print(sys.version.split()[0] + ", " + numpy_version)
                  """);
      return python.get() + " (" + run.stdout().strip() + ", inside the sandbox)";
    } catch (IOException | RuntimeException e) {
      return python.get() + " (cannot run it in the sandbox: " + e.getMessage() + ")";
    }
  }

  /**
   * Whether {@code module} imports inside the sandbox (as a package with {@code onsite.preload}
   * would run it), and its version; one line, like NumPy's.
   */
  private static String describeModule(
      Runtimes runtimes, Sandbox sandbox, String module, String debianPackage) {
    if (runtimes.python().isEmpty()) {
      return "no Python to import it with";
    }
    try {
      Run run =
          new Probes(null, runtimes, null)
              .python(
                  sandbox,
                  List.of(module),
                  """
                  import sys
                  try:
                      import %s as m
                      print(m.__version__)
                  except ImportError as e:
                      print("missing: " + str(e))
                  """
                      .formatted(module));
      String text = run.stdout().strip();
      if (text.isEmpty() || text.startsWith("missing")) {
        return "not available ("
            + (text.isEmpty() ? StreamTail.lastLine(run.stderr().strip()) : text)
            + "): install "
            + debianPackage
            + " for the problems that preload it";
      }
      return text
          + " (importable inside the sandbox; problems with onsite.preload: ["
          + module
          + "])";
    } catch (IOException | RuntimeException e) {
      return "cannot check it in the sandbox: " + e.getMessage();
    }
  }

  /** The probe programs and how their effects are observed from the host. */
  static final class Probes {
    private final Judge judge;
    private final Runtimes runtimes;
    private final Path scratch;

    Probes(Judge judge, Runtimes runtimes, Path scratch) {
      this.judge = judge;
      this.runtimes = runtimes;
      this.scratch = scratch;
    }

    interface Probe {
      Check run(String name) throws Exception;
    }

    Check guarded(String name, Probe probe) {
      if (runtimes.python().isEmpty() && !name.contains("Java")) {
        return new Check(name, Status.SKIP, "no Python to run the probe with: install python3");
      }
      try {
        return probe.run(name);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new Check(name, Status.FAIL, "interrupted");
      } catch (Exception e) {
        return new Check(name, Status.FAIL, "the probe could not run: " + e.getMessage());
      }
    }

    Check network(String name) throws Exception {
      try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
        AtomicInteger accepted = new AtomicInteger();
        Thread acceptor = acceptor(listener, accepted);
        Run run =
            python(
                judge.sandbox(),
                """
                import socket, sys
                reached = []
                for host, port in (("127.0.0.1", int(sys.argv[1])), ("1.1.1.1", 53)):
                    s = socket.socket()
                    s.settimeout(1.0)
                    try:
                        s.connect((host, port))
                        reached.append("%s:%d" % (host, port))
                    except OSError:
                        pass
                    finally:
                        s.close()
                try:
                    socket.getaddrinfo("example.com", 443)
                    reached.append("DNS")
                except OSError:
                    pass
                print(" ".join(reached) or "none")
                """,
                Integer.toString(listener.getLocalPort()));
        acceptor.interrupt();
        String reached = run.stdout().strip();
        boolean blocked = reached.equals("none") && accepted.get() == 0;
        return new Check(
            name,
            blocked ? Status.PASS : Status.FAIL,
            blocked
                ? "no connection to a listener on 127.0.0.1:"
                    + listener.getLocalPort()
                    + ", 1.1.1.1:53 or DNS"
                : "the program reached " + reached + describe(run));
      }
    }

    Check hostFiles(String name) throws Exception {
      String secret = UUID.randomUUID().toString();
      Path canary = scratch.resolve("canary.txt");
      Files.writeString(canary, secret);
      Files.setPosixFilePermissions(scratch, PosixFilePermissions.fromString("rwxr-xr-x"));
      Files.setPosixFilePermissions(canary, PosixFilePermissions.fromString("rw-r--r--"));
      Path workingDir = Path.of("").toAbsolutePath();
      Run run =
          python(
              judge.sandbox(),
              """
              import os, sys
              seen = []
              try:
                  seen.append("canary:" + open(sys.argv[1]).read())
              except OSError:
                  pass
              try:
                  seen.append("%s:%d entries" % (sys.argv[2], len(os.listdir(sys.argv[2]))))
              except OSError:
                  pass
              print(" ".join(seen) or "none")
              """,
              canary.toString(),
              workingDir.toString());
      String seen = run.stdout().strip();
      boolean hidden = seen.equals("none");
      return new Check(
          name,
          hidden ? Status.PASS : Status.FAIL,
          hidden
              ? "a canary file in " + scratch + " and " + workingDir + " are not there"
              : "the program saw " + abbreviate(seen) + describe(run));
    }

    Check hostWrites(String name) throws Exception {
      Path target = scratch.resolve("open");
      Files.createDirectories(target);
      Files.setPosixFilePermissions(scratch, PosixFilePermissions.fromString("rwxr-xr-x"));
      Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxrwxrwx"));
      python(
          judge.sandbox(),
          """
          import sys
          try:
              open(sys.argv[1] + "/written", "w").write("x")
          except OSError:
              pass
          """,
          target.toString());
      boolean written = Files.exists(target.resolve("written"));
      return new Check(
          name,
          written ? Status.FAIL : Status.PASS,
          written
              ? "the program wrote into " + target + " (a directory every user may write)"
              : "nothing written into " + target + ", a directory every user may write");
    }

    Check hostProcesses(String name) throws Exception {
      Run run =
          python(
              judge.sandbox(),
              """
              import os, sys
              pids = [p for p in os.listdir("/proc") if p.isdigit()]
              print(len(pids), "yes" if sys.argv[1] in pids else "no")
              """,
              Long.toString(ProcessHandle.current().pid()));
      String[] seen = run.stdout().strip().split(" ");
      boolean hidden = seen.length == 2 && seen[1].equals("no") && Integer.parseInt(seen[0]) < 10;
      return new Check(
          name,
          hidden ? Status.PASS : Status.FAIL,
          hidden
              ? "the program sees "
                  + seen[0]
                  + (seen[0].equals("1") ? " process (itself)" : " processes")
                  + ", not the judge (pid "
                  + pid()
                  + ")"
              : "the program sees " + run.stdout().strip() + " (process count, judge visible)");
    }

    Check environment(String name) throws Exception {
      SandboxCommand base = runtimes.harnessCommand(Language.PYTHON, MEMORY_MB);
      Run run =
          python(
              judge.sandbox(),
              """
              import os, sys
              print(" ".join(sorted(os.environ)))
              try:
                  open("/proc/%s/environ" % sys.argv[1], "rb").read()
                  print("judge-environ-readable")
              except OSError:
                  print("judge-environ-hidden")
              """,
              Long.toString(pid()));
      List<String> lines = run.stdout().lines().toList();
      Set<String> allowed = new HashSet<>(base.env().keySet());
      allowed.addAll(List.of("HOME", "TMPDIR", "PWD", "SHLVL", "_"));
      List<String> extra =
          lines.isEmpty()
              ? List.of("(no output)")
              : Stream.of(lines.get(0).split(" "))
                  .filter(v -> !v.isEmpty() && !allowed.contains(v))
                  .toList();
      boolean hidden = lines.size() > 1 && lines.get(1).equals("judge-environ-hidden");
      boolean clean = extra.isEmpty() && hidden;
      return new Check(
          name,
          clean ? Status.PASS : Status.FAIL,
          clean
              ? "only "
                  + String.join(", ", new java.util.TreeSet<>(base.env().keySet()))
                  + ", HOME, TMPDIR"
              : Stream.of(
                      extra.isEmpty() ? "" : "host variables leak in: " + extra,
                      hidden ? "" : "the judge's environment is readable in /proc")
                  .filter(text -> !text.isEmpty())
                  .map(Probes::abbreviate)
                  .collect(java.util.stream.Collectors.joining("; ")));
    }

    Check processLimit(String name) throws Exception {
      SandboxCommand base = runtimes.harnessCommand(Language.PYTHON, MEMORY_MB);
      int limit = base.limits().maxProcesses();
      // Bounded: without a limit it stops at limit + 64 sleeping children, which die with it.
      Run run =
          python(
              judge.sandbox(),
              """
              import os, sys, time
              bound, started = int(sys.argv[1]), 0
              try:
                  while started < bound:
                      if os.fork() == 0:
                          null = os.open("/dev/null", os.O_RDWR)
                          os.dup2(null, 1)
                          os.dup2(null, 2)
                          time.sleep(5)
                          os._exit(0)
                      started += 1
              except OSError:
                  pass
              print(started)
              sys.stdout.flush()
              os._exit(0)
              """,
              Integer.toString(limit + 64));
      int started = Integer.parseInt(run.stdout().strip());
      boolean enforced = started < limit;
      return new Check(
          name,
          enforced ? Status.PASS : Status.FAIL,
          enforced
              ? "fork failed after " + started + " children (limit " + limit + ")"
              : "the program started " + started + " processes (limit " + limit + ")");
    }

    Check pythonMemory(String name) throws Exception {
      // Four children of 48 MiB each stay under the per-process address-space cap; only a limit on
      // the whole tree stops them.
      JudgeReport report =
          judgeSum(
              Language.PYTHON,
              """
              import os, time
              for _ in range(4):
                  if os.fork() == 0:
                      block = bytearray(48 << 20)
                      for i in range(0, len(block), 4096):
                          block[i] = 1
                      time.sleep(10)
                      os._exit(0)
              time.sleep(10)
              """);
      return verdictCheck(name, report, Verdict.MLE);
    }

    Check javaMemory(String name) throws Exception {
      JudgeReport report =
          judgeSum(
              Language.JAVA,
              """
              import java.util.*;
              public class Hog {
                public static void main(String[] args) {
                  List<long[]> keep = new ArrayList<>();
                  while (true) { keep.add(new long[1 << 20]); }
                }
              }
              """);
      return verdictCheck(name, report, Verdict.MLE);
    }

    Check survivors(String name) throws Exception {
      String marker = "onsite-doctor-" + UUID.randomUUID().toString().substring(0, 8);
      python(
          judge.sandbox(),
          """
          import os, sys
          if os.fork() == 0:
              os.setsid()
              if os.fork() == 0:
                  null = os.open("/dev/null", os.O_RDWR)
                  for fd in (0, 1, 2):
                      os.dup2(null, fd)
                  os.execv("/bin/sleep", [sys.argv[1], "30"])
              os._exit(0)
          os.wait()
          print("started")
          """,
          marker);
      List<ProcessHandle> survivors = processesNamed(marker);
      survivors.forEach(ProcessHandle::destroyForcibly);
      return new Check(
          name,
          survivors.isEmpty() ? Status.PASS : Status.FAIL,
          survivors.isEmpty()
              ? "a daemon the program started (setsid, double fork) is gone"
              : survivors.size() + " process(es) the program left behind were still running");
    }

    private JudgeReport judgeSum(Language language, String source) throws IOException {
      Path pkg = scratch.resolve("sum-" + language.id());
      Files.createDirectories(pkg.resolve("data/sample"));
      Files.writeString(
          pkg.resolve("problem.yaml"),
          "name: Doctor\nlimits:\n  time_limit: 2\n  memory: " + MEMORY_MB + "\n  output: 1\n");
      Files.writeString(pkg.resolve("data/sample/1.in"), "1 2\n");
      Files.writeString(pkg.resolve("data/sample/1.ans"), "3\n");
      ProblemPackage problem = PackageLoader.load(pkg);
      return judge.judge(problem, language, source, JudgeListener.NONE);
    }

    private static Check verdictCheck(String name, JudgeReport report, Verdict expected) {
      boolean ok = report.verdict() == expected;
      long peakKb = report.tests().isEmpty() ? 0 : report.tests().get(0).memoryKb();
      String peak = peakKb > 0 ? " (peak " + peakKb / 1024 + " MiB)" : "";
      return new Check(
          name,
          ok ? Status.PASS : Status.FAIL,
          ok
              ? "a program over " + MEMORY_MB + " MiB got " + expected + peak
              : "a program over "
                  + MEMORY_MB
                  + " MiB got "
                  + report.verdict()
                  + ", not "
                  + expected
                  + (report.message().isBlank() ? "" : ": " + abbreviate(report.message())));
    }

    /** Run Python {@code code} with {@code args} in {@code sandbox}, as a submission would run. */
    Run python(Sandbox sandbox, String code, String... args) throws IOException {
      return python(sandbox, List.of(), code, args);
    }

    /** Run {@code code} in the sandbox with the memory a package preloading these modules gets. */
    Run python(Sandbox sandbox, List<String> preload, String code, String... args)
        throws IOException {
      SandboxCommand base = runtimes.harnessCommand(Language.PYTHON, MEMORY_MB, preload);
      List<String> argv = new ArrayList<>();
      argv.add(base.argv().get(0));
      argv.addAll(List.of("-I", "-B", "-c", code));
      argv.addAll(List.of(args));
      SandboxCommand command =
          new SandboxCommand(argv, base.env(), base.readOnlyPaths(), base.limits());
      try (SandboxProcess process = sandbox.start(command)) {
        process.stdin().close();
        CompletableFuture<String> stdout = drain(process.stdout());
        CompletableFuture<String> stderr = drain(process.stderr());
        try {
          String text = stdout.get(RUN_LIMIT_SECONDS, TimeUnit.SECONDS);
          if (!process.isAlive() || waitUpTo(process)) {
            return new Run(process.waitFor(), text, stderr.get(1, TimeUnit.SECONDS));
          }
          return new Run(-1, text, "");
        } catch (TimeoutException e) {
          throw new IOException("the probe ran longer than " + RUN_LIMIT_SECONDS + " s");
        } catch (ExecutionException e) {
          throw new IOException(e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted");
        }
      }
    }

    private static boolean waitUpTo(SandboxProcess process) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(RUN_LIMIT_SECONDS);
      while (process.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      return !process.isAlive();
    }

    private static CompletableFuture<String> drain(InputStream in) {
      return CompletableFuture.supplyAsync(
          () -> {
            try {
              byte[] bytes = in.readNBytes(1 << 16);
              return new String(bytes, StandardCharsets.UTF_8);
            } catch (IOException e) {
              return "";
            }
          });
    }

    private static Thread acceptor(ServerSocket listener, AtomicInteger accepted) {
      Thread thread =
          new Thread(
              () -> {
                try {
                  listener.setSoTimeout(100);
                } catch (IOException e) {
                  return;
                }
                while (!Thread.currentThread().isInterrupted()) {
                  try {
                    Socket socket = listener.accept();
                    accepted.incrementAndGet();
                    socket.close();
                  } catch (SocketTimeoutException e) {
                    // poll the interrupt flag
                  } catch (IOException e) {
                    return;
                  }
                }
              },
              "onsite-doctor-listener");
      thread.setDaemon(true);
      thread.start();
      return thread;
    }

    private static List<ProcessHandle> processesNamed(String marker) {
      return ProcessHandle.allProcesses()
          .filter(p -> commandLine(p.pid()).contains(marker))
          .toList();
    }

    private static String commandLine(long pid) {
      try {
        return new String(
            Files.readAllBytes(Path.of("/proc/" + pid + "/cmdline")), StandardCharsets.UTF_8);
      } catch (IOException | RuntimeException e) {
        return "";
      }
    }

    private static long pid() {
      return ProcessHandle.current().pid();
    }

    private static String describe(Run run) {
      return run.stderr().isBlank() ? "" : " (" + abbreviate(run.stderr().strip()) + ")";
    }

    private static String abbreviate(String text) {
      String line = text.replace('\n', ' ');
      return line.length() > 120 ? line.substring(0, 117) + "..." : line;
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException | RuntimeException e) {
      // Best effort: a temporary directory.
    }
  }
}
