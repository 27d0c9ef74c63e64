package dev.onsite.judge.bench;

import dev.onsite.judge.Judge;
import dev.onsite.judge.JudgeListener;
import dev.onsite.judge.lang.Language;
import dev.onsite.judge.problem.PackageLoader;
import dev.onsite.judge.problem.ProblemPackage;
import dev.onsite.judge.problem.TestCase;
import dev.onsite.judge.run.HarnessRunner;
import dev.onsite.judge.sandbox.SandboxCommand;
import dev.onsite.judge.sandbox.SandboxProcess;
import dev.onsite.judge.sandbox.TreeMeter;
import dev.onsite.judge.verdict.JudgeReport;
import dev.onsite.judge.verdict.TestResult;
import dev.onsite.judge.verdict.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Measure the judge end to end on bundled packages: verdict latency for Java and Python (NumPy)
 * submissions of 20 small tests and for a PyTorch {@code nn.Module} of 10 tests on a warm judge,
 * throughput for a mix, and the naive pipeline beside it (a {@code javac} process, then one
 * sandboxed process per test).
 *
 * <p>Every submission differs from the last (a comment with its number), so the compile cache does
 * not flatter the figures. Every verdict is checked: a benchmark of wrong answers measures nothing.
 */
public final class JudgeBenchmark {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /**
   * Latency is measured as a submission arriving at an idle, warm judge: before each sample the
   * benchmark waits (untimed) for the warm pool to finish starting replacements. Throughput is
   * measured back to back, with no waiting.
   */
  private static final java.time.Duration IDLE_WAIT = java.time.Duration.ofSeconds(2);

  private final Judge judge;
  private final boolean quick;
  private final Consumer<String> progress;

  public JudgeBenchmark(Judge judge, boolean quick, Consumer<String> progress) {
    this.judge = judge;
    this.quick = quick;
    this.progress = progress;
  }

  /** Latency percentiles in milliseconds. */
  public record Stats(double p50, double p95, double p99, int samples) {
    static Stats of(List<Double> millis) {
      List<Double> sorted = new ArrayList<>(millis);
      Collections.sort(sorted);
      return new Stats(rank(sorted, 50), rank(sorted, 95), rank(sorted, 99), sorted.size());
    }

    private static double rank(List<Double> sorted, double p) {
      if (sorted.isEmpty()) {
        return 0;
      }
      int index = (int) Math.ceil(p / 100 * sorted.size()) - 1;
      return Math.round(sorted.get(Math.max(0, index)) * 10) / 10.0;
    }
  }

  /** Everything one run measured. */
  public record Result(
      Stats java,
      Stats python,
      Stats torch,
      double throughputPerSecond,
      Stats naiveJava,
      Stats naivePython,
      String sandbox,
      String machine,
      Map<String, Double> breakdownJavaMs,
      Map<String, Double> breakdownPythonMs,
      double floorJavaMs,
      double floorPythonMs,
      double cpuMsPerSubmission,
      double cpuMsPerJavaSubmission,
      double cpuMsPerPythonSubmission,
      double cpuMsPerTorchSubmission) {

    /**
     * The throughput the machine's cores could sustain if CPU were the only limit: cores divided by
     * the CPU one submission costs (0 when it could not be measured).
     */
    public double cpuBoundPerSecond() {
      return cpuMsPerSubmission > 0
          ? Math.round(cores() * 1000.0 / cpuMsPerSubmission * 10) / 10.0
          : 0;
    }

    public double speedupJava() {
      return java.p50() > 0 ? Math.round(naiveJava.p50() / java.p50() * 10) / 10.0 : 0;
    }

    public double speedupPython() {
      return python.p50() > 0 ? Math.round(naivePython.p50() / python.p50() * 10) / 10.0 : 0;
    }
  }

