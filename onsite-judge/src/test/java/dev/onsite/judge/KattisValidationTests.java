package dev.onsite.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.onsite.judge.lang.Language;
import dev.onsite.judge.lang.Runtimes;
import dev.onsite.judge.problem.PackageLoader;
import dev.onsite.judge.problem.ProblemPackage;
import dev.onsite.judge.sandbox.Sandboxes;
import dev.onsite.judge.verdict.JudgeReport;
import dev.onsite.judge.verdict.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A Kattis package with a custom output validator and a time limit derived from its accepted run.
 */
class KattisValidationTests {

  private static Judge judge;
  private static ProblemPackage pkg;

  @BeforeAll
  static void setUp() {
    judge = new Judge(Sandboxes.detect(), Runtimes.detect());
    assumeTrue(judge.runtimes().python().isPresent(), "python3 is not installed");
    pkg = PackageLoader.load(JudgeVerdictTests.resource("packages/close-enough"));
  }

  @Test
  void customValidatorAcceptsWithExitFortyTwo() {
    JudgeReport report =
        judge.judge(
            pkg,
            Language.PYTHON,
            "n = input()\nprint(int(n) - 1 if n.isdigit() else 1)\n",
            JudgeListener.NONE);
    assertThat(report.tests().get(0).verdict()).isEqualTo(Verdict.AC);
    assertThat(report.tests().get(1).verdict()).isEqualTo(Verdict.AC);
  }

  @Test
  void customValidatorMessageIsShownForVisibleTests() {
    JudgeReport report = judge.judge(pkg, Language.PYTHON, "print(100)\n", JudgeListener.NONE);
    assertThat(report.tests().get(0).verdict()).isEqualTo(Verdict.WA);
    assertThat(report.tests().get(0).message()).isEqualTo("100 is not within 1 of 10");
    assertThat(report.tests().get(1).message()).doesNotContain("41").doesNotContain("100");
  }

  @Test
  void crashingValidatorIsAJudgeErrorNotTheCandidatesFault() {
    JudgeReport report =
        judge.judge(
            pkg,
            Language.PYTHON,
            "n = input()\nprint(int(n) if n.isdigit() else 0)\n",
            JudgeListener.NONE);
    assertThat(report.tests().get(2).verdict()).isEqualTo(Verdict.JE);
    assertThat(report.tests().get(2).visible()).isFalse();
    // The validator's message quotes the hidden answer: only the status reaches the candidate.
    assertThat(report.tests().get(2).message())
        .isEqualTo("the output validator exited with status 1 (expected 42 or 43)");
    assertThat(report.verdict()).isEqualTo(Verdict.JE);
  }

  @Test
  void missingTimeLimitIsDerivedFromTheAcceptedSubmission() {
    assertThat(pkg.limits().timeLimitSeconds()).isEmpty();
    // Legacy multiplier 5 times a run of a few milliseconds, rounded up to a whole second.
    assertThat(judge.timeLimit(pkg)).isEqualTo(1.0);
  }
}
