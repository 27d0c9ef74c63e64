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
 * {@code $tensor} values through the whole api call path: arguments become tensors (and dicts of
 * them), results come back marked as tensors and are compared by shape, dtype kind and values.
 */
class TensorValueTests {

  private static Judge judge;
  private static ProblemPackage pkg;

  static final String CORRECT =
      """
      import torch
      import torch.nn as nn

      def double(x):
          assert isinstance(x, torch.Tensor)
          return x * 2

      def total(x):
          return x.sum()

      def as_long(x):
          return x.long()

      def positive(x):
          assert x.dtype == torch.int32
          return x > 0

      def grad_of_square(x):
          assert x.requires_grad
          (x ** 2).sum().backward()
          return x.grad

      class Affine(nn.Module):
          def __init__(self, d_in, d_out):
              super().__init__()
              self.linear = nn.Linear(d_in, d_out)

          def forward(self, x):
              return self.linear(x)
      """;

  @BeforeAll
  static void setUp() {
    Runtimes runtimes = Runtimes.detect();
    assumeTrue(runtimes.pythonModuleVersion("torch").isPresent(), "torch is not installed");
    judge = new Judge(Sandboxes.detect(), runtimes);
    pkg = PackageLoader.load(JudgeVerdictTests.resource("packages/tensors"));
  }

  private JudgeReport judge(String source) {
    return judge.judge(pkg, Language.PYTHON, source, JudgeListener.NONE);
  }

  @Test
  void tensorsGoInAndComeBackComparable() {
    JudgeReport report = judge(CORRECT);
    assertThat(report.verdict()).as(report.toString()).isEqualTo(Verdict.AC);
  }

  @Test
  void aNumpyArrayWhereATensorIsExpectedIsWrong() {
    JudgeReport report = judge(CORRECT.replace("return x * 2", "return x.numpy() * 2"));
    assertThat(report.verdict()).isEqualTo(Verdict.WA);
    assertThat(report.tests().get(0).message())
        .contains("call 1 of 11")
        .contains("expected a torch.Tensor, got numpy.ndarray");
  }

  @Test
  void aDetachedResultIsWrongWhereTheGraphIsExpected() {
    JudgeReport report =
        judge(CORRECT.replace("return self.linear(x)", "return self.linear(x).detach()"));
    assertThat(report.verdict()).isEqualTo(Verdict.WA);
    assertThat(report.tests().get(0).message())
        .contains("call 11 of 11")
        .contains("attached to the autograd graph");
  }

  @Test
  void aTensorOfTheWrongDtypeKindOrValuesIsWrong() {
    JudgeReport kind = judge(CORRECT.replace("return x.long()", "return x"));
    assertThat(kind.tests().get(0).message())
        .contains("call 4 of 11")
        .contains("expected dtype kind int, got float (float32)");
    JudgeReport values = judge(CORRECT.replace("return x * 2", "return x * 2.001"));
    assertThat(values.tests().get(0).message())
        .contains("call 1 of 11")
        .contains("elements differ");
  }

  @Test
  void aStateDictOfTensorsReachesLoadStateDict() {
    // Loading zeros instead of the given tensors changes the forward pass: the dict arrived.
    JudgeReport ignored =
        judge(
            CORRECT.replace(
                "        return self.linear(x)",
                "        return self.linear(x)\n\n    def load_state_dict(self, state):\n"
                    + "        return super().load_state_dict({k: v * 0 for k, v in state.items()})"));
    assertThat(ignored.tests().get(0).message()).contains("call 11 of 11");
  }
}
