package dev.onsite.server.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.onsite.server.OnsiteServer;
import dev.onsite.server.TestProblems;
import dev.onsite.server.account.Accounts;
import dev.onsite.server.story.Drafts;
import dev.onsite.server.system.Clocks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Nothing is lost across a restart: what was queued or running is judged by the next server. */
class RestartTests {

  @Test
  void submissionsLeftQueuedOrRunningAreJudgedAfterARestart() throws Exception {
    Path data = Files.createTempDirectory("onsite-restart");
    String[] args = {
      "--server.port=0",
      "--onsite.data-dir=" + data,
      "--onsite.problems-dir=" + TestProblems.DIR,
      "--onsite.content-dir=" + TestProblems.CONTENT,
      "--onsite.judge.workers=1",
      "--onsite.judge.shutdown-grace=1s",
      "--spring.lifecycle.timeout-per-shutdown-phase=5s"
    };
    long running;
    long queued;
    try (ConfigurableApplicationContext first = OnsiteServer.start(args)) {
      long account = first.getBean(Accounts.class).register("ada", "a long password").id();
      first.getBean(JudgingQueue.class).stop();
      JdbcClient jdbc = first.getBean(JdbcClient.class);
      running = insert(jdbc, account, "running", "worker-that-crashed");
      queued = insert(jdbc, account, "queued", null);
    }

    try (ConfigurableApplicationContext second = OnsiteServer.start(args)) {
      SubmissionRepository repository = second.getBean(SubmissionRepository.class);
      await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () ->
                  repository.byId(running).orElseThrow().done()
                      && repository.byId(queued).orElseThrow().done());
      assertThat(repository.byId(running).orElseThrow().verdict()).isEqualTo("AC");
      assertThat(repository.byId(queued).orElseThrow().verdict()).isEqualTo("AC");
      assertThat(repository.tests(running)).hasSize(3);
    }
  }

  @Test
  void aDraftSavedAsTheUserTypedIsThereAfterARestart() throws Exception {
    Path data = Files.createTempDirectory("onsite-restart-draft");
    String[] args = {
      "--server.port=0",
      "--onsite.data-dir=" + data,
      "--onsite.problems-dir=" + TestProblems.DIR,
      "--onsite.content-dir=" + TestProblems.CONTENT,
      "--spring.lifecycle.timeout-per-shutdown-phase=5s"
    };
    long account;
    try (ConfigurableApplicationContext first = OnsiteServer.start(args)) {
      account = first.getBean(Accounts.class).register("ada", "a long password").id();
      first.getBean(Drafts.class).put(account, "story-new", "{\"situation\":\"half a story\"}");
    }

    try (ConfigurableApplicationContext second = OnsiteServer.start(args)) {
      assertThat(second.getBean(Drafts.class).get(account, "story-new"))
          .map(Drafts.Draft::body)
          .contains("{\"situation\":\"half a story\"}");
    }
  }

  private static long insert(JdbcClient jdbc, long account, String status, String claim) {
    jdbc.sql(
            "insert into submissions (account_id, problem_id, language, mode, source,"
                + " levels_unlocked, status, claim, created_at) values (?, 'sum', 'python',"
                + " 'submit', ?, 1, ?, ?, ?)")
        .params(account, TestProblems.SUM_PYTHON, status, claim, Clocks.sql(Instant.now()))
        .update();
    return jdbc.sql("select max(id) from submissions").query(Long.class).single();
  }
}
