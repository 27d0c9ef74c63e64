package dev.onsite.judge.workspace;

import dev.onsite.harness.WorkspaceRunner;
import dev.onsite.judge.lang.Runtimes;
import dev.onsite.judge.sandbox.BoxRun;
import dev.onsite.judge.sandbox.ResourceLimits;
import dev.onsite.judge.sandbox.Sandbox;
import dev.onsite.judge.sandbox.SandboxCommand;
import dev.onsite.judge.verdict.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Judge a workspace submission: stage the starter tree, the candidate's changes and the package's
 * test files in a fresh directory, run the tests (then the structure metrics or the benchmark) in
 * one sandboxed process under a wall-clock limit, and grade what it reports.
 *
 * <p>A Python workspace runs pytest through {@code driver.py}. A Java one runs {@code
 * dev.onsite.harness.WorkspaceRunner} in one sandboxed JVM, which compiles the tree with javac and
 * runs its JUnit 5 tests on the JUnit Platform: compiling in the box, not in the judge's compile
 * servers, because a workspace is many files compiled together and its classes are needed in that
 * same box, and javac on hostile sources is then held by the box's wall limit and heap.
 *
 * <p>The staging directory is bound read-only into the box; the box copies it to its own private
 * working directory and runs there, and only one JSON line of results comes back on stdout, after a
 * nonce the judge sent on stdin. The staging directory is deleted after the run.
 *
 * <p>The code under test runs in the box beside the tests, so it can read every file staged there
 * and write whatever it likes into what the box reports. A {@link Scope} says what a judgement may
 * stage and pass on: {@link Scope#VISIBLE} stages no hidden file at all (a candidate's "run
 * tests"), {@link Scope#SEALED} stages them but passes on outcomes alone (a server's submit).
 */
public final class WorkspaceJudge {

  /** The address space of each process in the box: pytest and a small codebase use far less. */
  static final long ADDRESS_SPACE = 2L << 30;

  /** The box's private working directory holds the copy of the workspace and pytest's files. */
  static final long WORK_BYTES = 64L << 20;

  /** The heap of a Java workspace's JVM: javac, the JUnit Platform and the candidate's tests. */
  static final int JAVA_HEAP_MB = 512;

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Which tests a judgement runs, and what of the box's own words it passes on. */
  public enum Scope {
    /**
     * The visible tests only: no hidden file enters the box, so everything the box says (failure
     * messages, output) came from the candidate's own code or from files they can read anyway.
     */
    VISIBLE,
    /**
     * Every test, and all the box says: for a package's author ({@code check}) and a candidate who
     * has the package, hidden files and all, on their own disk.
     */
    ALL,
    /**
     * Every test, outcomes only: no failure message, no output line, no test name that the
     * starter's own run does not have. Code that reads a hidden file and prints it, or that forges
     * the test report, gets nothing of it out: a server's submit.
     */
    SEALED
  }

  /** The name given to a test the starter's run does not have, in a sealed judgement. */
  static final String UNKNOWN_TEST = "(a test the starter does not have: run the tests to see it)";

  private final Sandbox sandbox;
  private final Path python;
  private final Path java;

  /** The test ids of each package's starter (trusted: package code), for sealed judgements. */
  private final Map<Path, KnownTests> known = new ConcurrentHashMap<>();

  private record KnownTests(WorkspacePackage pkg, Set<String> ids) {}

  /**
   * Judge with the JDK that runs the judge for Java workspaces.
   *
   * @param sandbox where the tests run (the hardened one wherever it works)
   * @param python the Python 3 with pytest that runs them ({@code /usr/bin/python3})
   */
  public WorkspaceJudge(Sandbox sandbox, Path python) {
    this(sandbox, python, Path.of(System.getProperty("java.home"), "bin", "java"));
  }

  /**
   * @param java the {@code java} of a JDK (javac included) for Java workspaces
   */
  public WorkspaceJudge(Sandbox sandbox, Path python, Path java) {
    this.sandbox = Objects.requireNonNull(sandbox, "sandbox");
    this.python = Objects.requireNonNull(python, "python");
    this.java = Objects.requireNonNull(java, "java");
  }

  /** The starter, unchanged. */
  public WorkspaceResult judgeStarter(WorkspacePackage pkg) {
    return judge(pkg, Overlay.empty());
  }

  /** Judge the submission directory {@code dir} (an overlay, with an optional deleted.txt). */
  public WorkspaceResult judgeSubmission(WorkspacePackage pkg, Path dir) {
    return judge(pkg, Overlay.read(dir, pkg));
  }

  /**
   * Judge {@code overlay} on {@code pkg} with every test, passing on all the box says ({@link
   * Scope#ALL}).
   *
   * @throws WorkspaceException when the overlay breaks the package's limits
   */
  public WorkspaceResult judge(WorkspacePackage pkg, Overlay overlay) {
    return judge(pkg, overlay, Scope.ALL);
  }

  /**
   * Judge {@code overlay} on {@code pkg} within {@code scope}. The first sealed judgement of a
   * package also runs its starter once, to learn the names of its tests.
   *
   * @throws WorkspaceException when the overlay breaks the package's limits
   */
  public WorkspaceResult judge(WorkspacePackage pkg, Overlay overlay, Scope scope) {
    Objects.requireNonNull(scope, "scope");
    checkLimits(pkg, overlay);
    Set<String> trusted = scope == Scope.SEALED ? knownTests(pkg) : null;
    Path stage;
    try {
      stage = Files.createTempDirectory("onsite-ws-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a staging directory", e);
    }
    try {
      stage(pkg, overlay, stage, scope);
      return run(pkg, overlay, stage, trusted);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot stage the workspace: " + e.getMessage(), e);
    } finally {
      BoxRun.deleteTree(stage);
    }
  }

  /** The ids of the tests the unchanged starter reports: the names a sealed result may show. */
  private Set<String> knownTests(WorkspacePackage pkg) {
    KnownTests k = known.get(pkg.root());
    if (k == null || k.pkg() != pkg) {
      WorkspaceResult starter = judge(pkg, Overlay.empty(), Scope.ALL);
      k = new KnownTests(pkg, Set.copyOf(starter.tests().stream().map(WorkspaceTest::id).toList()));
      known.put(pkg.root(), k);
    }
    return k.ids();
  }

  /**
   * Check {@code overlay} against the package's limits and path rules without running anything, as
   * a server does before it stores a submission.
   *
   * @throws WorkspaceException naming the file or the limit at fault
   */
  public static void checkLimits(WorkspacePackage pkg, Overlay overlay) {
    WorkspaceLimits limits = pkg.limits();
    if (overlay.files().size() > limits.maxFiles()) {
      throw new WorkspaceException(
          overlay.files().size()
              + " files added or changed; the most is "
              + limits.maxFiles()
              + " (max_files in workspace.yaml)");
    }
    long bytes = overlay.files().values().stream().mapToLong(b -> b.length).sum();
    if (bytes > limits.maxBytes()) {
      throw new WorkspaceException(
          "the changed files hold "
              + bytes
              + " bytes; the most is "
              + limits.maxBytes()
              + " (max_bytes in workspace.yaml)");
    }
    for (String path : overlay.files().keySet()) {
      String problem = Overlay.pathProblem(path);
      if (problem != null) {
        throw new WorkspaceException(problem);
      }
      Overlay.text(Path.of(path), overlay.files().get(path));
    }
    for (String path : overlay.deleted()) {
      String problem = Overlay.pathProblem(path);
      if (problem != null) {
        throw new WorkspaceException(problem);
      }
    }
  }

  /**
   * Write the workspace the box will see: the starter, the changes, then the package's test files
   * on top (the visible ones, and the hidden ones unless {@code scope} is {@link Scope#VISIBLE}),
   * so that deleting or editing one changes nothing.
   *
   * @return the staged files
   */
  static Map<String, byte[]> stage(WorkspacePackage pkg, Overlay overlay, Path stage, Scope scope)
      throws IOException {
    boolean withHidden = scope != Scope.VISIBLE;
    Map<String, byte[]> files = new TreeMap<>(pkg.tree());
    overlay.deleted().forEach(files::remove);
    files.putAll(overlay.files());
    for (String test : pkg.visibleTests()) {
      files.put(test, pkg.tree().get(test));
    }
    if (withHidden) {
      files.putAll(pkg.hidden());
    } else {
      // A file of the candidate's at a hidden path gives way to the package's on submit: a run
      // leaves it out as well, so that both run the same code.
      pkg.hidden().keySet().forEach(files::remove);
    }
    // A directory and a file of the same name cannot both be written.
    Set<String> dirs = new TreeSet<>();
    for (String path : files.keySet()) {
      for (int i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) {
        dirs.add(path.substring(0, i));
      }
    }
    for (String path : files.keySet()) {
      if (dirs.contains(path)) {
        throw new WorkspaceException(
            "'" + path + "' is a file, but other files are inside a directory of that name");
      }
    }
    write(stage.resolve("ws"), files);
    if (pkg.round() == Round.REFACTORING) {
      write(stage.resolve("starter"), pkg.tree());
    }
    if (!pkg.isJava()) {
      try (InputStream driver = WorkspaceJudge.class.getResourceAsStream("driver.py")) {
        if (driver == null) {
          throw new IllegalStateException("driver.py is missing from the judge's jar");
        }
        Files.write(stage.resolve("driver.py"), driver.readAllBytes());
      }
    }
    Map<String, Object> spec = new LinkedHashMap<>();
    if (pkg.isJava()) {
      spec.put("hidden", withHidden ? new TreeSet<>(pkg.hidden().keySet()) : List.of());
      spec.put("test_timeout_seconds", testTimeoutSeconds(pkg));
    }
    if (pkg.round() == Round.REFACTORING) {
      spec.put("metric_files", sources(files.keySet(), pkg));
      spec.put("metric_files_before", sources(pkg.tree().keySet(), pkg));
    }
    pkg.benchmark()
        .filter(b -> withHidden || !pkg.hidden().containsKey(b.script()))
        .ifPresent(
            b ->
                spec.put(
                    "benchmark",
                    Map.of(
                        "script",
                        b.script(),
                        "metric",
                        b.target().metric(),
                        "timeout_seconds",
                        b.timeoutSeconds())));
    Files.writeString(stage.resolve("spec.json"), JSON.writeValueAsString(spec));
    BoxRun.makeReadable(stage);
    return files;
  }

  /**
   * How long one Java test may run before it fails as timed out: a quarter of the wall limit, so
   * that one endless loop leaves time for the other tests.
   */
  static int testTimeoutSeconds(WorkspacePackage pkg) {
    return Math.max(1, pkg.limits().wallSeconds() / 4);
  }

  /** The sources the structure metrics cover: not tests, not hidden files. */
  private static List<String> sources(Set<String> paths, WorkspacePackage pkg) {
    return paths.stream()
        .filter(p -> pkg.isJava() ? p.startsWith("src/main/java/") : p.endsWith(".py"))
        .filter(p -> pkg.isJava() ? p.endsWith(".java") : !p.startsWith("tests/"))
        .filter(p -> !WorkspacePackage.isTestFile(p))
        .filter(p -> !pkg.hidden().containsKey(p))
        .sorted()
        .toList();
  }

  private static void write(Path root, Map<String, byte[]> files) throws IOException {
    Files.createDirectories(root);
    for (var e : files.entrySet()) {
      Path target = root.resolve(e.getKey()).normalize();
      if (!target.startsWith(root)) {
        throw new WorkspaceException("'" + e.getKey() + "' escapes the workspace");
      }
      Files.createDirectories(target.getParent());
      Files.write(target, e.getValue());
    }
  }

  /**
   * @param trusted the test names a sealed result may show, or null when the result is not sealed
   */
  private WorkspaceResult run(
      WorkspacePackage pkg, Overlay overlay, Path stage, Set<String> trusted) throws IOException {
    SandboxCommand command = pkg.isJava() ? javaCommand(stage) : pythonCommand(stage);
    String nonce = HexFormat.of().formatHex(bytes());
    BoxRun.Finished run =
        BoxRun.run(
            sandbox,
            command,
            (nonce + "\n").getBytes(StandardCharsets.UTF_8),
            pkg.limits().wallSeconds() * 1000L,
            4 << 20,
            64 << 10);
    boolean timedOut = run.timedOut();
    int status = run.status();
    String stdout = new String(run.stdout(), StandardCharsets.UTF_8);
    long wallMs = run.wallMs();
    List<String> changed = overlay.changedPaths();
    List<String> deleted = new TreeSet<>(overlay.deleted()).stream().toList();
    if (timedOut) {
      return WorkspaceResult.untested(
          Verdict.TLE,
          "the run passed the wall limit of "
              + pkg.limits().wallSeconds()
              + " s (an infinite loop, or a far too slow algorithm?)",
          changed,
          deleted,
          wallMs);
    }
    JsonNode result = null;
    for (String line : stdout.split("\n")) {
      if (line.startsWith(nonce + " ")) {
        result = JSON.readTree(line.substring(nonce.length() + 1));
      }
    }
    if (result == null) {
      String why = "the run ended without a result (exit " + status + ")";
      if (trusted == null) {
        why += ": " + run.lastErrorLine("no message");
      }
      return WorkspaceResult.untested(Verdict.RE, why, changed, deleted, wallMs);
    }
    return grade(pkg, result, changed, deleted, wallMs, trusted);
  }

  private SandboxCommand pythonCommand(Path stage) {
    Map<String, String> env = new TreeMap<>();
    env.put("PATH", "/usr/bin:/bin");
    env.put("LANG", "C.UTF-8");
    env.put("PYTHONHASHSEED", "0");
    env.put("PYTHONIOENCODING", "utf-8");
    return new SandboxCommand(
        List.of(python.toString(), "-I", "-B", stage.resolve("driver.py").toString()),
        env,
        List.of(python, stage),
        new ResourceLimits(ADDRESS_SPACE, WORK_BYTES, 256, 128));
  }

  /** One JVM that compiles the tree and runs its tests ({@code WorkspaceRunner}). */
  private SandboxCommand javaCommand(Path stage) {
    List<Path> classPath = Runtimes.javaWorkspaceClassPath();
    Path javaHome = java.toAbsolutePath().getParent().getParent();
    List<String> argv = new ArrayList<>();
    argv.add(java.toString());
    argv.add("-Xmx" + JAVA_HEAP_MB + "m");
    argv.addAll(
        List.of(
            "-Xss16m",
            "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1",
            "-XX:-UsePerfData",
            "-XX:-UseContainerSupport",
            "-Xshare:auto",
            "-XX:MaxMetaspaceSize=256m",
            "-Xlog:disable",
            "-Xlog:all=warning:stderr",
            "-Dfile.encoding=UTF-8",
            "-Dstdout.encoding=UTF-8",
            "-cp",
            String.join(":", classPath.stream().map(Path::toString).toList()),
            "dev.onsite.harness.WorkspaceRunner",
            stage.toString()));
    List<Path> readOnly = new ArrayList<>(List.of(javaHome, stage));
    readOnly.add(classPath.getFirst().getParent());
    return new SandboxCommand(
        argv,
        Map.of("PATH", "/usr/bin:/bin", "LANG", "C.UTF-8"),
        readOnly,
        new ResourceLimits(0, WORK_BYTES, 256, 256));
  }

  private static byte[] bytes() {
    byte[] b = new byte[16];
    RANDOM.nextBytes(b);
    return b;
  }

  /** Grade the driver's report, every word of it passed on. */
  static WorkspaceResult grade(
      WorkspacePackage pkg, JsonNode result, List<String> changed, List<String> deleted, long ms) {
    return grade(pkg, result, changed, deleted, ms, null);
  }

  /**
   * Grade the driver's report.
   *
   * @param trusted when not null, the result is sealed: only these test names are shown as they
   *     came, and no message written in the box is passed on (compile errors excepted: javac runs
   *     before any of the candidate's code, and it never quotes a hidden file)
   */
  static WorkspaceResult grade(
      WorkspacePackage pkg,
      JsonNode result,
      List<String> changed,
      List<String> deleted,
      long ms,
      Set<String> trusted) {
    boolean sealed = trusted != null;
    JsonNode compile = result.path("compile");
    if (compile.isObject() && !compile.path("ok").asBoolean(true)) {
      String message = compile.path("message").asString("");
      if (sealed && !hiddenCompileError(pkg, message)) {
        // The compile error of a visible file: "run tests" shows it in full.
        message = "a file of yours has an error (run the tests to see it)";
      }
      return WorkspaceResult.untested(
          Verdict.CE, "does not compile: " + message, changed, deleted, ms);
    }
    if (result.has("error")) {
      return WorkspaceResult.untested(
          Verdict.RE,
          sealed
              ? "the test run failed (run the tests to see why)"
              : "the test run failed: " + result.path("error").asString(""),
          changed,
          deleted,
          ms);
    }
    List<WorkspaceTest> tests = new ArrayList<>();
    List<String> timedOut = new ArrayList<>();
    for (JsonNode t : result.path("tests")) {
      String file = t.path("file").asString("");
      boolean hidden = pkg.hidden().containsKey(file);
      String id = t.path("id").asString("");
      String message = t.path("message").asString("");
      if (sealed) {
        id = trusted.contains(id) ? id : sealedName(pkg, file);
        message = "";
      }
      if (t.path("timeout").asBoolean(false)) {
        timedOut.add(id);
      }
      tests.add(new WorkspaceTest(id, hidden, t.path("outcome").asString("error"), message));
    }
    long passed = tests.stream().filter(WorkspaceTest::passed).count();
    boolean green = !tests.isEmpty() && passed == tests.size();
    double testShare = tests.isEmpty() ? 0 : (double) passed / tests.size();
    String testLine =
        tests.isEmpty()
            ? (pkg.isJava()
                ? "no tests ran"
                : "no tests ran (pytest exit " + result.path("pytest_exit").asInt(-1) + ")")
            : passed + "/" + tests.size() + " tests pass";
    if (!timedOut.isEmpty()) {
      return new WorkspaceResult(
          Verdict.TLE,
          100 * testShare,
          testLine
              + "; "
              + timedOut.size()
              + " passed the time limit of "
              + testTimeoutSeconds(pkg)
              + " s per test (an infinite loop?), first "
              + timedOut.getFirst(),
          tests,
          Map.of(),
          Map.of(),
          List.of(),
          changed,
          deleted,
          ms);
    }

    Map<String, Double> before = metrics(result.path("before"));
    Map<String, Double> after = metrics(result.path("after"));
    List<TargetResult> targets = new ArrayList<>();
    String measureError = null;
    for (Target target : pkg.targets()) {
      targets.add(
          new TargetResult(
              target,
              before.getOrDefault(target.metric(), Double.NaN),
              after.getOrDefault(target.metric(), Double.NaN)));
    }
    if (result.path("after").has("error")) {
      // Measured by the driver on the staged files, which no code of the candidate's can change.
      measureError = result.path("after").path("error").asString("");
    }
    if (pkg.benchmark().isPresent()) {
      Benchmark b = pkg.benchmark().get();
      JsonNode bench = result.path("benchmark");
      double value = bench.has("value") ? bench.path("value").asDouble() : Double.NaN;
      targets.add(new TargetResult(b.target(), Double.NaN, value));
      if (bench.has("error")) {
        measureError =
            sealed
                ? "benchmark: it did not report " + b.target().metric()
                : "benchmark: " + bench.path("error").asString("");
      } else if (!bench.isObject()) {
        measureError = "benchmark: not run (it runs on submit)";
      }
    }
    if (pkg.round() == Round.DEBUGGING) {
      return new WorkspaceResult(
          green ? Verdict.AC : Verdict.WA,
          100 * testShare,
          testLine,
          tests,
          before,
          after,
          targets,
          changed,
          deleted,
          ms);
    }
    long met = targets.stream().filter(TargetResult::met).count();
    double score = 50 * testShare + (green ? 50.0 * met / targets.size() : 0);
    boolean accepted = green && met == targets.size();
    StringBuilder summary = new StringBuilder(testLine);
    for (TargetResult t : targets) {
      summary.append("; ").append(t.describe());
    }
    if (measureError != null && !measureError.isBlank()) {
      summary.append("; ").append(measureError);
    }
    return new WorkspaceResult(
        accepted ? Verdict.AC : Verdict.WA,
        Math.min(100, score),
        summary.toString(),
        tests,
        before,
        after,
        targets,
        changed,
        deleted,
        ms);
  }

  /**
   * Whether {@code message} is the harness's own words for a hidden test that does not compile
   * against the candidate's code, naming a hidden file of the package and nothing else.
   */
  private static boolean hiddenCompileError(WorkspacePackage pkg, String message) {
    return pkg.hidden().keySet().stream()
        .map(path -> path.substring(path.lastIndexOf('/') + 1))
        .anyMatch(
            name ->
                message.equals(
                    WorkspaceRunner.HIDDEN_COMPILE_ERROR_BEFORE
                        + name
                        + WorkspaceRunner.HIDDEN_COMPILE_ERROR_AFTER));
  }

  /** What a sealed result calls a test its starter does not have: its file, when a test file. */
  private static String sealedName(WorkspacePackage pkg, String file) {
    boolean testFile = pkg.hidden().containsKey(file) || pkg.tree().containsKey(file);
    return testFile && WorkspacePackage.isTestFile(file) ? file + " " + UNKNOWN_TEST : UNKNOWN_TEST;
  }

  private static Map<String, Double> metrics(JsonNode node) {
    Map<String, Double> out = new TreeMap<>();
    for (String metric : Target.STRUCTURE) {
      if (node.path(metric).isNumber()) {
        out.put(metric, node.path(metric).asDouble());
      }
    }
    return out;
  }
}
