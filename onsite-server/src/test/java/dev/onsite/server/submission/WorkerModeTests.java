package dev.onsite.server.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.onsite.server.OnsiteServer;
import dev.onsite.server.RealPostgres;
import dev.onsite.server.TestProblems;
import dev.onsite.server.account.Accounts;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code ./onsite worker}: the app without its web side, judging what a server queued in the
 * PostgreSQL database they share.
 */
class WorkerModeTests {

  @Test
  void aWorkerWithoutAWebServerJudgesWhatIsQueuedInTheSharedDatabase() throws Exception {
    String[] args = {
      "--spring.main.web-application-type=none",
      "--spring.datasource.url=" + RealPostgres.newDatabase(),
      "--onsite.accounts.mode=required",
      "--onsite.data-dir=" + Files.createTempDirectory("onsite-worker"),
      "--onsite.problems-dir=" + TestProblems.DIR,
      "--onsite.content-dir=" + TestProblems.CONTENT,
      "--onsite.judge.workers=1",
      "--onsite.judge.poll-interval=200ms",
      "--onsite.judge.shutdown-grace=1s",
      "--spring.lifecycle.timeout-per-shutdown-phase=5s"
    };
    try (ConfigurableApplicationContext worker = OnsiteServer.start(args)) {
      assertThat(worker).isNotInstanceOf(WebServerApplicationContext.class);
      long account = worker.getBean(Accounts.class).register("ada", "a long password").id();
      SubmissionRepository repository = worker.getBean(SubmissionRepository.class);

      // What a server on another machine does: store it as queued, without telling this process.
      long id =
          repository.insert(
              account, "sum", "python", Mode.SUBMIT, TestProblems.SUM_PYTHON, 1, Instant.now());

      await().atMost(Duration.ofSeconds(60)).until(() -> repository.byId(id).orElseThrow().done());
      assertThat(repository.byId(id).orElseThrow().verdict()).isEqualTo("AC");
      assertThat(repository.tests(id)).hasSize(3);
    }
  }

  @Test
  void aNotifyOnPostgresStartsAnIdleWorkerLongBeforeItsNextPoll() throws Exception {
    String url = RealPostgres.newDatabase();
    String[] args = {
      "--spring.main.web-application-type=none",
      "--spring.datasource.url=" + url,
      "--onsite.accounts.mode=required",
      "--onsite.data-dir=" + Files.createTempDirectory("onsite-notify"),
      "--onsite.problems-dir=" + TestProblems.DIR,
      "--onsite.content-dir=" + TestProblems.CONTENT,
      "--onsite.judge.workers=1",
      "--onsite.judge.poll-interval=10m",
      "--onsite.judge.shutdown-grace=1s",
      "--spring.lifecycle.timeout-per-shutdown-phase=5s"
    };
    try (ConfigurableApplicationContext worker = OnsiteServer.start(args)) {
      long account = worker.getBean(Accounts.class).register("ada", "a long password").id();
      SubmissionRepository repository = worker.getBean(SubmissionRepository.class);
      Thread.sleep(500); // the worker has looked at the empty queue and waits for ten minutes

      // A server on another machine stores a submission and announces it, as Submissions does.
      long id =
          repository.insert(
              account, "sum", "python", Mode.SUBMIT, TestProblems.SUM_PYTHON, 1, Instant.now());
      Instant announced = Instant.now();
      org.springframework.jdbc.core.simple.JdbcClient.create(
              new org.springframework.jdbc.datasource.SingleConnectionDataSource(
                  url, "postgres", "", true))
          .sql("select pg_notify('onsite_queue', '')")
          .query()
          .singleRow();

      await().atMost(Duration.ofSeconds(30)).until(() -> repository.byId(id).orElseThrow().done());
      assertThat(repository.byId(id).orElseThrow().verdict()).isEqualTo("AC");
      // The figure docs/performance.md quotes: how long the idle worker took to start judging.
      long pickupMs =
          Duration.between(announced, repository.byId(id).orElseThrow().startedAt()).toMillis();
      System.out.println("worker started the submission " + pickupMs + " ms after the notify");
      assertThat(pickupMs).as("far below the 10 minute poll: the notify woke it").isLessThan(5000);
    }
  }

  @Test
  void aPageWatchingOnTheServerSeesTheEndOfAJudgementMadeByAWorker() throws Exception {
    String url = RealPostgres.newDatabase();
    String[] common = {
      "--spring.main.web-application-type=none",
      "--spring.datasource.url=" + url,
      "--onsite.accounts.mode=required",
      "--onsite.problems-dir=" + TestProblems.DIR,
      "--onsite.content-dir=" + TestProblems.CONTENT,
      "--onsite.judge.shutdown-grace=1s",
      "--spring.lifecycle.timeout-per-shutdown-phase=5s"
    };
    try (ConfigurableApplicationContext server =
            OnsiteServer.start(
                with(
                    common,
                    "--onsite.judge.local=false",
                    "--onsite.data-dir=" + Files.createTempDirectory("onsite-server")));
        ConfigurableApplicationContext worker =
            OnsiteServer.start(
                with(
                    common,
                    "--onsite.judge.workers=1",
                    "--onsite.judge.poll-interval=10m",
                    "--onsite.data-dir=" + Files.createTempDirectory("onsite-worker")))) {
      long account = server.getBean(Accounts.class).register("ada", "a long password").id();
      SubmissionRepository repository = server.getBean(SubmissionRepository.class);
      VerdictStream pages = server.getBean(VerdictStream.class);
      assertThat(worker.getBean(VerdictStream.class)).isNotSameAs(pages);
      Thread.sleep(500); // the worker has looked at the empty queue and waits for ten minutes

      long id =
          repository.insert(
              account, "sum", "python", Mode.SUBMIT, TestProblems.SUM_PYTHON, 1, Instant.now());
      pages.subscribe(id); // a page on the server follows it
      server.getBean(QueueNotifications.class).announce();

      await().atMost(Duration.ofSeconds(30)).until(() -> repository.byId(id).orElseThrow().done());
      // Without the worker's onsite_done, the page would wait until its stream times out.
      await()
          .atMost(Duration.ofSeconds(10))
          .untilAsserted(() -> assertThat(pages.watching(id)).isFalse());
      assertThat(repository.byId(id).orElseThrow().verdict()).isEqualTo("AC");
    }
  }

  private static String[] with(String[] common, String... more) {
    String[] all = java.util.Arrays.copyOf(common, common.length + more.length);
    System.arraycopy(more, 0, all, common.length, more.length);
    return all;
  }
}