  public Result run() throws IOException, InterruptedException {
    Path dir = extract();
    ProblemPackage ledger = PackageLoader.load(dir.resolve("ledger"));
    ProblemPackage numpy = PackageLoader.load(dir.resolve("numpy"));
    ProblemPackage torch = PackageLoader.load(dir.resolve("torch"));
    String javaSource = Files.readString(dir.resolve("Ledger.java"));
    String pythonSource = Files.readString(dir.resolve("softmax.py"));
    String torchSource = Files.readString(dir.resolve("two_layer.py"));
    int samples = quick ? 30 : 200;
    // The naive pipeline takes seconds per sample: a few give its median well enough.
    int naiveSamples = quick ? 2 : 9;

    progress.accept("warming up");
    // As a server does when it starts: runtimes and a compile server started and warmed up.
    judge.prepare(Language.JAVA, ledger.limits().memoryMb());
    judge.prepare(Language.PYTHON, numpy.limits().memoryMb());
    judge.awaitWarm(java.time.Duration.ofSeconds(30));
    for (int i = 0; i < (quick ? 40 : 60); i++) {
      judgeChecked(ledger, Language.JAVA, variant(javaSource, "//", -i - 1));
      judgeChecked(numpy, Language.PYTHON, variant(pythonSource, "#", -i - 1));
    }

    progress.accept("java: " + samples + " submissions of 20 tests");
    Series javaRun = series(ledger, Language.JAVA, javaSource, "//", samples);
    progress.accept("python: " + samples + " submissions of 20 NumPy tests");
    Series pythonRun = series(numpy, Language.PYTHON, pythonSource, "#", samples);
    progress.accept("torch: " + samples + " submissions of a two-layer nn.Module, 10 tests");
    judge.prepare(Language.PYTHON, torch.limits().memoryMb(), torch.preload());
    judge.awaitWarm(java.time.Duration.ofSeconds(60));
    for (int i = 0; i < 5; i++) {
      judgeChecked(torch, Language.PYTHON, variant(torchSource, "#", -i - 1));
    }
    Series torchRun = series(torch, Language.PYTHON, torchSource, "#", samples);

    int mixed = quick ? 40 : 200;
    progress.accept("throughput: " + mixed + " mixed submissions, " + inFlight() + " at a time");
    ExecutorService pool = Executors.newFixedThreadPool(inFlight());
    long cpuBefore = judgeTreeCpuNanos();
    long start = System.nanoTime();
    List<Future<JudgeReport>> futures = new ArrayList<>();
    for (int i = 0; i < mixed; i++) {
      int n = 10_000 + i;
      futures.add(
          pool.submit(
              () ->
                  n % 2 == 0
                      ? judgeChecked(ledger, Language.JAVA, variant(javaSource, "//", n))
                      : judgeChecked(numpy, Language.PYTHON, variant(pythonSource, "#", n))));
    }
    for (Future<JudgeReport> future : futures) {
      try {
        future.get();
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IllegalStateException(
            "a benchmark submission failed: " + e.getCause().getMessage(), e.getCause());
      }
    }
    double throughput = mixed / (millisSince(start) / 1000.0);
    double cpuPerSubmission = round((judgeTreeCpuNanos() - cpuBefore) / 1e6 / mixed);
    pool.shutdown();
    pool.awaitTermination(1, TimeUnit.MINUTES);

    progress.accept("naive pipeline: javac and a sandboxed process per test");
    List<Double> naiveJava = new ArrayList<>();
    List<Double> naivePython = new ArrayList<>();
    for (int i = 0; i < naiveSamples; i++) {
      naiveJava.add(naiveJava(ledger, variant(javaSource, "//", 50_000 + i)));
      naivePython.add(naivePython(numpy, pythonSource));
    }

    progress.accept("breakdown: sandbox and runtime start");
    double sandboxStart = median(repeat(10, this::sandboxStart));
    ObjectNode javaJob = JSON.createObjectNode();
    javaJob.put("kind", "api");
    javaJob.put("main", "Ledger");
    javaJob.put("output_limit", 1024);
    ObjectNode classes = javaJob.putObject("classes");
    judge
        .javaCompiler()
        .compile(javaSource, java.time.Duration.ofSeconds(10))
        .classes()
        .forEach((name, bytes) -> classes.put(name, Base64.getEncoder().encodeToString(bytes)));
    ObjectNode pythonJob = JSON.createObjectNode();
    pythonJob.put("kind", "api");
    pythonJob.put("source", pythonSource);
    pythonJob.put("output_limit", 1024);
    double javaStart = median(repeat(5, () -> runtimeStart(Language.JAVA, ledger, javaJob)));
    double pythonStart = median(repeat(5, () -> runtimeStart(Language.PYTHON, numpy, pythonJob)));

    Stats java = Stats.of(javaRun.times());
    Stats python = Stats.of(pythonRun.times());
    Map<String, Double> javaBreakdown =
        breakdown(
            java.p50(),
            median(javaRun.compile()),
            sandboxStart,
            javaStart,
            median(javaRun.tests()));
    Map<String, Double> pythonBreakdown =
        breakdown(python.p50(), 0, sandboxStart, pythonStart, median(pythonRun.tests()));
    return new Result(
        java,
        python,
        Stats.of(torchRun.times()),
        Math.round(throughput * 10) / 10.0,
        Stats.of(naiveJava),
        Stats.of(naivePython),
        judge.sandbox().name(),
        machine(),
        javaBreakdown,
        pythonBreakdown,
        round(sandboxStart + median(javaRun.tests())),
        round(sandboxStart + median(pythonRun.tests())),
        cpuPerSubmission,
        javaRun.cpuMs(),
        pythonRun.cpuMs(),
        torchRun.cpuMs());
  }

