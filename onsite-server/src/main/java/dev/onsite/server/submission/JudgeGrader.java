package dev.onsite.server.submission;

import dev.onsite.judge.Judge;
import dev.onsite.judge.JudgeListener;
import dev.onsite.judge.lang.Language;
import dev.onsite.judge.problem.PackageException;
import dev.onsite.judge.problem.ProblemPackage;
import dev.onsite.judge.problem.TestCase;
import dev.onsite.judge.verdict.CompileResult;
import dev.onsite.judge.verdict.JudgeReport;
import dev.onsite.judge.verdict.LevelResult;
import dev.onsite.judge.verdict.TestResult;
import dev.onsite.judge.verdict.Verdict;
import dev.onsite.server.problem.Levels;
import dev.onsite.server.problem.ProblemLibrary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Judge submissions with the Onsite judge, and redact what the person may not see.
 *
 * <p>A run judges a copy of the package with only the visible tests of unlocked levels. A submit
 * judges the whole package (so that its score and levels are the command line's), and its results
 * for levels that were still locked keep their verdicts but lose their messages: a locked level's
 * examples stay hidden until it unlocks. A hidden test's judge error carries no message either,
 * since a crashing validator may print the test's data.
 */
@Component
class JudgeGrader implements Grader {

  static final String LOCKED_MESSAGE = "this level was locked when you submitted";
  static final String HIDDEN_JUDGE_ERROR =
      "judge error: the problem package is broken (the server log has the details)";

  private static final Logger log = LoggerFactory.getLogger(JudgeGrader.class);

  private final Judge judge;
  private final ProblemLibrary library;
  private final List<ItemGrader> items;

  JudgeGrader(Judge judge, ProblemLibrary library, List<ItemGrader> items) {
    this.judge = judge;
    this.library = library;
    this.items = List.copyOf(items);
  }

  @Override
  public Graded grade(Submission submission, Listener listener) {
    for (ItemGrader item : items) {
      if (item.grades(submission.problemId())) {
        return item.grade(submission, listener::test);
      }
    }
    Optional<ProblemPackage> found = library.find(submission.problemId());
    if (found.isEmpty()) {
      return Graded.judgeError(
          "the problem '" + submission.problemId() + "' is no longer on this server");
    }
    ProblemPackage full = found.get();
    Optional<Language> language = Language.byId(submission.language());
    if (language.isEmpty()) {
      return Graded.judgeError("unknown language '" + submission.language() + "'");
    }
    ProblemPackage judged =
        submission.mode() == Mode.RUN
            ? Levels.visibleTestsOnly(full, submission.levelsUnlocked())
            : full;
    Set<String> unlocked = Levels.unlockedIds(full, submission.levelsUnlocked());
    Map<String, Integer> positions = new HashMap<>();
    List<TestCase> tests = judged.tests();
    for (int i = 0; i < tests.size(); i++) {
      positions.put(tests.get(i).name(), i);
    }
    try {
      // A derived time limit is measured on the whole package once, and shared by its copies.
      judge.timeLimit(full);
      JudgeReport report =
          judge.judge(
              judged,
              language.get(),
              submission.source(),
              new JudgeListener() {
                @Override
                public void compiled(CompileResult result) {
                  listener.compiled(result.ok(), result.message());
                }

                @Override
                public void testFinished(TestResult result) {
                  listener.test(row(full, unlocked, positions, result));
                }
              });
      return graded(submission, full, unlocked, positions, report);
    } catch (PackageException e) {
      log.atError()
          .addKeyValue("submission", submission.id())
          .addKeyValue("problem", full.id())
          .log("broken package: {}", e.getMessage());
      return Graded.judgeError(
          "judge error: the problem package is broken (the server log has the details)");
    } catch (IllegalStateException e) {
      // The judge's own explanation, such as a language runtime missing on this server.
      log.atError()
          .addKeyValue("submission", submission.id())
          .log("cannot judge: {}", e.getMessage());
      return Graded.judgeError("judge error: " + e.getMessage());
    }
  }

  private static Graded graded(
      Submission submission,
      ProblemPackage full,
      Set<String> unlocked,
      Map<String, Integer> positions,
      JudgeReport report) {
    List<TestRow> rows = new ArrayList<>();
    for (TestResult result : report.tests()) {
      rows.add(row(full, unlocked, positions, result));
    }
    List<LevelRow> levels = new ArrayList<>();
    int leadingPassed = 0;
    boolean leading = true;
    for (int i = 0; i < report.levels().size(); i++) {
      LevelResult level = report.levels().get(i);
      levels.add(
          new LevelRow(i, level.name(), level.passed(), level.testsPassed(), level.testsTotal()));
      if (leading && level.passed()) {
        leadingPassed++;
      } else {
        leading = false;
      }
    }
    boolean run = submission.mode() == Mode.RUN;
    String message = report.message();
    if (report.verdict() == Verdict.JE && report.compile().ok()) {
      log.atError()
          .addKeyValue("submission", submission.id())
          .addKeyValue("problem", full.id())
          .log("judge error: {}", message);
      message = HIDDEN_JUDGE_ERROR;
    }
    return new Graded(
        report.verdict().name(),
        report.score(),
        report.compile().ok(),
        report.compile().ok() ? message : report.compile().message(),
        rows,
        run ? List.of() : levels,
        run ? 0 : leadingPassed);
  }

  /** The stored form of one result, without what the person may not see. */
  static TestRow row(
      ProblemPackage full,
      Set<String> unlocked,
      Map<String, Integer> positions,
      TestResult result) {
    boolean levelUnlocked =
        !full.multiLevel() || result.level() == null || unlocked.contains(result.level());
    boolean visible = result.visible() && levelUnlocked;
    String message = result.message();
    if (!levelUnlocked) {
      message = LOCKED_MESSAGE;
    } else if (!visible && result.verdict() == Verdict.JE) {
      message = HIDDEN_JUDGE_ERROR;
    }
    return new TestRow(
        positions.getOrDefault(result.name(), -1),
        result.name(),
        result.group(),
        result.level(),
        result.verdict().name(),
        result.timeMs(),
        result.wallMs(),
        result.memoryKb(),
        visible,
        message);
  }
}
