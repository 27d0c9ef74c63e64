package dev.onsite.judge.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.onsite.judge.lang.Language;
import dev.onsite.judge.lang.Runtimes;
import dev.onsite.judge.sandbox.Sandbox;
import dev.onsite.judge.sandbox.SandboxCommand;
import dev.onsite.judge.sandbox.SandboxProcess;
import dev.onsite.judge.sandbox.Sandboxes;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A runtime that ends mid-test without hitting a limit is run again from that test, once: a death
 * the program did not cause costs no verdict, and one it causes is still a runtime error.
 */
class HarnessRetryTests {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ScheduledExecutorService LATER =
      Executors.newSingleThreadScheduledExecutor();

  private static Sandbox sandbox;
  private static Runtimes runtimes;

  @BeforeAll
  static void setUp() {
    sandbox = Sandboxes.detect();
    runtimes = Runtimes.detect();
    assumeTrue(runtimes.python().isPresent(), "python3 is not installed");
  }

  @AfterAll
  static void tearDown() {
    LATER.shutdownNow();
  }

  @Test
  void aRuntimeKilledFromOutsideMidTestRunsThatTestAgainAndPasses() throws IOException {
    AtomicInteger starts = new AtomicInteger();
    HarnessRunner runner =
        new HarnessRunner(
            command -> {
              SandboxProcess process = sandbox.start(command);
              if (starts.incrementAndGet() == 1) {
                // What a machine's hiccup looks like to the judge: the runtime just goes away.
                LATER.schedule(process::kill, 1500, TimeUnit.MILLISECONDS);
              }
              return process;
            });

    List<Outcome> outcomes =
        run(runner, "import time\ntime.sleep(2.5)\nprint(sum(map(int, input().split())))\n");

    assertThat(starts).hasValue(2);
    assertThat(outcomes).hasSize(1);
    assertThat(outcomes.get(0).status()).isEqualTo("ok");
    assertThat(outcomes.get(0).stdout().strip()).isEqualTo("3");
  }

  @Test
  void aProgramThatKillsItsOwnRuntimeIsRunTwiceThenDied() throws IOException {
    AtomicInteger starts = new AtomicInteger();
    HarnessRunner runner =
        new HarnessRunner(
            command -> {
              starts.incrementAndGet();
              return sandbox.start(command);
            });

    List<Outcome> outcomes = run(runner, "import os\nos._exit(7)\n");

    assertThat(starts).hasValue(2);
    assertThat(outcomes.get(0).status()).isEqualTo("died");
    assertThat(outcomes.get(0).exitCode()).as("its own status, not our kill's").isEqualTo(7);
  }

  private static List<Outcome> run(HarnessRunner runner, String source) throws IOException {
    SandboxCommand command = runtimes.harnessCommand(Language.PYTHON, 256);
    ObjectNode job = JSON.createObjectNode();
    job.put("kind", "stdio");
    job.put("source", source);
    job.put("output_limit", 1 << 20);
    ArrayNode tests = JSON.createArrayNode();
    tests.addObject().put("input", "1 2\n");
    return runner.run(command, job, tests, 2.0, 256, 1 << 20, (i, outcome) -> {}).outcomes();
  }
}
