package dev.onsite.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.onsite.judge.lang.Language;
import dev.onsite.judge.lang.Runtimes;
import dev.onsite.judge.problem.PackageLoader;
import dev.onsite.judge.problem.ProblemPackage;
import dev.onsite.judge.sandbox.Sandboxes;
import dev.onsite.judge.verdict.JudgeReport;
import dev.onsite.judge.verdict.TestResult;
import dev.onsite.judge.verdict.Verdict;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every verdict, produced by real programs in real processes, in every language. */
class JudgeVerdictTests {

  private static Judge judge;
  private static ProblemPackage sum;
  private static ProblemPackage counter;

  @BeforeAll
  static void setUp() {
    judge = new Judge(Sandboxes.detect(), Runtimes.detect());
    sum = PackageLoader.load(resource("packages/sum"));
    counter = PackageLoader.load(resource("packages/counter"));
  }

  static Path resource(String name) {
    try {
      return Path.of(JudgeVerdictTests.class.getClassLoader().getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One program per verdict and language; the MLE ones ask for far more than the limit at once. */
  private static final Map<Verdict, Map<Language, String>> STDIO =
      Map.of(
          Verdict.AC,
              Map.of(
                  Language.JAVA,
                      """
              import java.util.*;
              public class Anything {
                public static void main(String[] a) {
                  Scanner in = new Scanner(System.in);
                  System.out.println(in.nextLong() + in.nextLong());
                }
              }""",
                  Language.PYTHON, "a, b = map(int, input().split())\nprint(a + b)\n"),
          Verdict.WA,
              Map.of(
                  Language.JAVA,
                      """
              import java.util.*;
              public class Overflow {
                public static void main(String[] a) {
                  Scanner in = new Scanner(System.in);
                  System.out.println(in.nextInt() + in.nextInt());
                }
              }""",
                  Language.PYTHON,
                      "a, b = map(int, input().split())\nprint(a + b if a < 10**9 else 0)\n"),
          Verdict.TLE,
              Map.of(
                  Language.JAVA,
                      "public class Spin { public static void main(String[] a) { long x = 0; while (true) { x++; } } }",
                  Language.PYTHON, "x = 0\nwhile True:\n    x += 1\n"),
          Verdict.MLE,
              Map.of(
                  Language.JAVA,
                      """
              public class Hog {
                public static void main(String[] a) {
                  long[] keep = new long[1 << 28];
                  System.out.println(keep.length);
                }
              }""",
                  Language.PYTHON, "keep = bytearray(1 << 30)\nprint(len(keep))\n"),
          Verdict.RE,
              Map.of(
                  Language.JAVA,
                      "public class Boom { public static void main(String[] a) { throw new IllegalStateException(\"boom\"); } }",
                  Language.PYTHON, "raise ValueError('boom')\n"),
          Verdict.OLE,
              Map.of(
                  Language.JAVA,
                      "public class Flood { public static void main(String[] a) { String s = \"x\".repeat(1000); while (true) { System.out.println(s); } } }",
                  Language.PYTHON, "s = 'x' * 1000\nwhile True:\n    print(s)\n"),
          Verdict.CE,
              Map.of(
                  Language.JAVA,
                      "public class Broken { public static void main(String[] a) { int x = ; } }",
                  Language.PYTHON, "def broken(:\n    pass\n"));

  static Stream<Arguments> stdioCases() {
    List<Arguments> cases = new ArrayList<>();
    STDIO.forEach(
        (verdict, sources) ->
            sources.forEach(
                (language, source) -> cases.add(Arguments.of(verdict, language, source))));
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("stdioCases")
  void stdioProgramGetsItsVerdict(Verdict expected, Language language, String source) {
    assumeRuntime(language);
    JudgeReport report = judge.judge(sum, language, source, JudgeListener.NONE);
    assertThat(report.verdict()).as(report.toString()).isEqualTo(expected);
    if (expected == Verdict.AC) {
      assertThat(report.score()).isEqualTo(100.0);
      assertThat(report.tests()).allSatisfy(t -> assertThat(t.verdict()).isEqualTo(Verdict.AC));
    }
    if (expected == Verdict.CE) {
      assertThat(report.compile().ok()).isFalse();
      assertThat(report.compile().message()).isNotBlank();
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = Language.class,
      names = {"JAVA", "PYTHON"})
  void sleepingProgramIsTimeLimitExceeded(Language language) {
    assumeRuntime(language);
    String source =
        language == Language.JAVA
            ? "public class Nap { public static void main(String[] a) throws Exception { Thread.sleep(600_000); } }"
            : "import time\ntime.sleep(600)\n";
    JudgeReport report = judge.judge(sum, language, source, JudgeListener.NONE);
    assertThat(report.verdict()).isEqualTo(Verdict.TLE);
    assertThat(report.tests().get(0).message()).contains("wall-clock");
  }

  @ParameterizedTest
  @EnumSource(
      value = Language.class,
      names = {"JAVA", "PYTHON"})
  void nonZeroExitIsRunTimeError(Language language) {
    assumeRuntime(language);
    String source =
        language == Language.JAVA
            ? "public class Quit { public static void main(String[] a) { System.out.println(3); System.exit(3); } }"
            : "import sys\nprint(3)\nsys.exit(3)\n";
    JudgeReport report = judge.judge(sum, language, source, JudgeListener.NONE);
    assertThat(report.verdict()).isEqualTo(Verdict.RE);
    assertThat(report.tests())
        .hasSize(3)
        .allSatisfy(t -> assertThat(t.verdict()).isEqualTo(Verdict.RE));
  }

  @ParameterizedTest
  @EnumSource(
      value = Language.class,
      names = {"JAVA", "PYTHON"})
  void exitZeroAfterCorrectOutputIsAccepted(Language language) {
    assumeRuntime(language);
    String source =
        language == Language.JAVA
            ? """
          import java.util.*;
          public class Done {
            public static void main(String[] a) {
              Scanner in = new Scanner(System.in);
              System.out.println(in.nextLong() + in.nextLong());
              System.exit(0);
            }
          }"""
            : "import sys\na, b = map(int, input().split())\nprint(a + b)\nsys.exit(0)\n";
    JudgeReport report = judge.judge(sum, language, source, JudgeListener.NONE);
    assertThat(report.verdict()).as(report.toString()).isEqualTo(Verdict.AC);
  }

  @ParameterizedTest
  @EnumSource(
      value = Language.class,
      names = {"JAVA", "PYTHON"})
  void visibleWrongAnswerShowsExpectedAndReceived(Language language) {
    assumeRuntime(language);
    String source =
        language == Language.JAVA
            ? "public class Nine { public static void main(String[] a) { System.out.println(9); } }"
            : "print(9)\n";
    JudgeReport report = judge.judge(sum, language, source, JudgeListener.NONE);
    TestResult sample = report.tests().get(0);
    assertThat(sample.visible()).isTrue();
    assertThat(sample.verdict()).isEqualTo(Verdict.WA);
    assertThat(sample.message()).contains("expected '3'").contains("got '9'");
    TestResult hidden = report.tests().get(1);
    assertThat(hidden.visible()).isFalse();
    assertThat(hidden.message()).doesNotContain("42").doesNotContain("9");
  }

  static String counterSource(Language language, boolean withLevelTwo) {
    if (language == Language.JAVA) {
      return """
          import java.util.*;
          public class Counter {
            private final Map<String, Integer> counts = new HashMap<>();
            public int increment(String key) { return counts.merge(key, 1, Integer::sum); }
            public int getCount(String key) { return counts.getOrDefault(key, 0); }
          """
          + (withLevelTwo
              ? """
            public int reset(String key) {
              Integer old = counts.remove(key);
              if (old == null) { throw new IllegalArgumentException("no " + key); }
              return old;
            }
          """
              : "")
          + "}";
    }
    return """
        class Counter:
            def __init__(self):
                self.counts = {}

            def increment(self, key):
                self.counts[key] = self.counts.get(key, 0) + 1
                return self.counts[key]

            def get_count(self, key):
                return self.counts.get(key, 0)
        """
        + (withLevelTwo
            ? """
            def reset(self, key):
                return self.counts.pop(key)
        """
            : "");
  }

  @ParameterizedTest
  @EnumSource(
      value = Language.class,
      names = {"JAVA", "PYTHON"})
  void apiSolutionPassesEveryLevel(Language language) {
    assumeRuntime(language);
    JudgeReport report =
        judge.judge(counter, language, counterSource(language, true), JudgeListener.NONE);
    assertThat(report.verdict()).as(report.toString()).isEqualTo(Verdict.AC);
    assertThat(report.levels()).extracting(l -> l.passed()).containsExactly(true, true);
    assertThat(report.score()).isEqualTo(100.0);
  }

  @ParameterizedTest
  @EnumSource(
      value = Language.class,
      names = {"JAVA", "PYTHON"})
  void missingLevelTwoMethodFailsOnlyLevelTwo(Language language) {
    assumeRuntime(language);
    JudgeReport report =
        judge.judge(counter, language, counterSource(language, false), JudgeListener.NONE);
    assertThat(report.verdict()).isEqualTo(Verdict.RE);
    assertThat(report.levels()).extracting(l -> l.passed()).containsExactly(true, false);
    assertThat(report.score()).isEqualTo(50.0);
    TestResult failed = report.firstFailure();
    assertThat(failed.level()).isEqualTo("level-2");
    assertThat(failed.message()).contains("call 3 of 5").contains("reset");
  }

  @Test
  void apiMethodsMayComeFromSuperclassesAndInheritedDefaultMethods() {
    String source =
        """
        import java.util.*;
        interface Reads { int getCount(String key); }
        interface Resets extends Reads {
          Map<String, Integer> counts();
          default int reset(String key) {
            Integer old = counts().remove(key);
            if (old == null) { throw new IllegalArgumentException("no " + key); }
            return old;
          }
        }
        abstract class Base implements Resets {
          private final Map<String, Integer> counts = new HashMap<>();
          public Map<String, Integer> counts() { return counts; }
          public int getCount(String key) { return counts.getOrDefault(key, 0); }
        }
        public class Counter extends Base {
          public int increment(String key) { return counts().merge(key, 1, Integer::sum); }
        }
        """;
    JudgeReport report = judge.judge(counter, Language.JAVA, source, JudgeListener.NONE);
    assertThat(report.verdict()).as(report.toString()).isEqualTo(Verdict.AC);
  }

  @ParameterizedTest
  @EnumSource(
      value = Language.class,
      names = {"JAVA", "PYTHON"})
  void hiddenApiMismatchNeverRevealsTestData(Language language) {
    assumeRuntime(language);
    String source =
        counterSource(language, true)
            .replace("getOrDefault(key, 0)", "getOrDefault(key, 7)")
            .replace("self.counts.get(key, 0)", "self.counts.get(key, 7)");
    JudgeReport report = judge.judge(counter, language, source, JudgeListener.NONE);
    TestResult hidden =
        report.tests().stream()
            .filter(t -> t.name().equals("level-1/secret/1"))
            .findFirst()
            .orElseThrow();
    assertThat(hidden.verdict()).isEqualTo(Verdict.WA);
    assertThat(hidden.message()).isEqualTo("call 2 of 3 (get_count): wrong value");
    assertThat(report.tests())
        .allSatisfy(t -> assertThat(t.message()).doesNotContain("secret-key-xyz"));
  }

  @ParameterizedTest
  @EnumSource(
      value = Language.class,
      names = {"JAVA", "PYTHON"})
  void staticStateDoesNotLeakBetweenTests(Language language) {
    assumeRuntime(language);
    String source =
        language == Language.JAVA
            ? """
          import java.util.*;
          public class Counter {
            static int calls = 0;
            public int increment(String key) { return ++calls; }
            public int getCount(String key) { return 0; }
            public int reset(String key) { throw new IllegalArgumentException(); }
          }"""
            : """
          calls = [0]
          class Counter:
              def increment(self, key):
                  calls[0] += 1
                  return calls[0]
              def get_count(self, key):
                  return 0
          """;
    JudgeReport report = judge.judge(counter, language, source, JudgeListener.NONE);
    // Each test starts with fresh static state, so the first increment in every test returns 1.
    assertThat(report.tests().get(0).verdict()).isEqualTo(Verdict.AC);
    assertThat(report.tests().get(1).verdict()).isEqualTo(Verdict.AC);
  }

  /**
   * Java classes that cannot hold state share one class loader across tests; every other way a
   * class can hold state keeps a fresh loader per test (the counter's first increment is 1 in each
   * test).
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "static final List<Integer> calls = new ArrayList<>();\n"
            + "public int increment(String key) { calls.add(1); return calls.size(); }",
        "static final int[] calls = {0};\n"
            + "public int increment(String key) { return ++calls[0]; }",
        "static int calls;\nstatic { calls = 0; }\n"
            + "public int increment(String key) { return ++calls; }",
        "enum Tally { ONE; int calls; }\n"
            + "public int increment(String key) { return ++Tally.ONE.calls; }",
        "static class Inner { static int calls; }\n"
            + "public int increment(String key) { return ++Inner.calls; }",
        "static final String NAME = \"counter\";\n"
            + "private final Map<String, Integer> counts = new HashMap<>();\n"
            + "public int increment(String key) { return counts.merge(key, 1, Integer::sum); }",
      })
  void classesKeepNoStateFromOneTestToTheNext(String members) {
    String source =
        "import java.util.*;\npublic class Counter {\n"
            + members
            + "\npublic int getCount(String key) { return 0; }\n"
            + "public int reset(String key) { throw new IllegalArgumentException(); }\n}";
    JudgeReport report = judge.judge(counter, Language.JAVA, source, JudgeListener.NONE);
    assertThat(report.tests().get(0).verdict()).as(source).isEqualTo(Verdict.AC);
    assertThat(report.tests().get(1).verdict()).as(source).isEqualTo(Verdict.AC);
  }

  @Test
  void listenerHearsEveryTestAsItFinishes() {
    List<String> heard = new ArrayList<>();
    JudgeReport report =
        judge.judge(
            sum,
            Language.PYTHON,
            STDIO.get(Verdict.AC).get(Language.PYTHON),
            new JudgeListener() {
              @Override
              public void compiled(dev.onsite.judge.verdict.CompileResult result) {
                heard.add("compiled");
              }

              @Override
              public void testFinished(TestResult result) {
                heard.add(result.name());
              }
            });
    assumeRuntime(Language.PYTHON);
    assertThat(report.verdict()).isEqualTo(Verdict.AC);
    assertThat(heard).containsExactly("compiled", "sample/1", "secret/1", "secret/2");
  }

  @Test
  void binarySourceIsRefusedAsCompileError() {
    JudgeReport report = judge.judge(sum, Language.PYTHON, "print(1)\0\0", JudgeListener.NONE);
    assertThat(report.verdict()).isEqualTo(Verdict.CE);
    assertThat(report.compile().message()).contains("binary");
  }

  private static void assumeRuntime(Language language) {
    if (language == Language.PYTHON) {
      assumeTrue(judge.runtimes().python().isPresent(), "python3 is not installed");
    }
  }
}
