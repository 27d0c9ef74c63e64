package dev.onsite.server.problem;

import dev.onsite.judge.problem.Level;
import dev.onsite.judge.problem.ProblemPackage;
import dev.onsite.judge.problem.TestCase;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which levels of a multi-level problem a person may see, and the package copies judged for them.
 *
 * <p>In practice mode a level's statement and visible tests stay hidden until the previous level
 * passes.
 */
public final class Levels {

  private Levels() {}

  /**
   * How many levels are unlocked after passing {@code levelsPassed} leading levels: one more than
   * passed, at most all of them; 1 for a single-level problem.
   */
  public static int unlocked(ProblemPackage pkg, int levelsPassed) {
    if (!pkg.multiLevel()) {
      return 1;
    }
    return Math.max(1, Math.min(pkg.levels().size(), levelsPassed + 1));
  }

  /** The ids of the first {@code unlocked} levels. */
  public static Set<String> unlockedIds(ProblemPackage pkg, int unlocked) {
    Set<String> ids = new HashSet<>();
    List<Level> levels = pkg.levels();
    for (int i = 0; i < Math.min(unlocked, levels.size()); i++) {
      ids.add(levels.get(i).id());
    }
    return ids;
  }

  /** Whether {@code test} belongs to an unlocked level (always, for a single-level problem). */
  public static boolean isUnlocked(ProblemPackage pkg, String levelId, int unlocked) {
    return !pkg.multiLevel() || levelId == null || unlockedIds(pkg, unlocked).contains(levelId);
  }

  /**
   * A copy of {@code pkg} that holds only its visible tests of unlocked levels: what "run visible
   * tests" judges. Hidden tests are not in the copy, so nothing about them can come back.
   */
  public static ProblemPackage visibleTestsOnly(ProblemPackage pkg, int unlocked) {
    List<TestCase> visible =
        pkg.tests().stream()
            .filter(TestCase::visible)
            .filter(t -> isUnlocked(pkg, t.level(), unlocked))
            .toList();
    return withTests(pkg, visible);
  }

  /** A copy of {@code pkg} with other tests; every other component is the same. */
  static ProblemPackage withTests(ProblemPackage pkg, List<TestCase> tests) {
    return new ProblemPackage(
        pkg.root(),
        pkg.id(),
        pkg.title(),
        pkg.kind(),
        pkg.onsite(),
        pkg.metadata(),
        pkg.limits(),
        pkg.levels(),
        tests,
        pkg.validatorDir(),
        pkg.defaultValidatorArgs(),
        pkg.tolerance(),
        pkg.languages(),
        pkg.starters(),
        pkg.submissions(),
        pkg.statement(),
        pkg.notes(),
        pkg.groupScores(),
        pkg.preload());
  }

  /** Minutes an exam on {@code pkg} lasts: the package's {@code minutes}, else the default. */
  public static int examMinutes(ProblemPackage pkg, int defaultMinutes) {
    if (pkg.metadata() != null && pkg.metadata().minutes() > 0) {
      return pkg.metadata().minutes();
    }
    int levelMinutes = pkg.levels().stream().mapToInt(Level::minutes).sum();
    return levelMinutes > 0 ? levelMinutes : defaultMinutes;
  }
}
