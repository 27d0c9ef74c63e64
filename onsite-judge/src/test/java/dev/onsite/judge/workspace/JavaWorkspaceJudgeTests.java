package dev.onsite.judge.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.onsite.judge.problem.PackageException;
import dev.onsite.judge.sandbox.Sandboxes;
import dev.onsite.judge.verdict.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compiles and runs JUnit 5 tests in one sandboxed JVM: each test starts a box (a few seconds). */
class JavaWorkspaceJudgeTests {

  static final String COUNTER = "src/main/java/acme/Counter.java";

  @TempDir Path dir;

  WorkspaceJudge judge;

  @BeforeEach
  void judge() {
    judge = new WorkspaceJudge(Sandboxes.detect(), Path.of("/usr/bin/python3"));
  }

  /** Counter.add ignores its argument past the first call; the hidden test catches it. */
  static Path counterPackage(Path dir, int wallSeconds) {
    Path root = dir.resolve("counter-bug");
    Fixtures.write(
        root,
        Map.of(
            "workspace.yaml",
            """
            title: Counter bug
            round: debugging
            language: java
            minutes: 10
            difficulty: easy
            limits: {wall_seconds: %d}
            """
                .formatted(wallSeconds),
            "statement.md",
            "Fix the counter.\n",
            "tree/" + COUNTER,
            counterSource(
                "public void add(long n) { total = total == 0 ? n : total + 1; }" + RESET),
            "tree/src/test/java/acme/CounterTests.java",
            """
            package acme;

            import static org.junit.jupiter.api.Assertions.assertEquals;

            import org.junit.jupiter.api.Test;

            class CounterTests {
              @Test
              void startsAtZero() {
                assertEquals(0, new Counter().total());
              }

              @Test
              void addsTwoNumbers() {
                Counter c = new Counter();
                c.add(2);
                c.add(3);
                assertEquals(5, c.total(), "2 + 3");
              }
            }
            """,
            "hidden/src/test/java/acme/CounterHiddenTests.java",
            """
            package acme;

            import static org.junit.jupiter.api.Assertions.assertEquals;

            import org.junit.jupiter.api.Test;

            class CounterHiddenTests {
              static final String SECRET_MARKER = "do-not-leak";

              @Test
              void addsManyNumbers() {
                Counter c = new Counter();
                c.reset();
                for (int i = 1; i <= 4; i++) {
                  c.add(i);
                }
                assertEquals(10, c.total(), SECRET_MARKER);
              }
            }
            """,
            "submissions/accepted/fix/" + COUNTER,
            counterSource(FIXED_ADD + RESET)));
    return root;
  }

  static final String FIXED_ADD = "public void add(long n) { total += n; }";
  static final String RESET = "\n\n  public void reset() { total = 0; }";

  /** The Counter class with {@code members} besides its field and {@code total()}. */
  static String counterSource(String members) {
    return """
        package acme;

        public final class Counter {
          private long total;

          %s

          public long total() {
            return total;
          }
        }
        """
        .formatted(members);
  }

  private static Overlay counter(String members) {
    return new Overlay(Map.of(COUNTER, counterSource(members + RESET).getBytes()), Set.of());
  }

  @Test
  void theFixedTreePassesEveryTest() {
    WorkspacePackage pkg = WorkspaceLoader.load(counterPackage(dir, 60));

    WorkspaceResult result = judge.judgeSubmission(pkg, pkg.accepted().getFirst());

    assertThat(result.verdict()).as(result.summary()).isEqualTo(Verdict.AC);
    assertThat(result.score()).isEqualTo(100.0);
    assertThat(result.tests())
        .extracting(WorkspaceTest::id)
        .containsExactlyInAnyOrder(
            "src/test/java/acme/CounterTests.java::startsAtZero",
            "src/test/java/acme/CounterTests.java::addsTwoNumbers",
            "src/test/java/acme/CounterHiddenTests.java::addsManyNumbers");
    assertThat(result.changed()).containsExactly(COUNTER);
  }

