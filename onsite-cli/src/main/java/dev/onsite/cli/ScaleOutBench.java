package dev.onsite.cli;

import dev.onsite.cli.CatalogueBench.Client;
import dev.onsite.cli.CatalogueBench.SolutionRef;
import dev.onsite.judge.problem.ProblemPackage;
import dev.onsite.judge.problem.SubmissionFile;
import dev.onsite.judge.sandbox.TreeMeter;
import dev.onsite.judge.verdict.Verdict;
import dev.onsite.server.OnsiteServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The scale-out story measured: a server that judges nothing, a real PostgreSQL, and {@code
 * ./onsite worker} processes each confined to one core with {@code taskset}. The same burst of
 * submissions is judged by one worker, then by two; the ratio of their throughputs is what adding a
 * worker buys.
 */
final class ScaleOutBench {

  /** The packages whose accepted Java and Python solutions make the burst's mix. */
  static final List<String> MIX = List.of("rolling-peak-load", "running-latency-median");

  private final Path problemsDir;
  private final Path contentDir;
  private final boolean quick;
  private final Consumer<String> progress;

  ScaleOutBench(Path problemsDir, Path contentDir, boolean quick, Consumer<String> progress) {
    this.problemsDir = problemsDir;
    this.contentDir = contentDir;
    this.quick = quick;
    this.progress = progress;
  }

  Map<String, Object> run() throws Exception {
    Path launcher = Path.of("onsite").toAbsolutePath();
    if (!Files.isExecutable(launcher)) {
      throw new UserException(
          "the scale-out bench starts workers with ./onsite: run it from Onsite's repository root");
    }
    if (dev.onsite.judge.lang.Runtimes.onPath("taskset").isEmpty()) {
      throw new UserException(
          "the scale-out bench confines each worker to one core with taskset: install util-linux");
    }
    int cores = Runtime.getRuntime().availableProcessors();
    if (cores < 2) {
      throw new UserException("the scale-out bench needs 2 cores, one per worker; this has 1");
    }
    List<SolutionRef> mix = mix();
    int burst = quick ? 40 : 120;
    progress.accept("starting PostgreSQL (embedded, from Maven Central)");
    quietPostgresLog();
    try (EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setOutputRedirector(
                ProcessBuilder.Redirect.appendTo(
                    Files.createTempFile("onsite-bench-postgres", ".log").toFile()))
            .start()) {
      String url = newDatabase(postgres);
      Path data = Files.createTempDirectory("onsite-bench-scale-out");
      progress.accept("starting a server that queues and judges nothing itself");
      try (ConfigurableApplicationContext server =
          OnsiteServer.start(
              "--server.port=0",
              "--server.address=127.0.0.1",
              "--spring.datasource.url=" + url,
              "--onsite.judge.local=false",
              "--onsite.data-dir=" + data.resolve("server"),
              "--onsite.problems-dir=" + problemsDir.toAbsolutePath(),
              "--onsite.content-dir=" + contentDir.toAbsolutePath(),
              "--onsite.judge.max-pending-per-user=10000",
              "--logging.level.root=WARN",
              "--logging.level.dev.onsite=WARN")) {
        int port = ((WebServerApplicationContext) server).getWebServer().getPort();
        Client client = new Client("http://127.0.0.1:" + port);
        List<Process> workers = new ArrayList<>();
        try {
          Meters meters = new Meters(postmaster(postgres));
          workers.add(startWorker(launcher, url, data, 0));
          meters.workers.add(new TreeMeter(workers.getLast().toHandle()));
          progress.accept("one worker on core 0: warming up it and the server");
          warmUp(client, mix, data.resolve("worker-0"), SERVER_WARM_JUDGEMENTS);
          progress.accept("one worker: " + burst + " submissions");
          Map<String, Object> one = burst(client, mix, burst, 8, meters);
          workers.add(startWorker(launcher, url, data, 1));
          meters.workers.add(new TreeMeter(workers.getLast().toHandle()));
          progress.accept("two workers on cores 0 and 1: warming up the second");
          warmUp(client, mix, data.resolve("worker-1"), WARM_JUDGEMENTS);
          progress.accept("two workers: " + burst + " submissions");
          Map<String, Object> two = burst(client, mix, burst, 8, meters);
          double speedup =
              Math.round((double) two.get("per_s") / (double) one.get("per_s") * 100) / 100.0;
          Map<String, Object> out = new LinkedHashMap<>();
          out.put("mix", mix.stream().map(s -> s.pkg().id() + "/" + s.language()).toList());
          out.put("one_worker", one);
          out.put("two_workers", two);
          out.put("speedup", speedup);
          out.put("goal_speedup", 1.8);
          out.put("cpu_bound_speedup", cpuBoundSpeedup(one, two, cores));
          out.put("machine", dev.onsite.judge.bench.JudgeBenchmark.machine());
          return Map.of("scale_out", out);
        } finally {
          for (Process worker : workers) {
            worker.destroy();
          }
          for (Process worker : workers) {
            if (!worker.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
              worker.destroyForcibly();
            }
          }
        }
      }
    }
  }

