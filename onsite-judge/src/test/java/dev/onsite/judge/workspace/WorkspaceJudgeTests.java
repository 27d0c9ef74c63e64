package dev.onsite.judge.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
