package dev.onsite.judge.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.onsite.judge.sandbox.ProcessSandbox;
import dev.onsite.judge.sandbox.Sandboxes;
import dev.onsite.judge.verdict.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs pytest in the sandbox: each test starts one box (about a second). */
class WorkspaceJudgeTests {

  static final Path PYTHON = Path.of("/usr/bin/python3");

  /** A line of the fixture's hidden test file. */
  static final String MARKER = "do-not-leak";

  @TempDir Path dir;

  WorkspaceJudge judge;

  @BeforeEach
  void judge() {
    assumeTrue(Files.isExecutable(PYTHON), "needs /usr/bin/python3 with pytest");
    judge = new WorkspaceJudge(Sandboxes.detect(), PYTHON);
  }

  @Test
  void theBuggyStarterFailsTheHiddenTestNamedWithoutItsSource() {
    WorkspacePackage pkg = WorkspaceLoader.load(Fixtures.debugging(dir, 60));

    WorkspaceResult result = judge.judgeStarter(pkg);

    assertThat(result.verdict()).isEqualTo(Verdict.WA);
    assertThat(result.tests()).hasSize(2);
    assertThat(result.failing())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.id()).isEqualTo("tests/test_hidden_stats.py::test_mean_of_three");
              assertThat(t.hidden()).isTrue();
              assertThat(t.message()).isEmpty();
            });
    assertThat(result.summary()).isEqualTo("1/2 tests pass");
    assertThat(result.score()).isEqualTo(50.0);
  }

  @Test
  void theFixPassesEveryTest() {
    WorkspacePackage pkg = WorkspaceLoader.load(Fixtures.debugging(dir, 60));

    WorkspaceResult result = judge.judgeSubmission(pkg, pkg.accepted().getFirst());

    assertThat(result.verdict()).isEqualTo(Verdict.AC);
    assertThat(result.score()).isEqualTo(100.0);
    assertThat(result.changed()).containsExactly("stats.py");
  }

  @Test
  void deletingOrEditingTheTestsChangesNothing() {
    WorkspacePackage pkg = WorkspaceLoader.load(Fixtures.debugging(dir, 60));
    Overlay cheat =
        new Overlay(
            Map.of(
                "tests/test_hidden_stats.py", "def test_mean_of_three():\n    pass\n".getBytes()),
            Set.of("tests/test_stats.py"));

    WorkspaceResult result = judge.judge(pkg, cheat);

    assertThat(result.verdict()).isEqualTo(Verdict.WA);
    assertThat(result.tests()).extracting(WorkspaceTest::id).hasSize(2);
    assertThat(result.failing())
        .extracting(WorkspaceTest::id)
        .containsExactly("tests/test_hidden_stats.py::test_mean_of_three");
  }

  /** Code under test that reads the hidden test file, wherever it was staged, and says it. */
  static final String LEAKY_STATS =
      """
      import glob, os

      def _hidden():
          here = os.path.dirname(os.path.abspath(__file__))
          found = glob.glob(os.path.join(here, "**", "test_hidden_*.py"), recursive=True)
          return " | ".join(open(p).read().replace("\\n", " ") for p in found)

      def mean(xs):
          raise AssertionError("found: [" + _hidden() + "]")
      """;

  @Test
  void aRunStagesNoHiddenFileSoTheCodeUnderTestHasNoneToRead() {
    WorkspacePackage pkg = WorkspaceLoader.load(Fixtures.debugging(dir, 60));
    Overlay leaky = new Overlay(Map.of("stats.py", LEAKY_STATS.getBytes()), Set.of());

    WorkspaceResult all = judge.judge(pkg, leaky, WorkspaceJudge.Scope.ALL);
    WorkspaceResult run = judge.judge(pkg, leaky, WorkspaceJudge.Scope.VISIBLE);

    // With every test staged, the visible test's message carries the hidden file: the leak.
    assertThat(all.tests()).extracting(WorkspaceTest::message).anyMatch(m -> m.contains(MARKER));
    assertThat(run.tests())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.hidden()).isFalse();
              assertThat(t.message()).contains("found: []");
            });
  }

  @Test
  void aSealedJudgementPassesOnNoMessageAndNoForgedTestName() {
    WorkspacePackage pkg = WorkspaceLoader.load(Fixtures.debugging(dir, 60));
    // Once pytest has written its report, rewrite it: a test named after the hidden file.
    String forger =
        LEAKY_STATS
            + """

            import atexit, html

            def _forge():
                secret = html.escape(_hidden(), quote=True)
                report = os.path.join(os.path.dirname(os.getcwd()), "onsite-junit.xml")
                with open(report, "w") as f:
                    f.write('<testsuite><testcase file="tests/test_stats.py" classname="x" name="%s">'
                            '<failure message="%s"/></testcase>'
                            '<testcase file="tests/test_stats.py" classname="tests.test_stats"'
                            ' name="test_mean_of_one_value_is_that_value_or_fails"/></testsuite>'
                            % (secret, secret))

            atexit.register(_forge)
            """;
    Overlay leaky = new Overlay(Map.of("stats.py", forger.getBytes()), Set.of());

    WorkspaceResult all = judge.judge(pkg, leaky, WorkspaceJudge.Scope.ALL);
    WorkspaceResult sealed = judge.judge(pkg, leaky, WorkspaceJudge.Scope.SEALED);

    assertThat(all.tests()).extracting(WorkspaceTest::id).anyMatch(id -> id.contains(MARKER));
    assertThat(sealed.tests())
        .extracting(WorkspaceTest::id)
        .containsExactly(
            "tests/test_stats.py " + WorkspaceJudge.UNKNOWN_TEST,
            "tests/test_stats.py::test_mean_of_one_value_is_that_value_or_fails");
    assertThat(sealed.tests()).extracting(WorkspaceTest::message).containsOnly("");
    assertThat(sealed.summary()).doesNotContain(MARKER);
  }

  @Test
  void aSealedJudgementDropsWhatTheCodeWroteToTheDriversErrorStream() {
    WorkspacePackage pkg = WorkspaceLoader.load(Fixtures.debugging(dir, 60));
    // Write the hidden file into the driver's own stderr, then end the driver: no result line.
    String killer =
        LEAKY_STATS.replace(
            "def mean(xs):\n",
            """
            def mean(xs):
                with open("/proc/%d/fd/2" % os.getppid(), "w") as err:
                    err.write(_hidden() + "\\n")
                os.kill(os.getppid(), 9)
            """);
    Overlay leaky = new Overlay(Map.of("stats.py", killer.getBytes()), Set.of());
    // In the hardened box the driver is the namespace's init, whose descriptors the code cannot
    // open and which ignores its signals: the process sandbox leaves the channel open to test.
    WorkspaceJudge open = new WorkspaceJudge(new ProcessSandbox(), PYTHON);

    WorkspaceResult all = open.judge(pkg, leaky, WorkspaceJudge.Scope.ALL);
    WorkspaceResult sealed = open.judge(pkg, leaky, WorkspaceJudge.Scope.SEALED);

    assertThat(all.verdict()).as(all.tests().toString()).isEqualTo(Verdict.RE);
    assertThat(all.summary()).contains(MARKER);
    assertThat(sealed.verdict()).isEqualTo(Verdict.RE);
    assertThat(sealed.summary())
        .startsWith("the run ended without a result")
        .doesNotContain(MARKER);
  }

  @Test
  void anInfiniteLoopInATestHitsTheWallLimit() {
    WorkspacePackage pkg = WorkspaceLoader.load(Fixtures.debugging(dir, 4));
    Overlay loop =
        new Overlay(
            Map.of("stats.py", "def mean(xs):\n    while True:\n        pass\n".getBytes()),
            Set.of());

    WorkspaceResult result = judge.judge(pkg, loop);

    assertThat(result.verdict()).isEqualTo(Verdict.TLE);
    assertThat(result.summary()).contains("wall limit of 4 s");
  }

  @Test
  void aConftestCannotTurnFailuresGreen() {
    WorkspacePackage pkg = WorkspaceLoader.load(Fixtures.debugging(dir, 60));
    String hook =
        """
        import pytest

        @pytest.hookimpl(hookwrapper=True)
        def pytest_runtest_makereport(item, call):
            outcome = yield
            outcome.get_result().outcome = "passed"
        """;
    Overlay cheat =
        new Overlay(
            Map.of("conftest.py", hook.getBytes(), "tests/conftest.py", hook.getBytes()), Set.of());

    WorkspaceResult result = judge.judge(pkg, cheat);

    assertThat(result.verdict()).isEqualTo(Verdict.WA);
  }

  @Test
  void refactoringReportsTheMetricsBeforeAndAfter() {
    Path root = dir.resolve("grade-refactor");
    String branchy =
        """
        def grade(score):
            if score >= 90:
                return "A"
            elif score >= 80:
                return "B"
            elif score >= 70:
                return "C"
            elif score >= 60:
                return "D"
            else:
                return "F"
        """;
    String table =
        """
        BANDS = [(90, "A"), (80, "B"), (70, "C"), (60, "D")]


        def grade(score):
            return next((g for low, g in BANDS if score >= low), "F")
        """;
    Fixtures.write(
        root,
        Map.of(
            "workspace.yaml",
            """
            title: Grades
            round: refactoring
            language: python
            minutes: 10
            difficulty: easy
            targets: {max_complexity: 3}
            """,
            "statement.md",
            "Simplify grade().\n",
            "tree/grades.py",
            branchy,
            "tree/tests/test_grades.py",
            """
            from grades import grade

            def test_bands():
                assert [grade(s) for s in (95, 85, 75, 65, 10)] == list("ABCDF")
            """,
            "submissions/accepted/table/grades.py",
            table));
    WorkspacePackage pkg = WorkspaceLoader.load(root);

    WorkspaceResult starter = judge.judgeStarter(pkg);
    WorkspaceResult refactored = judge.judgeSubmission(pkg, pkg.accepted().getFirst());

    assertThat(starter.verdict()).isEqualTo(Verdict.WA);
    assertThat(starter.testsGreen()).isTrue();
    assertThat(starter.score()).isEqualTo(50.0);
    assertThat(refactored.verdict()).isEqualTo(Verdict.AC);
    assertThat(refactored.targets())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.before()).isEqualTo(5.0);
              assertThat(t.after()).isLessThanOrEqualTo(3.0);
            });
    assertThat(refactored.summary()).contains("max_complexity 5 -> ");
  }

  @Test
  void theBenchmarkSeparatesTheSlowAndTheFastSolution() {
    Path root = dir.resolve("pairs");
    Fixtures.write(
        root,
        Map.of(
            "workspace.yaml",
            """
            title: Pairs
            round: ai-assisted
            language: python
            minutes: 10
            difficulty: easy
            benchmark: {script: bench_pairs.py, metric: steps, max: 1000}
            """,
            "statement.md",
            "Count fewer steps.\n",
            "tree/pairs.py",
            "def steps(n):\n    return n * n\n",
            "hidden/tests/test_pairs.py",
            "from pairs import steps\n\ndef test_small():\n    assert steps(1) == 1\n",
            "hidden/bench_pairs.py",
            "import json\nfrom pairs import steps\nprint(json.dumps({'steps': steps(100)}))\n",
            "submissions/accepted/linear/pairs.py",
            "def steps(n):\n    return n\n"));
    WorkspacePackage pkg = WorkspaceLoader.load(root);

    WorkspaceResult naive = judge.judgeStarter(pkg);
    WorkspaceResult fast = judge.judgeSubmission(pkg, pkg.accepted().getFirst());

    assertThat(naive.verdict()).isEqualTo(Verdict.WA);
    assertThat(naive.testsGreen()).isTrue();
    assertThat(naive.summary()).contains("steps 10000 (target <= 1000, missed)");
    assertThat(fast.verdict()).isEqualTo(Verdict.AC);
    assertThat(fast.score()).isEqualTo(100.0);
  }
}
