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
 * Property checks of PyTorch code: autograd against finite differences (of an argument and of a
 * named parameter), registered parameters and buffers, train/eval mode, inputs left unchanged. Each
 * passes for a correct solution and catches the mistake it is there for.
 */
class TorchPropertyCheckTests {

  private static Judge judge;
  private static ProblemPackage pkg;

  private static final String CORRECT =
      """
      import torch
      import torch.nn as nn

      class Cube(torch.autograd.Function):
          @staticmethod
          def forward(ctx, x):
              ctx.save_for_backward(x)
              return x ** 3

          @staticmethod
          def backward(ctx, grad):
              (x,) = ctx.saved_tensors
              return 3 * x ** 2 * grad

      def cube(x):
          return Cube.apply(x)

      def normalize(x):
          return x / x.norm()

      class Block(nn.Module):
          def __init__(self, d):
              super().__init__()
              self.norm = nn.LayerNorm(d)
              self.fc = nn.Linear(d, d)
              self.drop = nn.Dropout(0.5)
              self.register_buffer("scale", torch.ones(d))

          def forward(self, x):
              return self.drop(self.fc(self.norm(x))) * self.scale + x
      """;

  @BeforeAll
  static void setUp() {
    Runtimes runtimes = Runtimes.detect();
    assumeTrue(runtimes.pythonModuleVersion("torch").isPresent(), "torch is not installed");
    judge = new Judge(Sandboxes.detect(), runtimes);
    pkg = PackageLoader.load(JudgeVerdictTests.resource("packages/torch-properties"));
  }

  private static String messageOf(String source) {
    JudgeReport report = judge.judge(pkg, Language.PYTHON, source, JudgeListener.NONE);
    assertThat(report.verdict()).as(report.toString()).isEqualTo(Verdict.WA);
    return report.tests().get(0).message();
  }

  @Test
  void aCorrectSolutionPassesEveryCheck() {
    JudgeReport report = judge.judge(pkg, Language.PYTHON, CORRECT, JudgeListener.NONE);
    assertThat(report.verdict()).as(report.toString()).isEqualTo(Verdict.AC);
  }

  @Test
  void aCustomBackwardThatDisagreesWithFiniteDifferencesIsCaught() {
    assertThat(messageOf(CORRECT.replace("return 3 * x ** 2 * grad", "return 2 * x * grad")))
        .contains("call 1 of 13")
        .contains("autograd's gradient with respect to args[0] differs from finite differences");
  }

  @Test
  void aDetachedGraphHasNoGradientForTheParameter() {
    assertThat(
            messageOf(
                CORRECT.replace(
                    "return self.drop(self.fc(self.norm(x)))",
                    "return self.drop(self.fc(self.norm(x)).detach())")))
        .contains("call 10 of 13")
        .contains("does not depend on parameter fc.weight through autograd");
  }

  @Test
  void aLayerKeptInAPlainListIsNotRegistered() {
    assertThat(
            messageOf(
                CORRECT
                    .replace("self.fc = nn.Linear(d, d)", "self.layers = [nn.Linear(d, d)]")
                    .replace("self.fc(", "self.layers[0](")))
        .contains("call 4 of 13")
        .contains("missing key 'fc.bias'");
  }

  @Test
  void aTensorAttributeIsNotABuffer() {
    assertThat(
            messageOf(
                CORRECT.replace(
                    "self.register_buffer(\"scale\", torch.ones(d))",
                    "self.scale = torch.ones(d)")))
        .contains("call 5 of 13")
        .contains("missing key 'scale'");
  }

  @Test
  void anEvalThatLeavesDropoutTrainingIsCaught() {
    assertThat(
            messageOf(
                CORRECT.replace(
                    "    def forward(self, x):",
                    "    def eval(self):\n"
                        + "        self.training = False\n"
                        + "        return self\n\n"
                        + "    def forward(self, x):")))
        .contains("call 7 of 13")
        .contains("at ['drop']: expected false, got true");
  }

  @Test
  void dropoutThatIsOffInTrainingModeIsCaught() {
    assertThat(messageOf(CORRECT.replace("nn.Dropout(0.5)", "nn.Identity()")))
        .contains("call 13 of 13")
        .contains("differs from call 8's, got the same");
  }

  @Test
  void changingAnInputInPlaceIsCaught() {
    assertThat(messageOf(CORRECT.replace("return x / x.norm()", "return x.div_(x.norm())")))
        .contains("call 2 of 13")
        .contains("changed argument 1 in place");
  }
}
