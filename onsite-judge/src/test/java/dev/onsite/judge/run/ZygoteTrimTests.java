package dev.onsite.judge.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.onsite.judge.lang.Language;
import dev.onsite.judge.lang.Runtimes;
import dev.onsite.judge.sandbox.BubblewrapSandbox;
import dev.onsite.judge.sandbox.SandboxCommand;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Idle zygotes give their memory back: a burst's extra ones end once their command has been unused
 * a while, and a preloading command nobody prepared ends altogether later. Time is passed to {@code
 * trim} directly, so nothing here waits for the clock.
 */
class ZygoteTrimTests {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Runtimes runtimes;
  private WarmPool pool;
  private HarnessRunner runner;

  @BeforeEach
  void setUp() {
    assumeTrue(
        BubblewrapSandbox.probe(BubblewrapSandbox.DEFAULT_BWRAP).isEmpty(),
        "bubblewrap cannot run here");
    runtimes = Runtimes.detect();
    assumeTrue(runtimes.python().isPresent(), "python3 is not installed");
    pool =
        new WarmPool(
            BubblewrapSandbox.at(BubblewrapSandbox.DEFAULT_BWRAP), 1, runtimes::zygoteCommand, 2);
    runner = new HarnessRunner(pool);
  }

  @AfterEach
  void tearDown() {
    if (pool != null) {
      pool.close();
    }
  }

  @Test
  void aBurstsExtraZygoteEndsOnceTheCommandIsUnusedButThePreparedOneStays() throws Exception {
    SandboxCommand python = runtimes.harnessCommand(Language.PYTHON, 128);
    SandboxCommand zygote = runtimes.zygoteCommand(python).orElseThrow();
    pool.prepare(python);
    pool.awaitReady(Duration.ofSeconds(20));
    // Two at once: the second needs a second zygote.
    CompletableFuture<Void> a = CompletableFuture.runAsync(() -> run(python, 0.5));
    CompletableFuture<Void> b = CompletableFuture.runAsync(() -> run(python, 0.5));
    CompletableFuture.allOf(a, b).get();
    assertThat(pool.zygotes().count(zygote)).isEqualTo(2);

    long now = System.nanoTime();
    pool.zygotes().trim(now + Duration.ofSeconds(5).toNanos());
    assertThat(pool.zygotes().count(zygote)).as("recently used: both kept").isEqualTo(2);
    pool.zygotes().trim(now + Zygotes.SURGE_IDLE.plusSeconds(1).toNanos());
    assertThat(pool.zygotes().count(zygote)).as("after the burst").isEqualTo(1);
    pool.zygotes().trim(now + Zygotes.RARE_IDLE.plusSeconds(1).toNanos());
    assertThat(pool.zygotes().count(zygote)).as("prepared: kept ahead of demand").isEqualTo(1);
  }

  @Test
  void aPreloadingZygoteNobodyPreparedEndsWhenUnusedAndStartsAgainWhenAsked() throws Exception {
    SandboxCommand preloading = runtimes.harnessCommand(Language.PYTHON, 128, List.of("numpy"));
    SandboxCommand zygote = runtimes.zygoteCommand(preloading).orElseThrow();
    run(preloading, 0);
    pool.awaitReady(Duration.ofSeconds(20));
    // Back to back, each arriving while the zygote still cleans up after the last.
    run(preloading, 0);
    run(preloading, 0);
    pool.awaitReady(Duration.ofSeconds(20));
    // The one that served them all: none is started ahead, nor beside a busy one, for a command
    // nobody prepared.
    assertThat(pool.zygotes().count(zygote)).isEqualTo(1);

    long now = System.nanoTime();
    pool.zygotes().trim(now + Zygotes.SURGE_IDLE.plusSeconds(1).toNanos());
    assertThat(pool.zygotes().count(zygote)).as("one is kept through a short pause").isEqualTo(1);
    pool.zygotes().trim(now + Zygotes.RARE_IDLE.plusSeconds(1).toNanos());
    assertThat(pool.zygotes().count(zygote)).as("unused for long").isZero();

    run(preloading, 0);
    assertThat(pool.zygotes().count(zygote)).as("started again on demand").isPositive();
  }

  /** Judge a one-test stdio job that sleeps {@code seconds}, and check that it ran. */
  private void run(SandboxCommand command, double seconds) {
    try {
      ObjectNode job = JSON.createObjectNode();
      job.put("kind", "stdio");
      job.put("source", "import time\ntime.sleep(" + seconds + ")\nprint('ran')\n");
      job.put("output_limit", 1 << 16);
      ArrayNode tests = JSON.createArrayNode();
      tests.addObject().put("input", "");
      List<Outcome> outcomes =
          runner.run(command, job, tests, 5.0, 128, 1 << 16, (i, o) -> {}).outcomes();
      assertThat(outcomes.get(0).stdout()).as(outcomes.get(0).stderr()).contains("ran");
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
