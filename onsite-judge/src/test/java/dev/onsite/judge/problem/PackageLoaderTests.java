package dev.onsite.judge.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onsite.judge.lang.Language;
import dev.onsite.judge.verdict.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackageLoaderTests {

  @TempDir Path dir;

  private Path write(String relative, String content) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
    return file;
  }

  @Test
  void legacyKattisPackageLoadsUnchanged() throws IOException {
    write(
        "hello/problem.yaml",
        "name: Hello\nvalidator_flags: float_tolerance 1e-6\nlimits:\n  time_multiplier: 3\n");
    write("hello/problem_statement/problem.en.tex", "\\problemname{Hello}");
    write("hello/data/sample/1.in", "1\n");
    write("hello/data/sample/1.ans", "1\n");
    write("hello/data/secret/b.in", "2\n");
    write("hello/data/secret/b.ans", "2\n");
    write("hello/data/secret/a.in", "3\n");
    write("hello/data/secret/a.ans", "3\n");
    write("hello/submissions/accepted/sol.py", "print(input())\n");
    write("hello/submissions/wrong_answer/bad.py", "print(0)\n");
    write("hello/submissions/accepted/sol.cpp", "int main(){}\n");

    ProblemPackage pkg = PackageLoader.load(dir.resolve("hello"));

    assertThat(pkg.id()).isEqualTo("hello");
    assertThat(pkg.title()).isEqualTo("Hello");
    assertThat(pkg.kind()).isEqualTo(ProblemKind.STDIO);
    assertThat(pkg.onsite()).isFalse();
    assertThat(pkg.tests())
        .extracting(TestCase::name)
        .containsExactly("sample/1", "secret/a", "secret/b");
    assertThat(pkg.tests()).extracting(TestCase::visible).containsExactly(true, false, false);
    assertThat(pkg.tests().get(1).validatorArgs()).containsExactly("float_tolerance", "1e-6");
    assertThat(pkg.limits().timeLimitSeconds()).isEmpty();
    assertThat(pkg.limits().deriveTimeLimit(0.3)).isEqualTo(1.0);
    assertThat(pkg.limits().deriveTimeLimit(0.5)).isEqualTo(2.0);
    assertThat(pkg.limits().memoryMb()).isEqualTo(2048);
    assertThat(pkg.statement()).hasFileName("problem.en.tex");
    assertThat(pkg.submissions())
        .extracting(SubmissionFile::expected)
        .containsExactly(Verdict.AC, Verdict.WA);
    assertThat(pkg.metadata().round()).isEqualTo("coding");
  }

  @Test
  void modernKattisPackageReadsLimitsGroupsAndValidatorArgs() throws IOException {
    write(
        "p/problem.yaml",
        """
        problem_format_version: 2023-07-draft
        name:
          en: Modern
        limits:
          time_limit: 1.5
          memory: 512
          output: 16
        keywords: [graphs, bfs]
        """);
    write("p/statement/problem.en.md", "# Modern");
    write("p/data/sample/1.in", "1\n");
    write("p/data/sample/1.ans", "1\n");
    write(
        "p/data/secret/group1/test_group.yaml",
        "output_validator_args: [float_relative_tolerance, '1e-4']\nscore: 30\n");
    write("p/data/secret/group1/01.in", "1\n");
    write("p/data/secret/group1/01.ans", "1\n");
    write(
        "p/data/secret/group2/testdata.yaml",
        "output_validator_args: case_sensitive\naccept_score: 70\n");
    write("p/data/secret/group2/01.in", "1\n");
    write("p/data/secret/group2/01.ans", "1\n");

    ProblemPackage pkg = PackageLoader.load(dir.resolve("p"));

    assertThat(pkg.title()).isEqualTo("Modern");
    assertThat(pkg.limits().timeLimitSeconds()).hasValue(1.5);
    assertThat(pkg.limits().memoryMb()).isEqualTo(512);
    assertThat(pkg.limits().outputMb()).isEqualTo(16);
    assertThat(pkg.limits().acToTimeLimit()).isEqualTo(2.0);
    assertThat(pkg.metadata().tags()).containsExactly("graphs", "bfs");
    assertThat(pkg.tests())
        .extracting(TestCase::group)
        .containsExactly("sample", "secret/group1", "secret/group2");
    assertThat(pkg.tests().get(1).validatorArgs())
        .containsExactly("float_relative_tolerance", "1e-4");
    assertThat(pkg.tests().get(2).validatorArgs()).containsExactly("case_sensitive");
    assertThat(pkg.groupScores())
        .containsEntry("secret/group1", 30.0)
        .containsEntry("secret/group2", 70.0);
  }

  @Test
  void onsiteApiPackageWithLevels() throws IOException {
    write(
        "db/problem.yaml",
        """
        name: Database
        onsite:
          type: api
          round: oop
          difficulty: hard
          tags: [transactions]
          companies: [openai, xai]
          languages: [java, python]
          minutes: 90
          levels:
            - id: level-1
              title: Basics
              minutes: 15
            - id: level-2
              minutes: 30
              points: 200
        """);
    write("db/statement/level-1.md", "# L1");
    write("db/data/level-1/sample/1.json", "{\"calls\": [{\"new\": \"Db\"}]}");
    write("db/data/level-1/secret/1.json", "{\"calls\": [{\"new\": \"Db\"}]}");
    write("db/data/level-2/secret/1.json", "{\"calls\": [{\"new\": \"Db\"}]}");
    write("db/starter/Db.java", "public class Db {}");
    write("db/starter/db.py", "class Db: pass");

    ProblemPackage pkg = PackageLoader.load(dir.resolve("db"));

    assertThat(pkg.kind()).isEqualTo(ProblemKind.API);
    assertThat(pkg.levels()).extracting(Level::id).containsExactly("level-1", "level-2");
    assertThat(pkg.levels().get(0).statement()).hasFileName("level-1.md");
    assertThat(pkg.levels().get(1).points()).isEqualTo(200.0);
    assertThat(pkg.tests())
        .extracting(TestCase::name)
        .containsExactly("level-1/sample/1", "level-1/secret/1", "level-2/secret/1");
    assertThat(pkg.tests())
        .extracting(TestCase::level)
        .containsExactly("level-1", "level-1", "level-2");
    assertThat(pkg.metadata().companies()).containsExactly("openai", "xai");
    assertThat(pkg.languages()).containsExactly(Language.JAVA, Language.PYTHON);
    assertThat(pkg.starters()).containsKeys(Language.JAVA, Language.PYTHON);
    assertThat(pkg.limits().memoryMb()).isEqualTo(256);
  }

  @Test
  void malformedYamlNamesFileAndLine() throws IOException {
    write("bad/problem.yaml", "name: Bad\nlimits:\n  memory: [unclosed\n");
    assertThatThrownBy(() -> PackageLoader.load(dir.resolve("bad")))
        .isInstanceOf(PackageException.class)
        .hasMessageContaining("problem.yaml:")
        .hasMessageContaining("invalid YAML");
  }

  @Test
  void unknownOnsiteKeyNamesTheLine() throws IOException {
    write("typo/problem.yaml", "name: Typo\nonsite:\n  type: api\n  dificulty: easy\n");
    write("typo/data/sample/1.json", "{\"calls\": [{\"new\": \"X\"}]}");
    assertThatThrownBy(() -> PackageLoader.load(dir.resolve("typo")))
        .hasMessageContaining("problem.yaml:4: unknown key 'dificulty'");
  }

  @Test
  void preloadNamesKnownPythonModulesOnly() throws IOException {
    write("t/problem.yaml", "name: T\nonsite:\n  type: api\n  preload: [torch, sklearn, numpy]\n");
    write("t/data/sample/1.json", "{\"calls\": [{\"new\": \"X\"}]}");
    assertThat(PackageLoader.load(dir.resolve("t")).preload()).containsExactly("sklearn", "torch");
    write("n/problem.yaml", "name: N\nonsite:\n  type: api\n");
    write("n/data/sample/1.json", "{\"calls\": [{\"new\": \"X\"}]}");
    assertThat(PackageLoader.load(dir.resolve("n")).preload()).isEmpty();
    write("u/problem.yaml", "name: U\nonsite:\n  type: api\n  preload: [tensorflow]\n");
    write("u/data/sample/1.json", "{\"calls\": [{\"new\": \"X\"}]}");
    assertThatThrownBy(() -> PackageLoader.load(dir.resolve("u")))
        .hasMessageContaining("problem.yaml:4: onsite.preload: unknown module 'tensorflow'")
        .hasMessageContaining("known: numpy, pandas, sklearn, torch");
  }

  @Test
  void unknownRoundListsTheKnownOnes() throws IOException {
    write("r/problem.yaml", "name: R\nonsite:\n  round: codng\n");
    write("r/data/sample/1.in", "1");
    write("r/data/sample/1.ans", "1");
    assertThatThrownBy(() -> PackageLoader.load(dir.resolve("r")))
        .hasMessageContaining("problem.yaml:3: unknown round id 'codng'")
        .hasMessageContaining("ml-coding");
  }

  @Test
  void patternsAndTaskAreRead() throws IOException {
    write(
        "p/problem.yaml",
        "name: P\nonsite:\n  patterns: [sliding-window, heap]\n"
            + "  task: Rolling maxima of a metric stream.\n");
    write("p/data/sample/1.in", "1");
    write("p/data/sample/1.ans", "1");
    var metadata = PackageLoader.load(dir.resolve("p")).metadata();
    assertThat(metadata.patterns()).containsExactly("sliding-window", "heap");
    assertThat(metadata.task()).isEqualTo("Rolling maxima of a metric stream.");
  }

  @Test
  void unknownPatternListsTheKnownOnes() throws IOException {
    write("u/problem.yaml", "name: U\nonsite:\n  patterns: [sliding-windows]\n");
    write("u/data/sample/1.in", "1");
    write("u/data/sample/1.ans", "1");
    assertThatThrownBy(() -> PackageLoader.load(dir.resolve("u")))
        .hasMessageContaining("problem.yaml:3: unknown pattern 'sliding-windows'")
        .hasMessageContaining("monotonic-queue");
  }

  @Test
  void missingAnswerFileIsNamed() throws IOException {
    write("m/problem.yaml", "name: M\n");
    write("m/data/secret/1.in", "1");
    assertThatThrownBy(() -> PackageLoader.load(dir.resolve("m")))
        .hasMessageContaining("1.ans: missing: every .in needs its .ans");
  }

  @Test
  void missingProblemYamlSaysWhatIsExpected() throws IOException {
    Files.createDirectories(dir.resolve("empty"));
    assertThatThrownBy(() -> PackageLoader.load(dir.resolve("empty")))
        .hasMessageContaining("no problem.yaml");
    assertThatThrownBy(() -> PackageLoader.load(dir.resolve("nowhere")))
        .hasMessageContaining("no such directory");
  }

  @Test
  void levelWithoutTestsIsRejected() throws IOException {
    write("l/problem.yaml", "name: L\nonsite:\n  type: api\n  levels:\n    - id: level-1\n");
    Files.createDirectories(dir.resolve("l/data"));
    assertThatThrownBy(() -> PackageLoader.load(dir.resolve("l")))
        .hasMessageContaining("level level-1 is listed in problem.yaml but has no tests");
  }

  @Test
  void interactiveProblemsAreRefusedClearly() throws IOException {
    write("i/problem.yaml", "name: I\nvalidation: custom interactive\n");
    assertThatThrownBy(() -> PackageLoader.load(dir.resolve("i")))
        .hasMessageContaining("interactive");
  }
}
