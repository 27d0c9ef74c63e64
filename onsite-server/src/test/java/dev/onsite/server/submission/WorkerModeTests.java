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
      org.springframework.jdbc.core.simple.JdbcClient.create(
              new org.springframework.jdbc.datasource.SingleConnectionDataSource(
                  url, "postgres", "", true))
          .sql("select pg_notify('onsite_queue', '')")
          .query()
          .singleRow();

      await().atMost(Duration.ofSeconds(30)).until(() -> repository.byId(id).orElseThrow().done());
      assertThat(repository.byId(id).orElseThrow().verdict()).isEqualTo("AC");
    }
  }
}
