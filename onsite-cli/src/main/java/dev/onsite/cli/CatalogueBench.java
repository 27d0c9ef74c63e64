package dev.onsite.cli;

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
          Judged judged = client.judge(s);
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
      Map<String, Object> pages = pages(client, packages);

      List<Double> all = rows.stream().flatMap(r -> r.totals().stream()).toList();
      Map<String, Object> out = new LinkedHashMap<>();
      Map<String, Object> catalogue = new LinkedHashMap<>();
      catalogue.put("solutions", rows.size());
      catalogue.put("samples_each", samples);
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
      out.put("server", Map.of("start_ms", round(startMs)));
      Map<String, Object> memory = new LinkedHashMap<>();
      memory.put("idle", idle);
      memory.put("after", after);
      out.put("memory", memory);
      out.put("pages", pages);
      out.put("machine", dev.onsite.judge.bench.JudgeBenchmark.machine());
      return out;
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

  /** Time to first byte of the pages people open most, and search over the whole catalogue. */
  private Map<String, Object> pages(Client client, List<ProblemPackage> packages) throws Exception {
    progress.accept("timing pages and search");
    String problem = packages.isEmpty() ? "" : packages.getFirst().id();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("catalogue_ttfb_p50_ms", round(percentile(client.ttfb("/problems", 30), 0.5)));
    out.put("problem_ttfb_p50_ms", round(percentile(client.ttfb("/problems/" + problem, 30), 0.5)));
    out.put("company_ttfb_p50_ms", round(percentile(client.ttfb("/companies/openai", 30), 0.5)));
    List<Double> search = new ArrayList<>();
    for (String q :
        List.of("attention", "bpe tokenizer", "openai", "sliding window", "kv cache", "google")) {
      search.addAll(
          client.ttfb("/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), 10));
    }
    out.put("search_p99_ms", round(percentile(search, 0.99)));
    return out;
  }

  /** Resident memory of this process and everything it started (PSS where the kernel says it). */
  private static Map<String, Object> memory() {
    List<ProcessHandle> tree = new ArrayList<>();
    tree.add(ProcessHandle.current());
    ProcessHandle.current().descendants().forEach(tree::add);
    long pssKb = 0;
    long rssKb = 0;
    for (ProcessHandle p : tree) {
      pssKb += field(Path.of("/proc", "" + p.pid(), "smaps_rollup"), "Pss:");
      rssKb += field(Path.of("/proc", "" + p.pid(), "status"), "VmRSS:");
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("processes", tree.size());
    out.put("pss_mb", round(pssKb / 1024.0));
    out.put("rss_mb", round(rssKb / 1024.0));
    return out;
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
  private static final class Client {
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
