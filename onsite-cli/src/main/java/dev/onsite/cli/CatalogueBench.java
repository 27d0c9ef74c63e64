package dev.onsite.cli;

import dev.onsite.judge.Judge;
import dev.onsite.judge.problem.ProblemPackage;
import dev.onsite.judge.problem.SubmissionFile;
import dev.onsite.judge.verdict.Verdict;
import dev.onsite.server.OnsiteServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Judge every shipped package's accepted solutions through a real server (HTTP on loopback, the
 * embedded database on disk, the hardened sandbox where it works), as a person's page does: submit,
 * then follow the verdict stream to its {@code done} event. Reports per package and solution p50
 * and p99 and where the time goes, the slowest ten, the server's start, the memory of its whole
 * process tree, and page and search times.
 */
final class CatalogueBench {

  private static final Pattern META = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");

  private final Path problemsDir;
  private final Path contentDir;
  private final int samples;
  private final Consumer<String> progress;

  CatalogueBench(Path problemsDir, Path contentDir, boolean quick, Consumer<String> progress) {
    this.problemsDir = problemsDir;
    this.contentDir = contentDir;
    this.samples = quick ? 3 : 7;
    this.progress = progress;
  }

  /** One accepted solution's figures. */
  record Row(
      String problem,
      String solution,
      String language,
      int tests,
      List<Double> totals,
      double queueMs,
      double judgingMs,
      double testsMs,
      double deliveryMs) {

    double p50() {
      return percentile(totals, 0.50);
    }

    double p99() {
      return percentile(totals, 0.99);
    }
  }

  Map<String, Object> run(List<ProblemPackage> packages) throws Exception {
    Map<String, Object> externalSearch = new LinkedHashMap<>();
    Map<String, Object> serve = serveStarts(externalSearch);
    Path data = Files.createTempDirectory("onsite-bench-catalogue");
    long startedAt = System.nanoTime();
    progress.accept("starting a server on " + data);
    try (ConfigurableApplicationContext server =
        OnsiteServer.start(
            "--server.port=0",
            "--server.address=127.0.0.1",
            "--onsite.data-dir=" + data,
            "--onsite.problems-dir=" + problemsDir.toAbsolutePath(),
            "--onsite.content-dir=" + contentDir.toAbsolutePath(),
            "--onsite.judge.max-pending-per-user=1000",
            "--logging.level.root=WARN",
            "--logging.level.dev.onsite=WARN")) {
      double startMs = (System.nanoTime() - startedAt) / 1e6;
      int port = ((WebServerApplicationContext) server).getWebServer().getPort();
      Client client = new Client("http://127.0.0.1:" + port);
      // A server up for more than a few seconds has warmed its compile server (about 10 s of CPU
      // once); the first submission would otherwise stop that warm-up and leave it half warm.
      Judge judge = server.getBean(Judge.class);
      judge.awaitWarm(Duration.ofSeconds(60));

      // Memory every SOAK_EVERY submissions over the whole run: growth shows as a slope.
      List<Map<String, Object>> soak = new ArrayList<>();
      int submitted = 0;
      List<SolutionRef> solutions = new ArrayList<>();
      for (ProblemPackage pkg : packages) {
        for (SubmissionFile file : pkg.submissions()) {
          if (file.expected() == Verdict.AC) {
            solutions.add(new SolutionRef(pkg, file));
          }
        }
      }
      progress.accept("warming up on " + Math.min(6, solutions.size()) + " solutions");
      for (SolutionRef s : solutions.subList(0, Math.min(6, solutions.size()))) {
        client.judge(s);
      }
      Thread.sleep(2000);
      Map<String, Object> idle = memory();

      List<Row> rows = new ArrayList<>();
      int done = 0;
      for (SolutionRef s : solutions) {
        List<Double> totals = new ArrayList<>();
        double queue = 0;
        double judging = 0;
        double tests = 0;
        double delivery = 0;
        int testCount = 0;
        for (int i = 0; i < samples; i++) {
          // One person's submissions at a time, as the judge bench samples latency: off the clock,
          // wait until the runtime the last one used has been replaced. Back to back, a sample
          // also paid for that replacement's JVM start on the other core.
          judge.awaitWarm(IDLE_WAIT);
          Judged judged = client.judge(s);
          if (++submitted % SOAK_EVERY == 0) {
            soak.add(soakSample(submitted));
          }
          totals.add(judged.totalMs());
          queue += judged.queueMs() / samples;
          judging += judged.judgingMs() / samples;
          tests += judged.testsMs() / samples;
          delivery += judged.deliveryMs() / samples;
          testCount = judged.tests();
        }
        rows.add(
            new Row(
                s.pkg().id(),
                s.pkg().root().relativize(s.file().path()).toString(),
                s.language(),
                testCount,
                totals,
                round(queue),
                round(judging),
                round(tests),
                round(delivery)));
        done++;
        if (done % 10 == 0) {
          progress.accept(done + " of " + solutions.size() + " solutions judged");
        }
      }
      Map<String, Object> after = memory();
      judge.awaitWarm(IDLE_WAIT);
      Map<String, Object> pages = pages(client, packages);
      pages.putAll(externalSearch);
      Map<String, Object> settled = null;
      if (samples > 3) {
        // The pool ends a burst's extra zygotes once their command is unused for 30 s.
        progress.accept("waiting 40 s for the runtimes a burst started to end");
        Thread.sleep(40_000);
        settled = memory();
      }

      List<Double> all = rows.stream().flatMap(r -> r.totals().stream()).toList();
      Map<String, Object> out = new LinkedHashMap<>();
      Map<String, Object> catalogue = new LinkedHashMap<>();
      catalogue.put("solutions", rows.size());
      catalogue.put("samples_each", samples);
      // Each sample at an idle judge (the runtimes the last one used replaced, off the clock).
      catalogue.put("idle_judge", true);
      catalogue.put("p50_ms", round(percentile(all, 0.50)));
      catalogue.put("p99_ms", round(percentile(all, 0.99)));
      catalogue.put("packages", rows.stream().map(CatalogueBench::json).toList());
      out.put("catalogue", catalogue);
      out.put(
          "slowest",
          rows.stream()
              .sorted(Comparator.comparingDouble(Row::p50).reversed())
              .limit(10)
              .map(CatalogueBench::json)
              .toList());
      Map<String, Object> starts = new LinkedHashMap<>();
      starts.put("start_ms", round(startMs));
      starts.putAll(serve);
      out.put("server", starts);
      Map<String, Object> memory = new LinkedHashMap<>();
      memory.put("idle", idle);
      memory.put("after", after);
      memory.put("soak", soak);
      memory.put("soak_growth_mb", soakGrowth(soak));
      if (settled != null) {
        memory.put("settled", settled);
      }
      out.put("memory", memory);
      out.put("pages", pages);
      out.put("machine", dev.onsite.judge.bench.JudgeBenchmark.machine());
      return out;
    }
  }

