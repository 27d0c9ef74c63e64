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
 * Checks where exact values are not the point: distributions, causality, gradients by finite
 * differences.
 */
class PropertyCheckTests {

  private static Judge judge;
  private static ProblemPackage pkg;

  private static final String CORRECT =
      """
      import numpy as np

      def softmax(x):
          z = np.exp(x - x.max(axis=-1, keepdims=True))
          return z / z.sum(axis=-1, keepdims=True)

      def causal_mean(x):
          return np.cumsum(x, axis=0) / np.arange(1, len(x) + 1)[:, None]

      def cube_forward(x):
          return x ** 3, x

      def cube_backward(dy, cache):
          return (3 * cache ** 2 * dy,)

      def mean_square(x):
          return float(np.mean(x ** 2))

      def shape_of(x):
          return list(x.shape)

      def scale(a, x):
          return a * x

      def scale_grad(dy, x):
          return float(np.sum(dy * x))
      """;

  @BeforeAll
  static void setUp() {
    judge = new Judge(Sandboxes.detect(), Runtimes.detect());
    assumeTrue(judge.runtimes().python().isPresent(), "python3 is not installed");
    pkg = PackageLoader.load(JudgeVerdictTests.resource("packages/properties"));
  }

  private JudgeReport judge(String source) {
    return judge.judge(pkg, Language.PYTHON, source, JudgeListener.NONE);
  }

  @Test
  void correctSolutionPassesEveryPropertyCheck() {
    JudgeReport report = judge(CORRECT);
    assertThat(report.verdict()).as(report.toString()).isEqualTo(Verdict.AC);
  }

  @Test
  void backwardPassThatDisagreesWithFiniteDifferencesIsWrong() {
    JudgeReport report = judge(CORRECT.replace("3 * cache ** 2 * dy", "2 * cache * dy"));
    assertThat(report.verdict()).isEqualTo(Verdict.WA);
    assertThat(report.tests().get(0).message())
        .contains("call 5 of 6")
        .contains("differs from the numerical gradient of call 4");
  }

  @Test
  void lookingAtTheFutureBreaksCausality() {
    JudgeReport report =
        judge(
            CORRECT.replace(
                "np.cumsum(x, axis=0) / np.arange(1, len(x) + 1)[:, None]",
                "np.ones_like(x) * x.mean(axis=0)"));
    assertThat(report.verdict()).isEqualTo(Verdict.WA);
    assertThat(report.tests().get(0).message())
        .contains("call 3 of 6")
        .contains("differs from call 2 on [[0,3]]");
  }

  @Test
  void unnormalizedSoftmaxIsNotADistribution() {
    JudgeReport report =
        judge(CORRECT.replace("return z / z.sum(axis=-1, keepdims=True)", "return z"));
    assertThat(report.verdict()).isEqualTo(Verdict.WA);
    assertThat(report.tests().get(0).message()).contains("call 1 of 6").contains("sums to");
    // Hidden: the words stay, the numbers go.
    assertThat(report.tests().get(1).message())
        .isEqualTo("call 4 of 4 (softmax): row […] sums to …, not …");
  }

  @Test
  void scalarResultsCanBeCheckedAndDifferentiated() {
    JudgeReport report = judge(CORRECT);
    assertThat(report.tests().get(1).verdict())
        .as(report.tests().get(1).message())
        .isEqualTo(Verdict.AC);
    JudgeReport wrong =
        judge(CORRECT.replace("return float(np.mean(x ** 2))", "return float('nan')"));
    assertThat(wrong.tests().get(1).verdict()).isEqualTo(Verdict.WA);
    JudgeReport badGradient =
        judge(CORRECT.replace("return float(np.sum(dy * x))", "return float(np.sum(x))"));
    assertThat(badGradient.tests().get(1).message())
        .isEqualTo("call 3 of 4 (scale_grad): inconsistent with the numerical gradient");
  }

  @Test
  void naiveSoftmaxOverflowsToNonFiniteValues() {
    JudgeReport report =
        judge(CORRECT.replace("np.exp(x - x.max(axis=-1, keepdims=True))", "np.exp(x * 1000)"));
    assertThat(report.verdict()).isEqualTo(Verdict.WA);
  }
}
