package dev.onsite.judge.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.onsite.judge.Judge;
import dev.onsite.judge.JudgeListener;
import dev.onsite.judge.lang.Language;
import dev.onsite.judge.lang.Runtimes;
import dev.onsite.judge.problem.PackageLoader;
import dev.onsite.judge.problem.ProblemPackage;
import dev.onsite.judge.sandbox.BubblewrapSandbox;
import dev.onsite.judge.verdict.JudgeReport;
import dev.onsite.judge.verdict.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The benchmark refuses to report a workload whose solution is not accepted, so a broken bundled
 * package would only show up when someone runs {@code ./onsite bench}: these tests judge the torch
 * workload's solution, and a wrong one, as the benchmark does.
 */
class BenchPackagesTests {

  @Test
  void theTorchWorkloadAcceptsItsModuleAndCatchesAMissingActivation() throws Exception {
    assumeTrue(
        BubblewrapSandbox.probe(BubblewrapSandbox.DEFAULT_BWRAP).isEmpty(),
        "bubblewrap cannot run here");
    Runtimes runtimes = Runtimes.detect();
    assumeTrue(runtimes.pythonModuleVersion("torch").isPresent(), "torch is not installed");
    Path dir = JudgeBenchmark.extract();
    ProblemPackage torch = PackageLoader.load(dir.resolve("torch"));
    String module = Files.readString(dir.resolve("two_layer.py"));
    assertThat(torch.tests()).hasSize(10);
    assertThat(torch.preload()).containsExactly("torch");
    try (Judge judge =
        new Judge(BubblewrapSandbox.at(BubblewrapSandbox.DEFAULT_BWRAP), runtimes, 1)) {
      JudgeReport accepted = judge.judge(torch, Language.PYTHON, module, JudgeListener.NONE);
      assertThat(accepted.verdict()).as(accepted.toString()).isEqualTo(Verdict.AC);
      String linear = module.replace("torch.relu(self.fc1(x))", "self.fc1(x)");
      assertThat(linear).isNotEqualTo(module);
      JudgeReport wrong = judge.judge(torch, Language.PYTHON, linear, JudgeListener.NONE);
      assertThat(wrong.verdict()).isEqualTo(Verdict.WA);
    }
  }
}