  @Test
  void theBuggyStarterFailsVisiblyWithAMessageAndHiddenlyWithout() {
    WorkspacePackage pkg = WorkspaceLoader.load(counterPackage(dir, 60));

    WorkspaceResult result = judge.judgeStarter(pkg);

    assertThat(result.verdict()).isEqualTo(Verdict.WA);
    assertThat(result.summary()).isEqualTo("1/3 tests pass");
    assertThat(result.failing())
        .extracting(WorkspaceTest::id, WorkspaceTest::hidden, WorkspaceTest::outcome)
        .containsExactlyInAnyOrder(
            tuple("src/test/java/acme/CounterTests.java::addsTwoNumbers", false, "failed"),
            tuple("src/test/java/acme/CounterHiddenTests.java::addsManyNumbers", true, "failed"));
    assertThat(result.failing())
        .filteredOn(t -> !t.hidden())
        .singleElement()
        .satisfies(t -> assertThat(t.message()).isEqualTo("2 + 3 ==> expected: <5> but was: <3>"));
    assertThat(result.toString()).doesNotContain("do-not-leak");
  }

  @Test
  void aCompileErrorIsOneLineNamingTheFileAndLine() {
    WorkspacePackage pkg = WorkspaceLoader.load(counterPackage(dir, 60));

    WorkspaceResult result = judge.judge(pkg, counter("public void add(long n) { total += n }"));

    assertThat(result.verdict()).isEqualTo(Verdict.CE);
    assertThat(result.summary())
        .isEqualTo("does not compile: src/main/java/acme/Counter.java:6: ';' expected");
    assertThat(result.tests()).isEmpty();
  }

  @Test
  void aHiddenTestThatNoLongerCompilesIsNamedWithoutItsSource() {
    WorkspacePackage pkg = WorkspaceLoader.load(counterPackage(dir, 60));
    // reset() is called by the hidden test alone.
    Overlay overlay = new Overlay(Map.of(COUNTER, counterSource(FIXED_ADD).getBytes()), Set.of());

    WorkspaceResult result = judge.judge(pkg, overlay);

    assertThat(result.verdict()).isEqualTo(Verdict.CE);
    assertThat(result.summary())
        .isEqualTo(
            "does not compile: a hidden test (CounterHiddenTests.java) does not compile against"
                + " your code: keep the classes and methods the starter has");
  }

  @Test
  void anEndlessLoopInATestFailsThatTestAsTimeLimitExceeded() {
    WorkspacePackage pkg = WorkspaceLoader.load(counterPackage(dir, 20));
    // Only addsTwoNumbers starts with add(2) on an empty counter.
    Overlay loop =
        counter("public void add(long n) { while (n == 2 && total == 0) {} total += n; }");

    WorkspaceResult result = judge.judge(pkg, loop);

    assertThat(result.verdict()).as(result.summary()).isEqualTo(Verdict.TLE);
    assertThat(result.summary())
        .isEqualTo(
            "2/3 tests pass; 1 passed the time limit of 5 s per test (an infinite loop?), first"
                + " src/test/java/acme/CounterTests.java::addsTwoNumbers");
  }

  @Test
  void deletingTheVisibleTestsChangesNothing() {
    WorkspacePackage pkg = WorkspaceLoader.load(counterPackage(dir, 60));
    Overlay cheat =
        new Overlay(
            Map.of(
                "src/test/java/acme/CounterHiddenTests.java",
                "package acme;\nclass CounterHiddenTests {}\n".getBytes()),
            Set.of("src/test/java/acme/CounterTests.java"));

    WorkspaceResult result = judge.judge(pkg, cheat);

    assertThat(result.verdict()).isEqualTo(Verdict.WA);
    assertThat(result.tests()).hasSize(3);
  }