  /** Judgements a worker must have made before it counts as warm. */
  private static final int WARM_JUDGEMENTS = 12;

  /**
   * Judgements the first worker makes before anything is timed: enough for the freshly started
   * server's JIT to settle too. Measured on the first burst after only 12, half of the server's CPU
   * was its compiler threads, which a server that has run for a while no longer spends.
   */
  private static final int SERVER_WARM_JUDGEMENTS = 80;

  /**
   * Send small bursts until the worker whose data directory is {@code dir} has judged {@code
   * judgements} submissions (its log says so): a worker on one core takes seconds to start and to
   * warm its compile server, and a burst measured before that would time its start-up.
   */
  private static void warmUp(Client client, List<SolutionRef> mix, Path dir, int judgements)
      throws Exception {
    Path log = dir.resolve("worker.log");
    long deadline = System.nanoTime() + java.time.Duration.ofMinutes(3).toNanos();
    while (judged(log) < judgements) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "the worker in " + dir + " judged nothing in 3 minutes; see " + dir + "/worker.log");
      }
      burst(client, mix, 8, 8);
    }
  }

  private static long judged(Path log) throws java.io.IOException {
    if (!Files.exists(log)) {
      return 0;
    }
    try (var lines = Files.lines(log)) {
      return lines.filter(l -> l.contains("JudgingQueue") && l.contains(": judged")).count();
    }
  }

  private List<SolutionRef> mix() {
    List<SolutionRef> mix = new ArrayList<>();
    for (String id : MIX) {
      ProblemPackage pkg = Workspace.load(problemsDir.resolve(id));
      for (SubmissionFile file : pkg.submissions()) {
        if (file.expected() == Verdict.AC) {
          mix.add(new SolutionRef(pkg, file));
        }
      }
    }
    if (mix.isEmpty()) {
      throw new UserException(
          "the scale-out bench judges the accepted solutions of "
              + MIX
              + ": none found in "
              + problemsDir);
    }
    return mix;
  }

  /**
   * The CPU meters of a scale-out run: this JVM (the server and the bench's clients), PostgreSQL
   * (its postmaster and every backend below it) and each worker (its JVM, compile server and
   * boxes).
   */
  private record Meters(TreeMeter postgres, List<TreeMeter> workers) {

    Meters(TreeMeter postgres) {
      this(postgres, new ArrayList<>());
    }

    /**
     * CPU so far, in ns: this JVM alone, PostgreSQL, the workers together, and of this JVM's the
     * part its JIT compiler threads spent.
     */
    long[] read() {
      long self =
          ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos()).orElse(0L);
      long pg = postgres == null ? 0 : postgres.cpuNanos();
      long judged = workers.stream().mapToLong(TreeMeter::cpuNanos).sum();
      return new long[] {self, pg, judged, compilerNanos()};
    }
  }

  /** CPU time of this JVM's compiler threads ("C1 CompilerThre", "C2 CompilerThre"), from /proc. */
  private static long compilerNanos() {
    long ticks = 0;
    try (var tasks = Files.list(Path.of("/proc/self/task"))) {
      for (Path task : (Iterable<Path>) tasks::iterator) {
        try {
          if (!Files.readString(task.resolve("comm")).contains("CompilerThre")) {
            continue;
          }
          String stat = Files.readString(task.resolve("stat"));
          String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
          ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (java.io.IOException | RuntimeException e) {
          // the thread ended meanwhile
        }
      }
    } catch (java.io.IOException e) {
      return 0;
    }
    return ticks * 10_000_000L;
  }

  /**
   * The embedded PostgreSQL's postmaster: pg_ctl starts it detached, so it is found as the postgres
   * process whose parent is no postgres, running on the data directory of {@code postgres}.
   */
  private static TreeMeter postmaster(EmbeddedPostgres postgres) {
    String dataDir;
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement();
        var rows = statement.executeQuery("show data_directory")) {
      rows.next();
      dataDir = rows.getString(1);
    } catch (java.sql.SQLException e) {
      return null;
    }
    return ProcessHandle.allProcesses()
        .filter(p -> isPostgres(p) && p.parent().filter(ScaleOutBench::isPostgres).isEmpty())
        .filter(
            p -> p.info().arguments().map(a -> String.join(" ", a).contains(dataDir)).orElse(false))
        .findFirst()
        .map(TreeMeter::new)
        .orElse(null);
  }

  private static boolean isPostgres(ProcessHandle p) {
    return p.info().command().map(c -> c.endsWith("/postgres")).orElse(false);
  }

  /**
   * The speedup the CPU allows: one worker is held to its core ({@code taskset}), so its rate is at
   * most one core over its CPU per submission; two workers share the machine's cores with the
   * server, its clients and PostgreSQL, so their rate is at most the cores over everything's CPU
   * per submission (but no more than two cores' worth of workers).
   */
  @SuppressWarnings("unchecked")
  static double cpuBoundSpeedup(Map<String, Object> one, Map<String, Object> two, int cores) {
    Map<String, Object> cpuOne = (Map<String, Object>) one.get("cpu_ms_per_submission");
    Map<String, Object> cpuTwo = (Map<String, Object>) two.get("cpu_ms_per_submission");
    double workerOne = (double) cpuOne.get("workers");
    double workerTwo = (double) cpuTwo.get("workers");
    double all = (double) cpuTwo.get("total");
    if (workerOne <= 0 || all <= 0) {
      return Double.NaN;
    }
    double oneRate = 1000 / workerOne;
    double twoRate = Math.min(2 * 1000 / workerTwo, Math.min(2, cores) * 1000 / all);
    return Math.round(twoRate / oneRate * 100) / 100.0;
  }

  /**
   * Judge {@code count} submissions of the mix with {@code inFlight} clients at once; the rate is
   * submissions over the time from the first request to the last verdict.
   */
  private static Map<String, Object> burst(
      Client client, List<SolutionRef> mix, int count, int inFlight) throws Exception {
    return burst(client, mix, count, inFlight, null);
  }

  /** Like {@link #burst(Client, List, int, int)}, with the CPU each part used when metered. */
  private static Map<String, Object> burst(
      Client client, List<SolutionRef> mix, int count, int inFlight, Meters meters)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(inFlight);
    try {
      long[] before = meters == null ? null : meters.read();
      long start = System.nanoTime();
      List<Future<CatalogueBench.Judged>> futures = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        SolutionRef s = mix.get(i % mix.size());
        futures.add(pool.submit(() -> client.judge(s)));
      }
      List<Double> totals = new ArrayList<>();
      for (Future<CatalogueBench.Judged> future : futures) {
        CatalogueBench.Judged judged = future.get();
        if (!judged.verdict().equals("AC")) {
          throw new IllegalStateException(
              "an accepted solution got " + judged.verdict() + " in the scale-out bench");
        }
        totals.add(judged.totalMs());
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("submissions", count);
      out.put("seconds", Math.round(seconds * 100) / 100.0);
      out.put("per_s", Math.round(count / seconds * 100) / 100.0);
      out.put("p50_ms", Math.round(CatalogueBench.percentile(totals, 0.5) * 10) / 10.0);
      out.put("p99_ms", Math.round(CatalogueBench.percentile(totals, 0.99) * 10) / 10.0);
      if (meters != null) {
        long[] after = meters.read();
        Map<String, Object> cpu = new LinkedHashMap<>();
        String[] parts = {"server_and_clients", "postgres", "workers"};
        long total = 0;
        for (int i = 0; i < parts.length; i++) {
          total += after[i] - before[i];
          cpu.put(parts[i], Math.round((after[i] - before[i]) / 1e5 / count) / 10.0);
        }
        cpu.put("total", Math.round(total / 1e5 / count) / 10.0);
        cpu.put("server_jit", Math.round((after[3] - before[3]) / 1e5 / count) / 10.0);
        out.put("cpu_ms_per_submission", cpu);
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  private Process startWorker(Path launcher, String url, Path data, int core) throws Exception {
    Path dir = data.resolve("worker-" + core);
    Files.createDirectories(dir);
    progress.accept("starting ./onsite worker on core " + core + " (log: " + dir + "/worker.log)");
    return new ProcessBuilder(
            "taskset",
            "-c",
            String.valueOf(core),
            launcher.toString(),
            "worker",
            "--data",
            dir.toString(),
            "--problems",
            problemsDir.toAbsolutePath().toString(),
            "-D",
            "spring.datasource.url=" + url,
            "-D",
            "onsite.judge.poll-interval=10m")
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("worker.log").toFile())
        .start();
  }

  private static String newDatabase(EmbeddedPostgres postgres) throws Exception {
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("create database onsite_scale_out");
    }
    return postgres.getJdbcUrl("postgres", "onsite_scale_out");
  }

  @SuppressWarnings("unchecked")
  static String table(Map<String, Object> result) {
    Map<String, Object> r = (Map<String, Object>) result.get("scale_out");
    StringBuilder sb = new StringBuilder();
    sb.append(Terminal.bold("Onsite scale-out benchmark"))
        .append("  (server + PostgreSQL + ./onsite worker per core; ")
        .append(r.get("machine"))
        .append(")\n\n");
    sb.append(
        String.format(
            "%-12s %6s %9s %8s %8s %8s%n", "", "subs", "seconds", "per s", "p50 ms", "p99 ms"));
    for (String key : List.of("one_worker", "two_workers")) {
      Map<String, Object> row = (Map<String, Object>) r.get(key);
      sb.append(
          String.format(
              "%-12s %6s %9s %8s %8s %8s%n",
              key.replace('_', ' '),
              row.get("submissions"),
              row.get("seconds"),
              row.get("per_s"),
              row.get("p50_ms"),
              row.get("p99_ms")));
    }
    for (String key : List.of("one_worker", "two_workers")) {
      Map<String, Object> cpu =
          (Map<String, Object>) ((Map<String, Object>) r.get(key)).get("cpu_ms_per_submission");
      if (cpu != null) {
        sb.append(
            String.format(
                "%-12s CPU ms per submission: server and clients %s (JIT %s), PostgreSQL %s,"
                    + " workers %s%n",
                key.replace('_', ' '),
                cpu.get("server_and_clients"),
                cpu.get("server_jit"),
                cpu.get("postgres"),
                cpu.get("workers")));
      }
    }
    sb.append(
        String.format(
            "%nspeedup with a second worker: %sx (goal %sx; what the CPU allows here: %sx); mix: %s%n",
            r.get("speedup"), r.get("goal_speedup"), r.get("cpu_bound_speedup"), r.get("mix")));
    return sb.toString();
  }

  /** The embedded PostgreSQL narrates its start at INFO; a bench prints only its own progress. */
  private static void quietPostgresLog() {
    if (org.slf4j.LoggerFactory.getLogger("io.zonky")
        instanceof ch.qos.logback.classic.Logger logger) {
      logger.setLevel(ch.qos.logback.classic.Level.WARN);
    }
  }
}