  /** One language's latency run: per submission its time, compile time and time in tests. */
  private record Series(
      List<Double> times, List<Double> compile, List<Double> tests, double cpuMs) {}

  /**
   * Judge {@code samples} submissions one at a time, each arriving at an idle, warm judge; the CPU
   * figure is each submission's share: its own work and the refill of what it used.
   */
  private Series series(
      ProblemPackage pkg, Language language, String source, String comment, int samples)
      throws InterruptedException {
    List<Double> times = new ArrayList<>();
    List<Double> compile = new ArrayList<>();
    List<Double> tests = new ArrayList<>();
    judge.awaitWarm(IDLE_WAIT);
    long cpuBefore = judgeTreeCpuNanos();
    for (int i = 0; i < samples; i++) {
      judge.awaitWarm(IDLE_WAIT);
      long start = System.nanoTime();
      JudgeReport report = judgeChecked(pkg, language, variant(source, comment, i));
      times.add(millisSince(start));
      compile.add((double) report.compile().timeMs());
      tests.add((double) report.tests().stream().mapToLong(t -> t.wallMs()).sum());
    }
    judge.awaitWarm(IDLE_WAIT);
    return new Series(
        times, compile, tests, round((judgeTreeCpuNanos() - cpuBefore) / 1e6 / samples));
  }

  private static Map<String, Double> breakdown(
      double total, double compile, double sandbox, double coldStart, double tests) {
    Map<String, Double> parts = new LinkedHashMap<>();
    parts.put("compile", round(compile));
    parts.put("tests", round(tests));
    // Job transfer, the harness's per-test bookkeeping, checking, and the judge's own threads.
    parts.put("protocol_and_checking", round(Math.max(0, total - compile - tests)));
    // Paid by the warm pool ahead of demand, not by the submission: shown for comparison.
    parts.put("cold_start_saved", round(Math.max(0, coldStart - sandbox)));
    parts.put("sandbox_start", round(sandbox));
    return parts;
  }

  private JudgeReport judgeChecked(ProblemPackage pkg, Language language, String source) {
    JudgeReport report = judge.judge(pkg, language, source, JudgeListener.NONE);
    if (report.verdict() != Verdict.AC) {
      TestResult first = report.firstFailure();
      throw new IllegalStateException(
          "the benchmark's "
              + language.id()
              + " solution got "
              + report.verdict()
              + (first == null
                  ? ": " + report.message()
                  : " on " + first.name() + ": " + first.message()));
    }
    return report;
  }

