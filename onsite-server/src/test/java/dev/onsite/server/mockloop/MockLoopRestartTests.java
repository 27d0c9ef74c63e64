package dev.onsite.server.mockloop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onsite.server.OnsiteServer;
import dev.onsite.server.TestProblems;
import dev.onsite.server.account.Accounts;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** A mock loop left midway is there after a restart, at the same round and clock. */
class MockLoopRestartTests {

  @Test
  void aLoopLeftMidwayResumesAfterARestart() throws Exception {
    Path data = Files.createTempDirectory("onsite-restart-mock");
    String[] args = {
      "--server.port=0",
      "--onsite.data-dir=" + data,
      "--onsite.problems-dir=" + TestProblems.DIR,
      "--onsite.content-dir=" + TestProblems.CONTENT,
      "--spring.lifecycle.timeout-per-shutdown-phase=5s"
    };
    long account;
    MockLoop before;
    try (ConfigurableApplicationContext first = OnsiteServer.start(args)) {
      account = first.getBean(Accounts.class).register("ada", "a long password").id();
      MockLoops loops = first.getBean(MockLoops.class);
      long id = loops.start(account, "acme", "mock-loop").id();
      before = loops.startRound(account, id, 2);
    }

    try (ConfigurableApplicationContext second = OnsiteServer.start(args)) {
      MockLoops loops = second.getBean(MockLoops.class);
      MockLoop after = loops.require(account, before.id());
      assertThat(after.rounds()).isEqualTo(before.rounds());
      assertThat(after.current(loops.now())).map(MockRound::position).contains(1);
      assertThat(loops.packet(after, loops.now()).verdict())
          .isEqualTo(Committee.Verdict.IN_PROGRESS);
    }
  }
}
