package dev.onsite.server.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.onsite.server.RealPostgres;
import dev.onsite.server.TestProblems;
import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A server or worker JVM killed with SIGKILL in the middle of judging loses nothing: after a
 * restart on the same data every submission is there, judged once with the right verdict, none is
 * left running, and no sandbox process of the dead JVM survives it. Real processes, real HTTP on
 * loopback, H2 on disk and a real PostgreSQL.
 */
class CrashTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Pattern META = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");
  private static final int SUBMISSIONS = 30;

  private final List<Process> processes = new ArrayList<>();

  @AfterEach
  void killWhatIsLeft() {
    processes.forEach(Process::destroyForcibly);
  }

  @Test
  void aServerKilledMidJudgingOnH2JudgesEverySubmissionOnceAfterItsRestart() throws Exception {
    Path data = Files.createTempDirectory("onsite-crash-h2");
    int port = freePort();
    List<String> args = serverArgs(port, data);
    args.add("--onsite.judge.workers=1");

    Process first = start(args, data.resolve("first.log"));
    Browser browser = new Browser(port);
    List<Long> ids = browser.submitAll();
    awaitSomeDoneSomeNot(browser, ids);
    killAndCheckNothingSurvives(first);

    Process second = start(args, data.resolve("second.log"));
    Browser again = new Browser(port);
    awaitAllJudgedOnce(again, ids);
    second.destroy();
    assertThat(second.waitFor()).as("a graceful stop after the restart").isNotNegative();
  }

  @Test
  void aWorkerAndThenTheServerKilledOnPostgresLoseNothing() throws Exception {
    String url = RealPostgres.newDatabase();
    Path data = Files.createTempDirectory("onsite-crash-pg");
    int port = freePort();
    List<String> server = serverArgs(port, data);
    server.add("--spring.datasource.url=" + url);
    server.add("--spring.datasource.username=postgres");
    server.add("--onsite.judge.workers=1");
    server.add("--onsite.judge.lease=2s");
    server.add("--onsite.judge.poll-interval=200ms");
    List<String> worker = new ArrayList<>(server);
    worker.removeIf(a -> a.startsWith("--server.port"));
    worker.removeIf(a -> a.startsWith("--server.address"));
    worker.add("--spring.main.web-application-type=none");
    worker.add("--onsite.accounts.mode=required");

    Process web = start(server, data.resolve("server.log"));
    Browser browser = new Browser(port);
    Process judge = start(worker, data.resolve("worker.log"));
    await()
        .atMost(Duration.ofSeconds(90))
        .until(() -> Files.readString(data.resolve("worker.log")).contains("worker is judging"));
    List<Long> ids = browser.submitAll();
    await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(20))
        .until(() -> runningClaims(url) > 0 && judging(judge));
    killAndCheckNothingSurvives(judge);
    // The server goes down too, at once, while it judges what the two had queued between them.
    killAndCheckNothingSurvives(web);

    start(server, data.resolve("server-again.log"));
    awaitAllJudgedOnce(new Browser(port), ids);
  }

  /** The flags of a server on 127.0.0.1 (single-user mode) that judges for real. */
  private static List<String> serverArgs(int port, Path data) {
    List<String> args = new ArrayList<>();
    args.add("--server.port=" + port);
    args.add("--server.address=127.0.0.1");
    args.add("--onsite.data-dir=" + data);
    args.add("--onsite.problems-dir=" + TestProblems.DIR.toAbsolutePath());
    args.add("--onsite.content-dir=" + TestProblems.CONTENT.toAbsolutePath());
    args.add("--onsite.judge.max-pending-per-user=100");
    args.add("--onsite.judge.shutdown-grace=1s");
    args.add("--spring.lifecycle.timeout-per-shutdown-phase=5s");
    return args;
  }

  private Process start(List<String> args, Path log) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-Xmx512m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(RunUntilStopped.class.getName());
    command.addAll(args);
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    processes.add(process);
    return process;
  }

  /** SIGKILL, then check that every process the JVM had started (its sandboxes) is gone. */
  private static void killAndCheckNothingSurvives(Process process) throws InterruptedException {
    List<ProcessHandle> children = process.descendants().toList();
    process.destroyForcibly();
    assertThat(process.waitFor()).isEqualTo(137);
    await()
        .atMost(Duration.ofSeconds(15))
        .untilAsserted(
            () ->
                assertThat(children.stream().filter(ProcessHandle::isAlive).toList())
                    .as("processes of the killed JVM still alive")
                    .isEmpty());
  }

  private static void awaitSomeDoneSomeNot(Browser browser, List<Long> ids) {
    await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> browser.done(ids.get(2)));
    assertThat(browser.done(ids.getLast())).as("the last submission is judged already").isFalse();
  }

  private static void awaitAllJudgedOnce(Browser browser, List<Long> ids) throws Exception {
    await()
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofMillis(200))
        .untilAsserted(
            () ->
                assertThat(
                        ids.stream()
                            .filter(id -> !browser.done(id))
                            .map(id -> id + ": " + browser.status(id))
                            .toList())
                    .as("submissions not judged yet")
                    .isEmpty());
    for (long id : ids) {
      JsonNode submission = browser.submission(id);
      assertThat(submission.path("verdict").asString()).as("verdict of " + id).isEqualTo("AC");
      List<String> tests = new ArrayList<>();
      submission.path("tests").forEach(t -> tests.add(t.path("name").asString()));
      assertThat(tests).as("tests of " + id).hasSize(3).doesNotHaveDuplicates();
    }
  }

  private static int runningClaims(String url) throws Exception {
    try (var c = DriverManager.getConnection(url, "postgres", "");
        var rs =
            c.createStatement()
                .executeQuery("select count(*) from submissions where status = 'running'")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  /** Whether the process is judging a submission: a sandbox of its own is running. */
  private static boolean judging(Process process) {
    return process
        .descendants()
        .anyMatch(
            p ->
                p.info()
                    .command()
                    .map(c -> c.contains("bwrap") || c.contains("python"))
                    .orElse(false));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** The web app as a page uses it: a session cookie and the CSRF token from a page. */
  private static final class Browser {
    final HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    final String base;
    final String csrf;

    Browser(int port) {
      base = "http://127.0.0.1:" + port;
      csrf =
          await()
              .atMost(Duration.ofSeconds(90))
              .pollInterval(Duration.ofMillis(200))
              .ignoreExceptions()
              .until(this::token, t -> t != null);
    }

    private String token() throws Exception {
      Matcher meta = META.matcher(get("/problems").body());
      return meta.find() ? meta.group(1) : null;
    }

    HttpResponse<String> get(String path) throws Exception {
      return http.send(
          HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10)).build(),
          HttpResponse.BodyHandlers.ofString());
    }

    List<Long> submitAll() throws Exception {
      List<Long> ids = new ArrayList<>();
      String body =
          JSON.writeValueAsString(
              Map.of("language", "python", "source", TestProblems.SUM_PYTHON, "mode", "submit"));
      for (int i = 0; i < SUBMISSIONS; i++) {
        HttpResponse<String> response =
            http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/problems/sum/submissions"))
                    .header("Content-Type", "application/json")
                    .header("X-CSRF-TOKEN", csrf)
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        ids.add(JSON.readTree(response.body()).path("id").asLong());
      }
      return ids;
    }

    JsonNode submission(long id) throws Exception {
      return JSON.readTree(get("/api/submissions/" + id).body());
    }

    boolean done(long id) {
      return "done".equals(status(id));
    }

    String status(long id) {
      try {
        HttpResponse<String> response = get("/api/submissions/" + id);
        return response.statusCode() == 200
            ? JSON.readTree(response.body()).path("status").asString()
            : "HTTP " + response.statusCode();
      } catch (Exception e) {
        return e.toString();
      }
    }
  }
}
