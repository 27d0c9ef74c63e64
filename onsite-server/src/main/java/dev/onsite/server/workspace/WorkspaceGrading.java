package dev.onsite.server.workspace;

import dev.onsite.judge.lang.Runtimes;
import dev.onsite.judge.sandbox.Sandbox;
import dev.onsite.judge.verdict.Verdict;
import dev.onsite.judge.workspace.WorkspaceException;
import dev.onsite.judge.workspace.WorkspaceJudge;
import dev.onsite.judge.workspace.WorkspaceJudge.Scope;
import dev.onsite.judge.workspace.WorkspacePackage;
import dev.onsite.judge.workspace.WorkspaceResult;
import dev.onsite.judge.workspace.WorkspaceTest;
import dev.onsite.server.submission.Graded;
import dev.onsite.server.submission.ItemGrader;
import dev.onsite.server.submission.Mode;
import dev.onsite.server.submission.Submission;
import dev.onsite.server.submission.TestRow;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Judges workspace submissions for the judging queue: the stored changes laid over the starter in
 * the hardened sandbox. A run stages and shows the visible tests only, with their messages; a
 * submit runs every test, hidden ones too, and passes on their names and outcomes alone (a sealed
 * judgement): the code under test shares the box with the hidden files, so nothing it could have
 * written leaves it.
 */
@Component
class WorkspaceGrading implements ItemGrader {

  private static final Logger log = LoggerFactory.getLogger(WorkspaceGrading.class);

  /** Under a visible test that failed in a submit: the messages are the run's to show. */
  static final String RUN_SHOWS_WHY = "run the tests to see why";

  private final WorkspaceLibrary library;
  private final Runtimes runtimes;
  private final WorkspaceJudge judge;

  WorkspaceGrading(WorkspaceLibrary library, Sandbox sandbox, Runtimes runtimes) {
    this.library = library;
    this.runtimes = runtimes;
    // One judge for the server's life: it remembers each package's test names for sealed results.
    this.judge = new WorkspaceJudge(sandbox, runtimes.python().orElse(Path.of("/usr/bin/python3")));
  }

  @Override
  public boolean grades(String itemId) {
    return library.find(itemId).isPresent();
  }

  @Override
  public Graded grade(Submission submission, Consumer<TestRow> tests) {
    Optional<WorkspacePackage> found = library.find(submission.problemId());
    if (found.isEmpty()) {
      return Graded.judgeError(
          "the workspace '" + submission.problemId() + "' is no longer on this server");
    }
    WorkspacePackage pkg = found.get();
    if (!pkg.isJava() && runtimes.python().isEmpty()) {
      return Graded.judgeError("judge error: this server has no Python to run workspace tests");
    }
    boolean run = submission.mode() == Mode.RUN;
    WorkspaceResult result;
    try {
      Changes changes = Changes.parse(submission.source());
      result = judge.judge(pkg, changes.overlay(), run ? Scope.VISIBLE : Scope.SEALED);
    } catch (WorkspaceException | IllegalArgumentException e) {
      // Checked when it was stored; a package changed since can still refuse it.
      return new Graded("RE", 0, false, e.getMessage(), List.of(), List.of(), 0);
    } catch (UncheckedIOException | IllegalStateException e) {
      log.atError()
          .addKeyValue("submission", submission.id())
          .addKeyValue("workspace", pkg.id())
          .log("cannot judge: {}", e.getMessage());
      return Graded.judgeError("judge error: " + e.getMessage());
    }
    List<TestRow> rows = new ArrayList<>();
    long passed = 0;
    for (WorkspaceTest test : result.tests()) {
      if (run && test.hidden()) {
        continue;
      }
      TestRow row =
          new TestRow(
              rows.size(),
              test.id(),
              test.hidden() ? "hidden" : "visible",
              null,
              test.passed() ? "AC" : "WA",
              0,
              0,
              0,
              !test.hidden(),
              test.hidden() ? "" : run || test.passed() ? test.message() : RUN_SHOWS_WHY);
      rows.add(row);
      tests.accept(row);
      passed += test.passed() ? 1 : 0;
    }
    if (run) {
      boolean green = passed == rows.size() && result.verdict() != Verdict.TLE;
      String verdict = result.verdict() == Verdict.TLE ? "TLE" : green ? "AC" : "WA";
      return new Graded(
          verdict,
          rows.isEmpty() ? 0 : 100.0 * passed / rows.size(),
          true,
          passed + " of " + rows.size() + " visible tests pass",
          rows,
          List.of(),
          0);
    }
    return new Graded(
        result.verdict().name(), result.score(), true, message(result), rows, List.of(), 0);
  }

  /** The summary, and what each target measured: what the candidate reads under the verdict. */
  private static String message(WorkspaceResult result) {
    StringBuilder out = new StringBuilder(result.summary());
    result.targets().forEach(t -> out.append('\n').append(t.describe()));
    return out.toString();
  }
}
