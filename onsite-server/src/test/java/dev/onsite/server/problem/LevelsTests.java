package dev.onsite.server.problem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onsite.judge.problem.Metadata;
import dev.onsite.judge.problem.PackageLoader;
import dev.onsite.judge.problem.ProblemPackage;
import dev.onsite.judge.problem.TestCase;
import dev.onsite.server.TestProblems;
import java.util.List;
import org.junit.jupiter.api.Test;

class LevelsTests {

  private final ProblemPackage counter = PackageLoader.load(TestProblems.DIR.resolve("counter"));
  private final ProblemPackage sum = PackageLoader.load(TestProblems.DIR.resolve("sum"));

  @Test
  void onlyTheFirstLevelIsUnlockedBeforeAnyPasses() {
    assertThat(Levels.unlocked(counter, 0)).isEqualTo(1);
    assertThat(Levels.unlocked(counter, 1)).isEqualTo(2);
    assertThat(Levels.unlocked(counter, 5)).isEqualTo(2);
    assertThat(Levels.unlocked(sum, 0)).isEqualTo(1);
  }

  @Test
  void runningVisibleTestsKeepsOnlySamplesOfUnlockedLevels() {
    ProblemPackage level1 = Levels.visibleTestsOnly(counter, 1);
    ProblemPackage both = Levels.visibleTestsOnly(counter, 2);

    assertThat(level1.tests()).extracting(TestCase::name).containsExactly("level-1/sample/1");
    assertThat(both.tests())
        .extracting(TestCase::name)
        .containsExactly("level-1/sample/1", "level-2/sample/1");
    assertThat(level1.levels()).isEqualTo(counter.levels());
  }

  @Test
  void aSingleLevelProblemRunsItsSamples() {
    assertThat(Levels.visibleTestsOnly(sum, 1).tests())
        .extracting(TestCase::name)
        .containsExactly("sample/1");
  }

  @Test
  void examMinutesComeFromThePackageOrTheDefault() {
    assertThat(Levels.examMinutes(counter, 90)).isEqualTo(20);
    ProblemPackage noMinutes =
        new ProblemPackage(
            sum.root(),
            sum.id(),
            sum.title(),
            sum.kind(),
            sum.onsite(),
            new Metadata("coding", "easy", List.of(), List.of(), 0),
            sum.limits(),
            sum.levels(),
            sum.tests(),
            sum.validatorDir(),
            sum.defaultValidatorArgs(),
            sum.tolerance(),
            sum.languages(),
            sum.starters(),
            sum.submissions(),
            sum.statement(),
            sum.notes(),
            sum.groupScores());
    assertThat(Levels.examMinutes(noMinutes, 90)).isEqualTo(90);
  }
}
