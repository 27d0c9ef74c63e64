package dev.onsite.judge.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.onsite.judge.lang.Language;
import dev.onsite.judge.lang.Runtimes;
import dev.onsite.judge.sandbox.BubblewrapSandbox;
import dev.onsite.judge.sandbox.SandboxCommand;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One Python zygote serves submission after submission in one box: each starts as a fresh fork of a
 * runtime that has run none, and finds nothing that an earlier one left.
 */
class ZygoteTests {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static WarmPool pool;
  private static HarnessRunner runner;
  private static SandboxCommand python;

  @BeforeAll
  static void setUp() {
    assumeTrue(
        BubblewrapSandbox.probe(BubblewrapSandbox.DEFAULT_BWRAP).isEmpty(),
        "bubblewrap cannot run here");
    Runtimes runtimes = Runtimes.detect();
    assumeTrue(runtimes.python().isPresent(), "python3 is not installed");
    // One zygote only, so that every submission after the first is served by a used one.
    pool =
        new WarmPool(
            BubblewrapSandbox.at(BubblewrapSandbox.DEFAULT_BWRAP), 1, runtimes::zygoteCommand, 1);
    runner = new HarnessRunner(pool);
    python = runtimes.harnessCommand(Language.PYTHON, 128);
    pool.prepare(python);
  }

  @AfterAll
  static void tearDown() {
    if (pool != null) {
      pool.close();
    }
  }

  // Prints what it finds of other rounds (as JSON), then leaves behind what a program can leave in
  // a box: a file, environment and module state, a process that lives on, a System V shared memory
  // segment, and (when asked) a lower priority for its zygote.
  private static final String PROBE =
      """
      import ctypes, json, os, resource, sys, time
      ROUND = "%d"
      LOWER_ZYGOTE_PRIORITY = %s
      libc = ctypes.CDLL(None)
      with open("/proc/sysvipc/shm") as table:
          segments = [row.split()[0] for row in table.read().splitlines()[1:]]
      found = {
          "files": os.listdir("."),
          "environment": sorted(k for k in os.environ if k.startswith("LEAK_")),
          "module_state": getattr(sys, "leak", None),
          "processes": [p for p in os.listdir("/proc") if p.isdigit() and int(p) not in (1, os.getpid())],
          "segments": segments,
          "priority": [os.getpriority(os.PRIO_PROCESS, 0), os.getpriority(os.PRIO_PROCESS, 1)],
          "judge_input": os.read(0, 100).decode(),
      }
      address_space = resource.getrlimit(resource.RLIMIT_AS)[0]
      print(json.dumps({"pid": os.getpid(), "found": found, "address_space": address_space}))
      open("leak-" + ROUND, "w").write("x")
      os.environ["LEAK_" + ROUND] = "1"
      sys.leak = ROUND
      if os.fork() == 0:
          time.sleep(60)
          os._exit(0)
      libc.shmget(1000 + int(ROUND), 4096, 0o1000 | 0o600)
      if LOWER_ZYGOTE_PRIORITY:
          os.setpriority(os.PRIO_PROCESS, 1, 5)
      """;

  private static JsonNode probe(int round, boolean lowerPriority) throws Exception {
    pool.awaitReady(Duration.ofSeconds(10));
    ObjectNode job = JSON.createObjectNode();
    job.put("kind", "stdio");
    job.put("source", PROBE.formatted(round, lowerPriority ? "True" : "False"));
    job.put("output_limit", 1 << 16);
    ArrayNode tests = JSON.createArrayNode();
    tests.addObject().put("input", "");
    List<Outcome> outcomes =
        runner.run(python, job, tests, 2.0, 128, 1 << 16, (i, o) -> {}).outcomes();
    assertThat(outcomes.get(0).status()).as(outcomes.get(0).stderr()).isEqualTo("ok");
    return JSON.readTree(outcomes.get(0).stdout());
  }

  private static void assertFoundNothing(JsonNode report, int round) {
    JsonNode found = report.get("found");
    assertThat(found.get("files").size()).as("round %d: files %s", round, found).isZero();
    assertThat(found.get("environment").size()).as("round %d: %s", round, found).isZero();
    assertThat(found.get("module_state").isNull()).as("round %d: %s", round, found).isTrue();
    assertThat(found.get("processes").size()).as("round %d: processes %s", round, found).isZero();
    assertThat(found.get("segments").size()).as("round %d: segments %s", round, found).isZero();
    assertThat(found.get("priority").toString()).as("round %d", round).isEqualTo("[0,0]");
    assertThat(found.get("judge_input").asString()).as("round %d", round).isEmpty();
  }

  @Test
  void eachSubmissionIsAFreshForkOfTheSameZygoteAndFindsNothingOfTheOnesBefore() throws Exception {
    long previousPid = 1;
    for (int round = 0; round < 4; round++) {
      JsonNode report = probe(round, false);
      assertFoundNothing(report, round);
      // The submission's own memory cap, though one zygote serves every memory limit.
      assertThat(report.get("address_space").asLong())
          .isEqualTo(python.limits().addressSpaceBytes());
      // Forked (the zygote itself is pid 1), and by the same zygote as the round before.
      assertThat(report.get("pid").asLong()).as("round %d", round).isGreaterThan(previousPid);
      previousPid = report.get("pid").asLong();
    }
  }

  @Test
  void aZygoteWhosePriorityWasLoweredIsReplacedBeforeTheNextSubmission() throws Exception {
    assertFoundNothing(probe(10, true), 10);
    JsonNode next = probe(11, false);
    assertFoundNothing(next, 11);
    // The first child of a fresh zygote.
    assertThat(next.get("pid").asLong()).isEqualTo(2);
  }

  @Test
  void aZygoteThatCannotStartIsReportedWithItsReason() {
    SandboxCommand broken =
        new SandboxCommand(
            List.of(
                python.argv().get(0),
                "-c",
                "import sys; sys.stderr.write('no runtime here\\n'); sys.exit(3)"),
            python.env(),
            python.readOnlyPaths(),
            python.limits());
    try (WarmPool brokenPool =
        new WarmPool(
            BubblewrapSandbox.at(BubblewrapSandbox.DEFAULT_BWRAP),
            1,
            command -> java.util.Optional.of(broken),
            1)) {
      ObjectNode job = JSON.createObjectNode();
      job.put("kind", "stdio");
      job.put("source", "print(1)");
      job.put("output_limit", 1024);
      ArrayNode tests = JSON.createArrayNode();
      tests.addObject().put("input", "");
      assertThatThrownBy(
              () ->
                  new HarnessRunner(brokenPool)
                      .run(python, job, tests, 2.0, 128, 1024, (i, o) -> {}))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("zygote did not start")
          .hasMessageContaining("no runtime here");
    }
  }

  @Test
  void aZygoteWhoseJudgeGoesAwayEnds() throws IOException, InterruptedException {
    SandboxCommand zygote = Runtimes.detect().zygoteCommand(python).orElseThrow();
    var box = BubblewrapSandbox.at(BubblewrapSandbox.DEFAULT_BWRAP).start(zygote);
    try {
      box.stdin().close();
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (box.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(box.isAlive()).isFalse();
      assertThat(box.waitFor()).isZero();
    } finally {
      box.close();
    }
  }
}