  /**
   * What a person waits for: {@code ./onsite serve} on a fresh data directory, from the command to
   * the first healthy answer of {@code /actuator/health}, a whole new JVM each time. One untimed
   * start first (it makes the AOT cache when the build is newer than it), then the timed ones.
   * Empty when there is no launcher in the working directory.
   */
  private Map<String, Object> serveStarts(Map<String, Object> externalSearch) throws Exception {
    Path launcher = Path.of("onsite").toAbsolutePath();
    if (!Files.isExecutable(launcher)) {
      return Map.of("serve_healthy_ms", "skipped: no ./onsite launcher in the working directory");
    }
    int timed = samples == 3 ? 1 : 3;
    List<Double> times = new ArrayList<>();
    for (int i = 0; i <= timed; i++) {
      progress.accept(
          i == 0
              ? "starting ./onsite serve once untimed"
              : "timing ./onsite serve until healthy (" + i + " of " + timed + ")");
      boolean last = i == timed;
      double ms =
          serveUntilHealthy(launcher, last ? port -> externalSearch.putAll(search(port)) : null);
      if (i > 0) {
        times.add(ms);
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("serve_healthy_ms", times.stream().map(CatalogueBench::round).toList());
    out.put("serve_healthy_p50_ms", round(percentile(times, 0.5)));
    return out;
  }

  /** How long a fresh {@code serve} is left to warm its judge up before search is timed on it. */
  private static final Duration SERVE_SETTLE = Duration.ofSeconds(30);

  /**
   * Search timed from a client in another JVM than the server's, as a browser is: the in-process
   * server's figures include the bench's own client, whose allocation and collections land in the
   * server's heap. The same queries, warm-up and counts as {@link #pages}.
   */
  private Map<String, Object> search(int port) {
    try {
      progress.accept("timing search from another process against ./onsite serve");
      Thread.sleep(SERVE_SETTLE.toMillis());
      List<Double> search = timeSearches(new Client("http://127.0.0.1:" + port));
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("search_external_p50_ms", round(percentile(search, 0.5)));
      out.put("search_external_p99_ms", round(percentile(search, 0.99)));
      out.put("search_external_samples", search.size());
      return out;
    } catch (Exception e) {
      return Map.of("search_external", "failed: " + e.getMessage());
    }
  }

  /** Each query of {@link #SEARCHES} requested WARM_UP times untimed, then 30 times timed. */
  private static List<Double> timeSearches(Client client) throws Exception {
    List<String> searches =
        SEARCHES.stream()
            .map(q -> "/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8))
            .toList();
    for (String path : searches) {
      client.ttfb(path, WARM_UP);
    }
    List<Double> search = new ArrayList<>();
    for (String path : searches) {
      search.addAll(client.ttfb(path, 30));
    }
    return search;
  }

  private static double serveUntilHealthy(Path launcher, java.util.function.IntConsumer whileUp)
      throws Exception {
    Path data = Files.createTempDirectory("onsite-bench-serve");
    int port;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Path log = data.resolve("serve.log");
    long begin = System.nanoTime();
    Process process =
        new ProcessBuilder(
                launcher.toString(), "serve", "--data", data.toString(), "--port", "" + port)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    HttpRequest health =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
            .timeout(Duration.ofSeconds(2))
            .build();
    try {
      long deadline = begin + Duration.ofMinutes(3).toNanos();
      while (System.nanoTime() < deadline) {
        if (!process.isAlive()) {
          throw new IllegalStateException(
              "./onsite serve exited with " + process.exitValue() + "; its output is in " + log);
        }
        try {
          if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
            double healthyMs = (System.nanoTime() - begin) / 1e6;
            if (whileUp != null) {
              whileUp.accept(port);
            }
            return healthyMs;
          }
        } catch (IOException notYet) {
          // not listening yet
        }
        Thread.sleep(20);
      }
      throw new IllegalStateException("./onsite serve was not healthy in 3 minutes; see " + log);
    } finally {
      process.descendants().forEach(ProcessHandle::destroy);
      process.destroy();
      if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
      try (var files = Files.walk(data)) {
        files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }

  record SolutionRef(ProblemPackage pkg, SubmissionFile file) {
    String language() {
      return file.path().toString().endsWith(".java") ? "java" : "python";
    }
  }

  /** One judged submission as the client saw it, with the server's own phases. */
  record Judged(
      double totalMs,
      double queueMs,
      double judgingMs,
      double testsMs,
      double deliveryMs,
      int tests,
      String verdict) {}

  private static Map<String, Object> json(Row r) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", r.problem());
    row.put("solution", r.solution());
    row.put("language", r.language());
    row.put("tests", r.tests());
    row.put("p50_ms", round(r.p50()));
    row.put("p99_ms", round(r.p99()));
    row.put(
        "time_ms",
        Map.of(
            "queue", r.queueMs(),
            "judging", r.judgingMs(),
            "tests", r.testsMs(),
            "delivery", r.deliveryMs()));
    return row;
  }

  /**
   * Time to first byte of the pages people open most, and search over the whole catalogue, on a
   * warm server: each page and query is requested a few times untimed first, as a person's second
   * visit would be.
   */
  private Map<String, Object> pages(Client client, List<ProblemPackage> packages) throws Exception {
    progress.accept("timing pages and search");
    String problem = packages.isEmpty() ? "" : packages.getFirst().id();
    List<String> pages = List.of("/problems", "/problems/" + problem, "/companies/openai");
    for (String path : pages) {
      client.ttfb(path, WARM_UP);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("catalogue_ttfb_p50_ms", round(percentile(client.ttfb(pages.get(0), 30), 0.5)));
    out.put("problem_ttfb_p50_ms", round(percentile(client.ttfb(pages.get(1), 30), 0.5)));
    out.put("company_ttfb_p50_ms", round(percentile(client.ttfb(pages.get(2), 30), 0.5)));
    List<Double> search = timeSearches(client);
    out.put("search_p50_ms", round(percentile(search, 0.5)));
    out.put("search_p99_ms", round(percentile(search, 0.99)));
    out.put("search_samples", search.size());
    return out;
  }

  /** Queries of the kinds people type: a concept, a company, a two-word pattern. */
  private static final List<String> SEARCHES =
      List.of("attention", "bpe tokenizer", "openai", "sliding window", "kv cache", "google");

  /** The longest a sample waits for the judge's runtimes to be ready again. */
  private static final Duration IDLE_WAIT = Duration.ofSeconds(10);

  /** Untimed requests of each page and query before timing. */
  private static final int WARM_UP = 5;

  /** Resident memory of this process and everything it started (PSS where the kernel says it). */
  private static Map<String, Object> memory() {
    List<ProcessHandle> tree = new ArrayList<>();
    tree.add(ProcessHandle.current());
    ProcessHandle.current().descendants().forEach(tree::add);
    long pssKb = 0;
    long rssKb = 0;
    Map<String, long[]> byKind = new java.util.TreeMap<>();
    for (ProcessHandle p : tree) {
      long pss = field(Path.of("/proc", "" + p.pid(), "smaps_rollup"), "Pss:");
      pssKb += pss;
      rssKb += field(Path.of("/proc", "" + p.pid(), "status"), "VmRSS:");
      long[] kind = byKind.computeIfAbsent(kind(p), k -> new long[2]);
      kind[0]++;
      kind[1] += pss;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("processes", tree.size());
    out.put("pss_mb", round(pssKb / 1024.0));
    out.put("rss_mb", round(rssKb / 1024.0));
    Map<String, Object> kinds = new LinkedHashMap<>();
    byKind.forEach(
        (k, v) -> kinds.put(k, Map.of("processes", v[0], "pss_mb", round(v[1] / 1024.0))));
    out.put("by_kind", kinds);
    return out;
  }

  /** Submissions between two memory samples of the soak. */
  private static final int SOAK_EVERY = 100;

  private static Map<String, Object> soakSample(int submitted) {
    Map<String, Object> memory = memory();
    Map<String, Object> sample = new LinkedHashMap<>();
    sample.put("submissions", submitted);
    sample.put("pss_mb", memory.get("pss_mb"));
    sample.put("processes", memory.get("processes"));
    sample.put("heap_used_mb", round(heapUsedBytes() / 1048576.0));
    return sample;
  }

  /** The server's heap in use (after a collection, so that garbage does not count as growth). */
  private static long heapUsedBytes() {
    System.gc();
    Runtime r = Runtime.getRuntime();
    return r.totalMemory() - r.freeMemory();
  }

  /**
   * The heap in use at the last sample less at the third (the first two include warming up and the
   * first runtimes of each kind): what grew over the rest of the run; null with fewer samples.
   */
  private static Object soakGrowth(List<Map<String, Object>> soak) {
    if (soak.size() < 4) {
      return null;
    }
    return round(
        ((Number) soak.getLast().get("heap_used_mb")).doubleValue()
            - ((Number) soak.get(2).get("heap_used_mb")).doubleValue());
  }

  /** What a process of the tree is, from its command line, for the memory breakdown. */
  static String kind(ProcessHandle p) {
    if (p.pid() == ProcessHandle.current().pid()) {
      return "server";
    }
    String cmd;
    try {
      cmd =
          Files.readString(Path.of("/proc", "" + p.pid(), "cmdline"), StandardCharsets.UTF_8)
              .replace('\0', ' ');
    } catch (IOException | RuntimeException e) {
      return "other";
    }
    if (cmd.startsWith("/usr/bin/bwrap") || cmd.contains("bwrap ")) {
      return "sandbox (bwrap)";
    }
    if (cmd.contains("CompileServer") || cmd.contains("compile-server")) {
      return "compile server";
    }
    if (cmd.contains("python")) {
      Matcher preload = Pattern.compile("--preload (\\S+)").matcher(cmd);
      String modules = preload.find() ? " + " + preload.group(1) : "";
      return (cmd.contains("--zygote") ? "python zygote" : "python") + modules;
    }
    if (cmd.contains("java")) {
      return "java runtime";
    }
    return "other";
  }

  private static long field(Path file, String name) {
    try {
      for (String line : Files.readAllLines(file)) {
        if (line.startsWith(name)) {
          return Long.parseLong(line.substring(name.length()).trim().split("\\s+")[0]);
        }
      }
    } catch (IOException | RuntimeException e) {
      // a process that just ended, or no /proc: counts as nothing
    }
    return 0;
  }

  /** A page's session: its cookie and CSRF token. */
  static final class Client {
    private final HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    private final String base;
    private final String csrf;

    Client(String base) throws Exception {
      this.base = base;
      Matcher meta = META.matcher(get("/problems"));
      if (!meta.find()) {
        throw new IllegalStateException("the server's pages carry no CSRF token");
      }
      csrf = meta.group(1);
    }

    String get(String path) throws Exception {
      return http.send(request(path).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private HttpRequest.Builder request(String path) {
      return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(2));
    }

    List<Double> ttfb(String path, int times) throws Exception {
      List<Double> out = new ArrayList<>();
      for (int i = 0; i < times; i++) {
        long start = System.nanoTime();
        long[] headers = new long[1];
        http.send(
            request(path).build(),
            info -> {
              headers[0] = System.nanoTime();
              return HttpResponse.BodySubscribers.discarding();
            });
        out.add((headers[0] - start) / 1e6);
      }
      return out;
    }

    Judged judge(SolutionRef s) throws Exception {
      String source = Files.readString(s.file().path());
      String body =
          Reports.JSON.writeValueAsString(
              Map.of("language", s.language(), "source", source, "mode", "submit"));
      long start = System.nanoTime();
      HttpResponse<String> accepted =
          http.send(
              request("/api/problems/" + s.pkg().id() + "/submissions")
                  .header("Content-Type", "application/json")
                  .header("X-CSRF-TOKEN", csrf)
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (accepted.statusCode() != 202) {
        throw new IllegalStateException(
            s.pkg().id()
                + ": the server answered "
                + accepted.statusCode()
                + " "
                + accepted.body());
      }
      long id = Reports.JSON.readTree(accepted.body()).path("id").asLong();
      JsonNode done = awaitDone(id);
      double total = (System.nanoTime() - start) / 1e6;
      Instant created = Instant.parse(done.path("createdAt").asString());
      Instant started = Instant.parse(done.path("startedAt").asString());
      Instant finished = Instant.parse(done.path("finishedAt").asString());
      double tests = 0;
      for (JsonNode t : done.path("tests")) {
        tests += t.path("wallMs").asDouble();
      }
      double queue = Duration.between(created, started).toNanos() / 1e6;
      double judging = Duration.between(started, finished).toNanos() / 1e6;
      return new Judged(
          total,
          queue,
          judging,
          tests,
          Math.max(0, total - queue - judging),
          done.path("tests").size(),
          done.path("verdict").asString());
    }

    /** Follow the submission's event stream to its {@code done} event and return its data. */
    private JsonNode awaitDone(long id) throws Exception {
      HttpResponse<java.io.InputStream> stream =
          http.send(
              request("/api/submissions/" + id + "/events")
                  .header("Accept", "text/event-stream")
                  .build(),
              HttpResponse.BodyHandlers.ofInputStream());
      try (BufferedReader lines =
          new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
        String event = "";
        StringBuilder data = new StringBuilder();
        String line;
        while ((line = lines.readLine()) != null) {
          if (line.startsWith("event:")) {
            event = line.substring(6).trim();
          } else if (line.startsWith("data:")) {
            data.append(line.substring(5));
          } else if (line.isEmpty()) {
            if (event.equals("done")) {
              return Reports.JSON.readTree(data.toString());
            }
            event = "";
            data.setLength(0);
          }
        }
      }
      // The stream ended without its done event (the judgement ended in between): ask for it.
      return Reports.JSON.readTree(get("/api/submissions/" + id));
    }
  }

  static double percentile(List<Double> values, double p) {
    if (values.isEmpty()) {
      return 0;
    }
    List<Double> sorted = values.stream().sorted().toList();
    int index = (int) Math.ceil(p * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }

  private static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }

  /** For the human table. */
  static String table(Map<String, Object> result) {
    StringBuilder sb = new StringBuilder();
    @SuppressWarnings("unchecked")
    Map<String, Object> catalogue = (Map<String, Object>) result.get("catalogue");
    sb.append(Terminal.bold("Onsite catalogue benchmark"))
        .append(" (every accepted solution through a server; ")
        .append(result.get("machine"))
        .append(")\n\n");
    sb.append(
        String.format(
            Locale.ROOT,
            "%d solutions, %s samples each: p50 %s ms, p99 %s ms%n%n",
            catalogue.get("solutions"),
            catalogue.get("samples_each"),
            catalogue.get("p50_ms"),
            catalogue.get("p99_ms")));
    sb.append(
        String.format(
            "%-30s %-8s %6s %8s %8s   %s%n",
            "slowest ten",
            "lang",
            "tests",
            "p50 ms",
            "p99 ms",
            "queue / judging / tests / delivery"));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> slowest = (List<Map<String, Object>>) result.get("slowest");
    for (Map<String, Object> row : slowest) {
      @SuppressWarnings("unchecked")
      Map<String, Object> time = (Map<String, Object>) row.get("time_ms");
      sb.append(
          String.format(
              "%-30s %-8s %6s %8s %8s   %s / %s / %s / %s%n",
              row.get("id"),
              row.get("language"),
              row.get("tests"),
              row.get("p50_ms"),
              row.get("p99_ms"),
              time.get("queue"),
              time.get("judging"),
              time.get("tests"),
              time.get("delivery")));
    }
    sb.append("\nserver: ").append(result.get("server")).append('\n');
    sb.append("memory (whole process tree): ").append(result.get("memory")).append('\n');
    sb.append("pages: ").append(result.get("pages")).append('\n');
    return sb.toString();
  }
}
