package dev.onsite.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.onsite.judge.lang.Language;
import dev.onsite.judge.lang.Runtimes;
import dev.onsite.judge.problem.PackageLoader;
import dev.onsite.judge.problem.ProblemPackage;
import dev.onsite.judge.sandbox.BubblewrapSandbox;
import dev.onsite.judge.verdict.JudgeReport;
import dev.onsite.judge.verdict.Verdict;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A package with {@code onsite.preload: [torch]} is judged in a zygote that has imported torch, so
 * a submission does not pay the import; what a hostile PyTorch submission does there gets a verdict
 * and leaves the zygote as it was for the next one. A package without the key is judged as before.
 */
class TorchZygoteTests {

  private static Judge judge;
  private static ProblemPackage torchBox;
  private static ProblemPackage plainBox;

  /** Says who imported torch (the zygote is pid 1 of its box), and with how many threads. */
  private static final String CORRECT =
      """
      import sys
      import torch
      import __main__

      def preloaded_in():
          return dict(__main__.PRELOADED_IN)

      def threads():
          return [torch.get_num_threads(), torch.get_num_interop_threads()]

      def work(x):
          return x @ x
      """;

  private static final String PLAIN =
      """
      import sys
      import __main__

      def preloaded_in():
          return dict(__main__.PRELOADED_IN)

      def loaded():
          return ["torch" in sys.modules, "sklearn" in sys.modules, "numpy" in sys.modules]
      """;

  @BeforeAll
  static void setUp() {
    assumeTrue(
        BubblewrapSandbox.probe(BubblewrapSandbox.DEFAULT_BWRAP).isEmpty(),
        "bubblewrap cannot run here");
    Runtimes runtimes = Runtimes.detect();
    assumeTrue(runtimes.pythonModuleVersion("torch").isPresent(), "torch is not installed");
    judge = new Judge(BubblewrapSandbox.at(BubblewrapSandbox.DEFAULT_BWRAP), runtimes, 1);
    torchBox = PackageLoader.load(JudgeVerdictTests.resource("packages/torch-box"));
    plainBox = PackageLoader.load(JudgeVerdictTests.resource("packages/plain-box"));
    judge.prepare(Language.PYTHON, torchBox.limits().memoryMb(), torchBox.preload());
  }

  @AfterAll
  static void tearDown() {
    if (judge != null) {
      judge.close();
    }
  }

  private static JudgeReport judge(ProblemPackage pkg, String source) {
    return judge.judge(pkg, Language.PYTHON, source, JudgeListener.NONE);
  }

  private static void assertNextSubmissionIsServedAsBefore() {
    JudgeReport next = judge(torchBox, CORRECT);
    assertThat(next.verdict()).as(next.toString()).isEqualTo(Verdict.AC);
  }

  @Test
  void torchIsImportedByTheZygoteNotBySubmissions() {
    // sample/marker expects {"torch": 1}: the import happened in pid 1, the zygote, before the
    // fork.
    JudgeReport report = judge(torchBox, CORRECT);
    assertThat(report.verdict()).as(report.toString()).isEqualTo(Verdict.AC);
    // The marker can fail: a submission that imports nothing through the runtime is told so.
    JudgeReport forged =
        judge(torchBox, CORRECT.replace("dict(__main__.PRELOADED_IN)", "{'torch': 2}"));
    assertThat(forged.tests().get(0).message()).contains("call 1 of 2");
  }

  @Test
  void aPackageWithoutPreloadIsJudgedAsBefore() {
    JudgeReport report = judge(plainBox, PLAIN);
    assertThat(report.verdict()).as(report.toString()).isEqualTo(Verdict.AC);
  }

  @Test
  void eachSubmissionDrawsFreshTorchRandomness() {
    String seed = CORRECT.replace("dict(__main__.PRELOADED_IN)", "{'torch': torch.initial_seed()}");
    String first = seedOf(judge(torchBox, seed));
    String second = seedOf(judge(torchBox, seed));
    assertThat(first).isNotEqualTo(second);
  }

  /** The seed the submission reported: an unsigned 64-bit number, so kept as its digits. */
  private static String seedOf(JudgeReport report) {
    Matcher m = Pattern.compile("got (\\d+)").matcher(report.tests().get(0).message());
    assertThat(m.find()).as(report.tests().get(0).message()).isTrue();
    return m.group(1);
  }

  @Test
  void importingAModuleTheSandboxDoesNotHaveIsARuntimeErrorWithItsName() {
    JudgeReport report = judge(torchBox, "import tensorflow_nowhere\n" + CORRECT);
    assertThat(report.verdict()).isEqualTo(Verdict.RE);
    assertThat(report.tests().get(0).message())
        .contains("ModuleNotFoundError: No module named 'tensorflow_nowhere'");
    assertNextSubmissionIsServedAsBefore();
  }

  @Test
  void aFiftyGigabyteTensorIsAMemoryLimitVerdict() {
    JudgeReport report =
        judge(
            torchBox,
            CORRECT.replace("return x @ x", "return torch.empty(50 * 2**30, dtype=torch.uint8)"));
    assertThat(report.verdict()).as(report.toString()).isEqualTo(Verdict.MLE);
    assertNextSubmissionIsServedAsBefore();
  }

  @Test
  void askingForManyTorchThreadsStaysWithinTheBox() {
    // 64 or 1000 intra-op threads: capped at 4, so the box's thread and address-space limits hold
    // and the submission runs (every thread's CPU time counts against its limit).
    for (int threads : new int[] {64, 1000}) {
      JudgeReport many =
          judge(
              torchBox,
              CORRECT.replace(
                  "return x @ x",
                  "torch.set_num_threads("
                      + threads
                      + ")\n"
                      + "    assert torch.get_num_threads() == 4, torch.get_num_threads()\n"
                      + "    y = torch.randn(400, 400)\n"
                      + "    (y @ y).sum()\n"
                      + "    return x @ x"));
      assertThat(many.verdict()).as(many.toString()).isEqualTo(Verdict.AC);
    }
    // Inter-op threads were fixed at one by the runtime: torch refuses to change them.
    JudgeReport interop =
        judge(torchBox, CORRECT.replace("return x @ x", "torch.set_num_interop_threads(8)"));
    assertThat(interop.verdict()).as(interop.toString()).isEqualTo(Verdict.RE);
    // And the next submission has one thread of each again (sample/marker checks [1, 1]).
    assertNextSubmissionIsServedAsBefore();
  }

  @Test
  void torchLoadOnAHostPathFindsNoFile() {
    JudgeReport report =
        judge(
            torchBox,
            CORRECT.replace(
                "    return [torch.get_num_threads()",
                "    torch.load('/etc/passwd')\n    return [torch.get_num_threads()"));
    assertThat(report.verdict()).isEqualTo(Verdict.RE);
    assertThat(report.tests().get(0).message())
        .contains("FileNotFoundError")
        .contains("/etc/passwd");
    assertNextSubmissionIsServedAsBefore();
  }
}