  @Test
  void refactoringMeasuresJavaStructureBeforeAndAfter() {
    Path root = dir.resolve("grade-refactor");
    Fixtures.write(
        root,
        Map.of(
            "workspace.yaml",
            """
            title: Grades
            round: refactoring
            language: java
            minutes: 10
            difficulty: easy
            targets: {max_complexity: 3, duplicated_lines: 0}
            """,
            "statement.md",
            "Simplify grade().\n",
            "tree/src/main/java/acme/Grades.java",
            """
            package acme;

            public final class Grades {
              public static String grade(int score) {
                if (score >= 90) {
                  return "A";
                } else if (score >= 80) {
                  return "B";
                } else if (score >= 70 && score < 80) {
                  return "C";
                } else if (score >= 60) {
                  return "D";
                }
                return "F";
              }
            }
            """,
            "tree/src/test/java/acme/GradesTests.java",
            """
            package acme;

            import static org.junit.jupiter.api.Assertions.assertEquals;

            import org.junit.jupiter.api.Test;

            class GradesTests {
              @Test
              void bands() {
                assertEquals("ABCDF", Grades.grade(95) + Grades.grade(85) + Grades.grade(75)
                    + Grades.grade(65) + Grades.grade(10));
              }
            }
            """,
            "submissions/accepted/table/src/main/java/acme/Grades.java",
            """
            package acme;

            public final class Grades {
              private static final int[] LOWS = {90, 80, 70, 60};

              public static String grade(int score) {
                for (int i = 0; i < LOWS.length; i++) {
                  if (score >= LOWS[i]) {
                    return String.valueOf((char) ('A' + i));
                  }
                }
                return "F";
              }
            }
            """));
    WorkspacePackage pkg = WorkspaceLoader.load(root);

    WorkspaceResult starter = judge.judgeStarter(pkg);
    WorkspaceResult refactored = judge.judgeSubmission(pkg, pkg.accepted().getFirst());

    assertThat(starter.verdict()).isEqualTo(Verdict.WA);
    assertThat(starter.testsGreen()).isTrue();
    assertThat(starter.after()).containsEntry("max_complexity", 6.0);
    assertThat(refactored.verdict()).as(refactored.summary()).isEqualTo(Verdict.AC);
    assertThat(refactored.summary()).contains("max_complexity 6 -> 3 (target <= 3, met)");
  }

  @Test
  void nestedParameterizedAndBrokenClassesAreNamedAndExceptionsSayWhere() {
    Path root = counterPackage(dir, 60);
    Fixtures.write(
        root,
        Map.of(
            "tree/src/test/java/acme/ShapesTests.java",
            """
            package acme;

            import static org.junit.jupiter.api.Assertions.assertEquals;

            import org.junit.jupiter.api.Nested;
            import org.junit.jupiter.api.Test;
            import org.junit.jupiter.params.ParameterizedTest;
            import org.junit.jupiter.params.provider.ValueSource;

            class ShapesTests {
              @ParameterizedTest
              @ValueSource(ints = {1, 2})
              void isPositive(int n) {
                assertEquals(true, n > 0);
              }

              @Nested
              class WhenEmpty {
                @Test
                void dereferencesNothing() {
                  String s = null;
                  s.length();
                }
              }
            }
            """,
            "tree/src/test/java/acme/BrokenSetUpTests.java",
            """
            package acme;

            import org.junit.jupiter.api.BeforeAll;
            import org.junit.jupiter.api.Test;

            class BrokenSetUpTests {
              @BeforeAll
              static void setUp() {
                throw new IllegalStateException("no fixture");
              }

              @Test
              void neverRuns() {}
            }
            """));
    WorkspacePackage pkg = WorkspaceLoader.load(root);

    WorkspaceResult result = judge.judgeSubmission(pkg, pkg.accepted().getFirst());

    assertThat(result.tests())
        .extracting(WorkspaceTest::id, WorkspaceTest::outcome, WorkspaceTest::message)
        .contains(
            tuple("src/test/java/acme/ShapesTests.java::isPositive[1]", "passed", ""),
            tuple("src/test/java/acme/ShapesTests.java::isPositive[2]", "passed", ""),
            tuple(
                "src/test/java/acme/ShapesTests.java::WhenEmpty::dereferencesNothing",
                "error",
                "NullPointerException: Cannot invoke \"String.length()\" because \"s\" is null"
                    + " (at ShapesTests.java:22)"),
            tuple(
                "src/test/java/acme/BrokenSetUpTests.java",
                "error",
                "IllegalStateException: no fixture (at BrokenSetUpTests.java:9)"));
    assertThat(result.verdict()).isEqualTo(Verdict.WA);
  }

