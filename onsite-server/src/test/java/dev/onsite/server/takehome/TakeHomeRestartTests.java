package dev.onsite.server.takehome;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onsite.server.OnsiteServer;
import dev.onsite.server.TestProblems;
import dev.onsite.server.account.Accounts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** A take-home's paused timer is where it was after the server stops and starts again. */
class TakeHomeRestartTests {

  @Test
  void aPausedAttemptKeepsItsTimeUsedAcrossARestart() throws Exception {
    Path data = Files.createTempDirectory("onsite-restart-takehome");
    String[] args = {
      "--server.port=0",
      "--onsite.data-dir=" + data,
      "--onsite.problems-dir=" + TestProblems.DIR,
      "--onsite.content-dir=" + TestProblems.CONTENT,
      "--onsite.takehomes-dir=" + Path.of("src/test/resources/takehomes").toAbsolutePath(),
      "--spring.lifecycle.timeout-per-shutdown-phase=5s"
    };
    Instant now = Instant.now();
    long account;
    long attempt;
    try (ConfigurableApplicationContext first = OnsiteServer.start(args)) {
      account = first.getBean(Accounts.class).register("ada", "a long password").id();
      TakeHomeAttempts attempts = first.getBean(TakeHomeAttempts.class);
      TakeHomeAttempt started =
          attempts.insert(account, "tiny-table", 42, 7200, now.minus(Duration.ofMinutes(10)));
      attempts.pause(started, now.minus(Duration.ofMinutes(4)));
      attempt = started.id();
    }

    try (ConfigurableApplicationContext second = OnsiteServer.start(args)) {
      TakeHomeAttempt after =
          second.getBean(TakeHomeAttempts.class).latest(account, "tiny-table").orElseThrow();
      assertThat(after.id()).isEqualTo(attempt);
      assertThat(after.seed()).isEqualTo(42);
      assertThat(after.paused()).isTrue();
      Instant later = Instant.now().plus(Duration.ofHours(1));
      assertThat(after.elapsedSeconds(later)).isEqualTo(360);
      assertThat(after.remainingSeconds(later)).isEqualTo(7200 - 360);
    }
  }
}
