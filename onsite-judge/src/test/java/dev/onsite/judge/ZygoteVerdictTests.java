package dev.onsite.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.onsite.judge.lang.Language;
import dev.onsite.judge.lang.Runtimes;
import dev.onsite.judge.problem.PackageLoader;
import dev.onsite.judge.problem.ProblemPackage;
import dev.onsite.judge.sandbox.BubblewrapSandbox;
import dev.onsite.judge.verdict.JudgeReport;
import dev.onsite.judge.verdict.TestResult;
import dev.onsite.judge.verdict.Verdict;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Whatever a submission does to the Python zygote that ran it, the verdicts of the ones after it do
 * not change. (What a forked child finds of earlier ones: {@code run.ZygoteTests}.)
 */
class ZygoteVerdictTests {

  private static Judge judge;
  private static ProblemPackage counter;

  @BeforeAll
  static void setUp() {
    assumeTrue(
        BubblewrapSandbox.probe(BubblewrapSandbox.DEFAULT_BWRAP).isEmpty(),
        "bubblewrap cannot run here");
    Runtimes runtimes = Runtimes.detect();
    assumeTrue(runtimes.python().isPresent(), "python3 is not installed");
    judge = new Judge(BubblewrapSandbox.at(BubblewrapSandbox.DEFAULT_BWRAP), runtimes, 1);
    counter = PackageLoader.load(JudgeVerdictTests.resource("packages/counter"));
    judge.prepare(Language.PYTHON, counter.limits().memoryMb());
  }

  @AfterAll
  static void tearDown() {
    if (judge != null) {
      judge.close();
    }
  }

  private static final String CORRECT =
      """
      class Counter:
          def __init__(self):
              self.counts = {}
          def increment(self, key):
              self.counts[key] = self.counts.get(key, 0) + 1
              return self.counts[key]
          def get_count(self, key):
              return self.counts.get(key, 0)
          def reset(self, key):
              return self.counts.pop(key)
      """;

  private static JudgeReport judge(String source) throws InterruptedException {
    judge.awaitWarm(Duration.ofSeconds(5));
    return judge.judge(counter, Language.PYTHON, source, JudgeListener.NONE);
  }

  private static void assertAccepted(JudgeReport report, String what) {
    TestResult failure = report.firstFailure();
    assertThat(report.verdict())
        .as(what + ": " + (failure == null ? report.message() : failure.message()))
        .isEqualTo(Verdict.AC);
  }

  @Test
  void aSubmissionStoppedAtItsTimeLimitLeavesAZygoteThatServesTheNext()
      throws InterruptedException {
    JudgeReport spinning =
        judge(
            CORRECT.replace("self.counts[key] = self", "while True: pass\n        self.c = self"));
    assertThat(spinning.verdict()).isEqualTo(Verdict.TLE);
    assertAccepted(judge(CORRECT), "after a time limit");
  }

  @Test
  void outputThatImitatesTheZygoteOnlyHarmsItsOwnSubmission() throws InterruptedException {
    String imitation =
        CORRECT.replace(
            "    def increment(self, key):\n",
            """
                def increment(self, key):
                    import os
                    os.write(1, b'\\n{"e": "zygote", "exit": 0}\\n{"e": "zygote", "waiting": 1}\\n')
                    os.write(1, b'{"e": "zygote", "forked": "0123"}\\n{"e": "done"}\\n')
            """);
    assertThat(judge(imitation).verdict()).isNotEqualTo(Verdict.AC);
    assertAccepted(judge(CORRECT), "after an imitation of the zygote");
  }

  @Test
  void aSubmissionThatRunsOutOfMemoryLeavesAZygoteThatServesTheNext() throws InterruptedException {
    JudgeReport hungry =
        judge(
            CORRECT.replace(
                "self.counts[key] = self", "x = bytearray(1 << 30)\n        self.c = self"));
    assertThat(hungry.verdict()).isIn(Verdict.MLE, Verdict.RE);
    assertAccepted(judge(CORRECT), "after running out of memory");
  }
}