  @Test
  void theBenchmarkClassSeparatesTheSlowAndTheFastSolution() {
    Path root = dir.resolve("pairs");
    String pairs =
        """
        package acme;

        public final class Pairs {
          public static long steps(long n) {
            return %s;
          }
        }
        """;
    Fixtures.write(
        root,
        Map.of(
            "workspace.yaml",
            """
            title: Pairs
            round: ai-assisted
            language: java
            minutes: 10
            difficulty: easy
            benchmark: {script: src/test/java/acme/PairsBench.java, metric: steps, max: 1000}
            """,
            "statement.md",
            "Count fewer steps.\n",
            "tree/src/main/java/acme/Pairs.java",
            pairs.formatted("n * n"),
            "hidden/src/test/java/acme/PairsTests.java",
            """
            package acme;

            import static org.junit.jupiter.api.Assertions.assertEquals;

            import org.junit.jupiter.api.Test;

            class PairsTests {
              @Test
              void one() {
                assertEquals(1, Pairs.steps(1));
              }
            }
            """,
            "hidden/src/test/java/acme/PairsBench.java",
            """
            package acme;

            public final class PairsBench {
              public static void main(String[] args) {
                System.out.println("warming up");
                System.out.println("{\\"steps\\": " + Pairs.steps(100) + "}");
              }
            }
            """,
            "submissions/accepted/linear/src/main/java/acme/Pairs.java",
            pairs.formatted("n")));
    WorkspacePackage pkg = WorkspaceLoader.load(root);

    WorkspaceResult naive = judge.judgeStarter(pkg);
    WorkspaceResult fast = judge.judgeSubmission(pkg, pkg.accepted().getFirst());

    assertThat(naive.verdict()).as(naive.summary()).isEqualTo(Verdict.WA);
    assertThat(naive.testsGreen()).isTrue();
    assertThat(naive.summary()).isEqualTo("1/1 tests pass; steps 10000 (target <= 1000, missed)");
    assertThat(fast.verdict()).as(fast.summary()).isEqualTo(Verdict.AC);
    assertThat(fast.score()).isEqualTo(100.0);
  }

  @Test
  void theDiffOfAJavaWorkspaceLeavesOutMavensTargetDirectory() throws IOException {
    WorkspacePackage pkg = WorkspaceLoader.load(counterPackage(dir, 60));
    Path work = dir.resolve("work");
    for (var e : pkg.tree().entrySet()) {
      Path p = work.resolve(e.getKey());
      Files.createDirectories(p.getParent());
      Files.write(p, e.getValue());
    }
    Path classFile = work.resolve("target/classes/acme/Counter.class");
    Files.createDirectories(classFile.getParent());
    Files.write(classFile, new byte[] {(byte) 0xCA, (byte) 0xFE, 0, 0});

    Overlay overlay = Overlay.diff(work, pkg, Set.of());

    assertThat(overlay.files()).isEmpty();
    assertThat(overlay.deleted()).isEmpty();
  }

  @Test
  void aJavaTreeOutsideMavensLayoutIsRejectedNamingTheFile() {
    Path root = counterPackage(dir, 60);
    Fixtures.write(root, Map.of("tree/Main.java", "class Main {}\n"));

    assertThatThrownBy(() -> WorkspaceLoader.load(root))
        .isInstanceOf(PackageException.class)
        .hasMessageContaining("tree/Main.java")
        .hasMessageContaining("outside src/main/java/");
  }
}
