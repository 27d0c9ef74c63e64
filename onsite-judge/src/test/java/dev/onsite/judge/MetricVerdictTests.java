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

/** Predictions graded on held-out labels that stay with the judge. */
class MetricVerdictTests {

  private static Judge judge;
  private static ProblemPackage pkg;

  private static final String CORRECT =
      """
      def score(xs):
          return list(xs)

      def label(xs):
          return ["yes" if x > 0.5 else "no" for x in xs]

      def regress(xs):
          return [2 * x for x in xs]
      """;

  @BeforeAll
  static void setUp() {
    judge = new Judge(Sandboxes.detect(), Runtimes.detect());
    assumeTrue(judge.runtimes().python().isPresent(), "python3 is not installed");
    pkg = PackageLoader.load(JudgeVerdictTests.resource("packages/metrics"));
  }

  private JudgeReport judge(String source) {
    return judge.judge(pkg, Language.PYTHON, source, JudgeListener.NONE);
  }

  @Test
  void predictionsThatReachEveryThresholdAreAccepted() {
    JudgeReport report = judge(CORRECT);
    assertThat(report.verdict()).as(report.toString()).isEqualTo(Verdict.AC);
  }

  @Test
  void rankingBelowTheThresholdIsWrongAndTheMessageKeepsTheLabelsOut() {
    JudgeReport report = judge(CORRECT.replace("return list(xs)", "return [1 - x for x in xs]"));
    assertThat(report.verdict()).isEqualTo(Verdict.WA);
    String message = report.tests().get(0).message();
    assertThat(message).contains("roc_auc 0 < 0.9 on 6 held-out rows").doesNotContain("[0, 1, 0");
  }

  @Test
  void predictingOneClassForEveryRowFailsAccuracy() {
    JudgeReport report = judge(CORRECT.replace("\"yes\" if x > 0.5 else \"no\"", "\"no\""));
    assertThat(report.verdict()).isEqualTo(Verdict.WA);
    assertThat(report.tests().get(0).message()).contains("accuracy 0.5 < 0.8");
  }

  @Test
  void hiddenRegressionTestNamesTheErrorAndItsCeiling() {
    JudgeReport report = judge(CORRECT.replace("2 * x for", "x for"));
    assertThat(report.verdict()).isEqualTo(Verdict.WA);
    assertThat(report.tests().get(1).message()).contains("rmse").contains("> 0.5");
  }

  @Test
  void predictionsOfTheWrongLengthAreWrong() {
    JudgeReport report = judge(CORRECT.replace("return list(xs)", "return list(xs)[:3]"));
    assertThat(report.verdict()).isEqualTo(Verdict.WA);
    assertThat(report.tests().get(0).message())
        .contains("expected 6 predictions, one per held-out row, got 3");
  }
}
