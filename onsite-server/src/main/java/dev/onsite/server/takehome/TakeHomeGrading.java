package dev.onsite.server.takehome;

import dev.onsite.judge.lang.Runtimes;
import dev.onsite.judge.sandbox.Sandbox;
import dev.onsite.judge.takehome.KindScore;
import dev.onsite.judge.takehome.RubricScore;
import dev.onsite.judge.takehome.TakeHomeException;
import dev.onsite.judge.takehome.TakeHomeJudge;
import dev.onsite.judge.takehome.TakeHomePackage;
import dev.onsite.judge.takehome.TakeHomeResult;
import dev.onsite.server.submission.Graded;
import dev.onsite.server.submission.ItemGrader;
import dev.onsite.server.submission.Submission;
import dev.onsite.server.submission.TestRow;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Judges take-home finders for the judging queue: the attempt's dataset generated again from its
 * seed, the finder run on it in the hardened sandbox, a row per fault kind, and the rubric (the
 * graded part with its points, the others as self-review checklists) in the message.
 */
@Component
class TakeHomeGrading implements ItemGrader {

  private static final Logger log = LoggerFactory.getLogger(TakeHomeGrading.class);

  private final TakeHomeLibrary library;
  private final Sandbox sandbox;
  private final Runtimes runtimes;

  TakeHomeGrading(TakeHomeLibrary library, Sandbox sandbox, Runtimes runtimes) {
    this.library = library;
    this.sandbox = sandbox;
    this.runtimes = runtimes;
  }

  /** A judge on this server's sandbox, or empty when it has no Python. */
  Optional<TakeHomeJudge> judge() {
    return runtimes.python().map(python -> new TakeHomeJudge(sandbox, python));
  }

  @Override
  public boolean grades(String itemId) {
    return library.find(itemId).isPresent();
  }

  @Override
  public Graded grade(Submission submission, Consumer<TestRow> tests) {
    Optional<TakeHomePackage> found = library.find(submission.problemId());
    if (found.isEmpty()) {
      return Graded.judgeError(
          "the take-home '" + submission.problemId() + "' is no longer on this server");
    }
    Optional<TakeHomeJudge> judge = judge();
    if (judge.isEmpty()) {
      return Graded.judgeError("judge error: this server has no Python to run finders");
    }
    TakeHomePackage pkg = found.get();
    TakeHomeResult result;
    try {
      FinderSource source = FinderSource.parse(submission.source());
      result = judge.get().judge(pkg, source.seed(), source.finder());
    } catch (IllegalArgumentException e) {
      return new Graded("RE", 0, false, e.getMessage(), List.of(), List.of(), 0);
    } catch (TakeHomeException | UncheckedIOException | IllegalStateException e) {
      log.atError()
          .addKeyValue("submission", submission.id())
          .addKeyValue("takehome", pkg.id())
          .log("cannot judge: {}", e.getMessage());
      return Graded.judgeError("judge error: " + e.getMessage());
    }
    List<TestRow> rows = new ArrayList<>();
    for (KindScore k : result.kinds()) {
      TestRow row =
          new TestRow(
              rows.size(),
              k.kind().id(),
              "fault",
              null,
              k.full() ? "AC" : "WA",
              0,
              0,
              0,
              true,
              describe(k));
      rows.add(row);
      tests.accept(row);
    }
    return new Graded(
        result.verdict().name(), result.score(), true, message(result), rows, List.of(), 0);
  }

  static String describe(KindScore k) {
    StringBuilder s =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "precision %.2f, recall %.2f, F1 %.2f (%d injected, %d flagged, %d correct)",
                k.precision(),
                k.recall(),
                k.f1(),
                k.injected(),
                k.flagged(),
                k.correct()));
    if (!k.missed().isEmpty()) {
      s.append("; missed e.g. ").append(String.join(", ", k.missed()));
    }
    if (!k.falseAlarms().isEmpty()) {
      s.append("; false alarms e.g. ").append(String.join(", ", k.falseAlarms()));
    }
    return s.toString();
  }

  /** The summary, then every rubric part: what the candidate reads under the verdict. */
  static String message(TakeHomeResult result) {
    StringBuilder out = new StringBuilder(result.summary());
    for (RubricScore part : result.rubric()) {
      out.append('\n')
          .append(
              part.points().isPresent()
                  ? String.format(
                      Locale.ROOT,
                      "%.1f/%d %s (graded)",
                      part.points().getAsDouble(),
                      part.part().weight(),
                      part.part().title())
                  : "?/" + part.part().weight() + " " + part.part().title() + " (self-review)");
      part.part().checklist().forEach(q -> out.append("\n  [ ] ").append(q));
    }
    return out.toString();
  }
}
