package dev.onsite.server.submission;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onsite.server.OnsiteServer;
import dev.onsite.server.TestProblems;
import dev.onsite.server.account.Accounts;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A burst from many people at once, over real HTTP on loopback: every submission is accepted or
 * refused with 429 and Retry-After, every accepted one is judged, and a client that dribbles its
 * request or sends a huge one does not hold up the others. Bounded: 20 clients, 300 submissions,
 * two minutes at most.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoadTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Pattern META = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");
  private static final Pattern FORM = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
  private static final int CLIENTS = 20;
  private static final int PER_CLIENT = 15;
  private static final int MAX_PENDING = 3;

  private ConfigurableApplicationContext server;
  private String base;

  @BeforeAll
  void start() {
    server =
        OnsiteServer.start(
            "--server.port=0",
            "--onsite.accounts.mode=required",
            "--onsite.accounts.sign-ins-per-minute=1000",
            "--onsite.data-dir=" + System.getProperty("java.io.tmpdir") + "/onsite-load",
            "--spring.datasource.url=jdbc:h2:mem:load-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1",
            "--onsite.problems-dir=" + TestProblems.DIR,
            "--onsite.content-dir=" + TestProblems.CONTENT,
            "--onsite.judge.workers=2",
            "--onsite.judge.max-pending-per-user=" + MAX_PENDING,
            "--spring.lifecycle.timeout-per-shutdown-phase=5s");
    base = "http://127.0.0.1:" + ((WebServerApplicationContext) server).getWebServer().getPort();
  }

  @AfterAll
  void stop() {
    server.close();
  }

  /** One person's browser: a signed-in session and its CSRF token. */
  private final class Client {
    final HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    String csrf;

    Client(String name) throws Exception {
      server.getBean(Accounts.class).register(name, "a long password");
      Matcher form = FORM.matcher(get("/login").body());
      assertThat(form.find()).isTrue();
      String login =
          "username="
              + name
              + "&password="
              + URLEncoder.encode("a long password", StandardCharsets.UTF_8)
              + "&_csrf="
              + URLEncoder.encode(form.group(1), StandardCharsets.UTF_8);
      HttpResponse<String> signedIn =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/login"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(login))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(signedIn.headers().firstValue("Location").orElse("")).endsWith("/problems");
      Matcher meta = META.matcher(get("/problems").body());
      assertThat(meta.find()).isTrue();
      csrf = meta.group(1);
    }

    HttpResponse<String> get(String path) throws Exception {
      return http.send(
          HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> submit(String source) throws Exception {
      String body =
          JSON.writeValueAsString(
              java.util.Map.of("language", "python", "source", source, "mode", "submit"));
      return http.send(
          HttpRequest.newBuilder(URI.create(base + "/api/problems/sum/submissions"))
              .header("Content-Type", "application/json")
              .header("X-CSRF-TOKEN", csrf)
              .timeout(Duration.ofSeconds(30))
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    }
  }

  @Test
  void aBurstIsAcceptedOrRefusedWithRetryAfterAndEverySubmissionIsJudged() throws Exception {
    List<Client> clients = new ArrayList<>();
    for (int i = 0; i < CLIENTS; i++) {
      clients.add(new Client("load" + i));
    }
    AtomicInteger refused = new AtomicInteger();
    var slowAnswered = new java.util.concurrent.atomic.AtomicReference<java.time.Instant>();
    List<String> problems = Collections.synchronizedList(new ArrayList<>());
    List<Long> accepted = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 2);
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    try {
      // A slow client dribbles a submission for ten seconds; a huge one sends 12 MB.
      Client slowClient = new Client("slow");
      Future<Integer> slow =
          pool.submit(
              () -> {
                int status = dribble(slowClient, Duration.ofSeconds(10));
                slowAnswered.set(java.time.Instant.now());
                return status;
              });
      Future<Integer> huge =
          pool.submit(() -> clients.get(0).submit("x".repeat(12 * 1024 * 1024)).statusCode());
      List<Future<?>> runs = new ArrayList<>();
      for (Client client : clients) {
        runs.add(
            pool.submit(
                () -> {
                  List<Long> mine = new ArrayList<>();
                  while (mine.size() < PER_CLIENT && System.nanoTime() < deadline) {
                    HttpResponse<String> response = client.submit(TestProblems.SUM_PYTHON);
                    if (response.statusCode() == 429) {
                      refused.incrementAndGet();
                      String retry = response.headers().firstValue("Retry-After").orElse("");
                      if (!retry.matches("[0-9]+")) {
                        problems.add("429 without a Retry-After: " + response.headers().map());
                      }
                      Thread.sleep(100); // an impatient client retries sooner than asked
                      continue;
                    }
                    if (response.statusCode() != 202) {
                      problems.add(response.statusCode() + " " + response.body());
                      return null;
                    }
                    mine.add(JSON.readTree(response.body()).path("id").asLong());
                  }
                  accepted.addAll(mine);
                  for (long id : mine) {
                    awaitVerdict(client, id, deadline);
                  }
                  return null;
                }));
      }
      for (Future<?> run : runs) {
        run.get(3, TimeUnit.MINUTES);
      }
      assertThat(slow.get(1, TimeUnit.MINUTES)).as("the slow client's status").isEqualTo(202);
      assertThat(huge.get(1, TimeUnit.MINUTES)).as("the huge client's status").isEqualTo(400);
    } finally {
      pool.shutdownNow();
    }

    assertThat(problems).isEmpty();
    assertThat(accepted).hasSize(CLIENTS * PER_CLIENT).doesNotHaveDuplicates();
    assertThat(refused.get()).as("the per-user limit refused some").isPositive();
    JdbcClient jdbc = server.getBean(JdbcClient.class);
    assertThat(
            jdbc.sql("select count(*) from submissions where finished_at < ?")
                .params(java.time.OffsetDateTime.ofInstant(slowAnswered.get(), ZoneOffset.UTC))
                .query(Integer.class)
                .single())
        .as("submissions judged while the slow client was still sending")
        .isPositive();
    // Every accepted submission, the slow client's too, is judged, and judged right.
    org.awaitility.Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                jdbc.sql("select count(*) from submissions where status <> 'done'")
                        .query(Integer.class)
                        .single()
                    == 0);
    assertThat(
            jdbc.sql("select count(*) from submissions where status = 'done' and verdict = 'AC'")
                .query(Integer.class)
                .single())
        .isEqualTo(CLIENTS * PER_CLIENT + 1);
    List<Long> sorted =
        jdbc
            .sql("select finished_at, created_at from submissions where status = 'done'")
            .query(
                (rs, row) ->
                    Duration.between(
                            rs.getObject(2, java.time.OffsetDateTime.class),
                            rs.getObject(1, java.time.OffsetDateTime.class))
                        .toMillis())
            .list()
            .stream()
            .sorted()
            .toList();
    long p50 = sorted.get(sorted.size() / 2);
    long p99 = sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1);
    Runtime runtime = Runtime.getRuntime();
    long usedMb = (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
    System.out.printf(
        "load: %d submissions from %d clients, %d refused with 429; time from acceptance to"
            + " verdict p50 %d ms, p99 %d ms; heap in use after %d MiB%n",
        accepted.size(), CLIENTS, refused.get(), p50, p99, usedMb);
    assertThat(usedMb).as("heap in use after the burst, MiB").isLessThan(1024);
  }

  /** Poll the submission until it is judged. */
  private static void awaitVerdict(Client client, long id, long deadline) throws Exception {
    while (System.nanoTime() < deadline) {
      JsonNode submission = JSON.readTree(client.get("/api/submissions/" + id).body());
      if ("done".equals(submission.path("status").asString())) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("submission " + id + " was not judged in time");
  }

  /** Send a request whose body trickles in over {@code duration}; its status. */
  private int dribble(Client client, Duration duration) throws Exception {
    String cookies =
        String.join(
            "; ",
            ((CookieManager) client.http.cookieHandler().orElseThrow())
                .getCookieStore().getCookies().stream()
                    .map(c -> c.getName() + "=" + c.getValue())
                    .toList());
    URI uri = URI.create(base);
    try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      String body =
          JSON.writeValueAsString(
              java.util.Map.of(
                  "language", "python", "source", TestProblems.SUM_PYTHON, "mode", "submit"));
      out.write(
          ("POST /api/problems/sum/submissions HTTP/1.1\r\nHost: localhost\r\n"
                  + "Cookie: "
                  + cookies
                  + "\r\nX-CSRF-TOKEN: "
                  + client.csrf
                  + "\r\nContent-Type: application/json\r\nContent-Length: "
                  + body.length()
                  + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      long pause = duration.toMillis() / body.length();
      for (byte b : body.getBytes(StandardCharsets.US_ASCII)) {
        out.write(b);
        out.flush();
        Thread.sleep(pause);
      }
      String status = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
      return Integer.parseInt(status.substring(9, 12));
    }
  }
}