  private double naiveJava(ProblemPackage pkg, String source)
      throws IOException, InterruptedException {
    long start = System.nanoTime();
    Path work = Files.createTempDirectory("onsite-naive-");
    try {
      Files.writeString(work.resolve("Ledger.java"), source);
      Path javac = judge.runtimes().javaExecutable().resolveSibling("javac");
      Process process =
          new ProcessBuilder(
                  javac.toString(),
                  "-proc:none",
                  "-d",
                  work.toString(),
                  work.resolve("Ledger.java").toString())
              .redirectErrorStream(true)
              .start();
      process.getInputStream().readAllBytes();
      if (process.waitFor() != 0) {
        throw new IllegalStateException("javac failed on the benchmark source");
      }
      ObjectNode classes = JSON.createObjectNode();
      try (var files = Files.list(work)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
          String name = file.getFileName().toString().replace(".class", "");
          classes.put(name, Base64.getEncoder().encodeToString(Files.readAllBytes(file)));
        }
      }
      for (TestCase test : pkg.tests()) {
        ObjectNode job = JSON.createObjectNode();
        job.put("kind", "api");
        job.set("classes", classes);
        job.put("main", "Ledger");
        job.put("output_limit", pkg.limits().outputBytes());
        runOne(Language.JAVA, pkg, job, test);
      }
    } finally {
      try (var files = Files.list(work)) {
        for (Path file : files.toList()) {
          Files.deleteIfExists(file);
        }
      }
      Files.deleteIfExists(work);
    }
    return millisSince(start);
  }

  private double naivePython(ProblemPackage pkg, String source) throws IOException {
    long start = System.nanoTime();
    for (TestCase test : pkg.tests()) {
      ObjectNode job = JSON.createObjectNode();
      job.put("kind", "api");
      job.put("source", source);
      job.put("output_limit", pkg.limits().outputBytes());
      runOne(Language.PYTHON, pkg, job, test);
    }
    return millisSince(start);
  }

  private void runOne(Language language, ProblemPackage pkg, ObjectNode job, TestCase test)
      throws IOException {
    ArrayNode tests = JSON.createArrayNode();
    ObjectNode payload = JSON.createObjectNode();
    payload.set("calls", JSON.readTree(Files.readString(test.input())).get("calls"));
    tests.add(payload);
    SandboxCommand command = judge.runtimes().harnessCommand(language, pkg.limits().memoryMb());
    var run =
        new HarnessRunner(judge.sandbox())
            .run(
                command,
                job,
                tests,
                2.0,
                pkg.limits().memoryMb(),
                pkg.limits().outputBytes(),
                (i, o) -> {});
    if (!run.outcomes().get(0).status().equals("ok")) {
      throw new IllegalStateException(
          "the naive " + language.id() + " run failed: " + run.outcomes().get(0).status());
    }
  }

  /** Start a harness and run one api test in it: the fixed cost of a process per test. */
  private double runtimeStart(Language language, ProblemPackage pkg, ObjectNode job)
      throws IOException {
    long start = System.nanoTime();
    runOne(language, pkg, job, pkg.tests().get(0));
    return millisSince(start);
  }

  private double sandboxStart() throws IOException {
    long start = System.nanoTime();
    SandboxCommand command =
        new SandboxCommand(
            List.of("/bin/true"),
            Map.of("PATH", "/usr/bin:/bin"),
            List.of(),
            new dev.onsite.judge.sandbox.ResourceLimits(0, 1 << 20, 64, 64));
    try (SandboxProcess process = judge.sandbox().start(command)) {
      process.stdin().close();
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return millisSince(start);
  }

  private interface Measure {
    double get() throws IOException;
  }

  private static List<Double> repeat(int times, Measure measure) throws IOException {
    List<Double> values = new ArrayList<>();
    for (int i = 0; i < times; i++) {
      values.add(measure.get());
    }
    return values;
  }

  private static double median(List<Double> values) {
    return Stats.of(values).p50();
  }

  private static String variant(String source, String comment, int n) {
    return source + "\n" + comment + " submission " + n + "\n";
  }

  private static double millisSince(long start) {
    return (System.nanoTime() - start) / 1e6;
  }

  private static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }

  /**
   * CPU used so far by this process and every box it started, running or reaped (0 without /proc,
   * so the figure is then reported as not measured).
   */
  private static long judgeTreeCpuNanos() {
    return new TreeMeter(ProcessHandle.current()).cpuNanos();
  }

  /**
   * Submissions judged at once in the throughput run: two per core, so that the cores have work
   * while submissions wait for their processes (to start, or to answer).
   */
  public static int inFlight() {
    return 2 * cores();
  }

  private static int cores() {
    return Runtime.getRuntime().availableProcessors();
  }

  /** Describe this machine: cores, memory, CPU model. */
  public static String machine() {
    long memory = 0;
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      memory = os.getTotalMemorySize();
    }
    String cpu = "";
    try {
      cpu =
          Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
              .filter(l -> l.startsWith("model name"))
              .findFirst()
              .map(l -> l.substring(l.indexOf(':') + 1).trim())
              .orElse("");
    } catch (IOException e) {
      // not Linux
    }
    return cores()
        + " cores, "
        + Math.round(memory / (1024.0 * 1024 * 1024))
        + " GiB"
        + (cpu.isEmpty() ? "" : ", " + cpu)
        + ", JDK "
        + Runtime.version().feature();
  }

  static Path extract() throws IOException {
    Path dir = Files.createTempDirectory("onsite-bench-");
    dir.toFile().deleteOnExit();
    String base = "/dev/onsite/judge/bench/";
    try (InputStream index = JudgeBenchmark.class.getResourceAsStream(base + "index.txt")) {
      if (index == null) {
        throw new IOException(
            "the bench packages are missing from the judge's jar: rebuild Onsite");
      }
      for (String name :
          new String(index.readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .filter(l -> !l.isBlank())
              .toList()) {
        try (InputStream in = JudgeBenchmark.class.getResourceAsStream(base + name)) {
          Path target = dir.resolve(name);
          Files.createDirectories(target.getParent());
          Files.write(target, in.readAllBytes());
        }
      }
    }
    return dir;
  }
}
