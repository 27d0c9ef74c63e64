package dev.onsite.server.submission;

import dev.onsite.judge.verdict.Verdict;
import java.time.Instant;
import java.util.List;

/**
 * A submission as the API and the pages show it to its author.
 *
 * @param position the place in the queue (1 is next), 0 when not queued
 * @param verdictText the verdict in words ("wrong answer"), or empty while not judged
 * @param source the code, or null in lists
 * @param tests per-test results, in judging order
 * @param levels per-level results of a multi-level problem (submit mode)
 * @param withheld whether its results are held back: it was made during an exam without test
 *     feedback that still runs (see {@link #withoutResults()})
 */
public record SubmissionView(
    long id,
    String problemId,
    String language,
    String mode,
    String status,
    int position,
    String verdict,
    String verdictText,
    Double score,
    Integer levelsPassed,
    int levelsUnlocked,
    Boolean compileOk,
    String message,
    Instant createdAt,
    Instant startedAt,
    Instant finishedAt,
    String source,
    List<TestRow> tests,
    List<LevelRow> levels,
    boolean withheld) {

  /** What a submission held back during an exam without test feedback says instead of results. */
  public static final String WITHHELD_NOTE =
      "this round gives no test feedback: the result shows when the round ends";

  public SubmissionView {
    tests = List.copyOf(tests);
    levels = List.copyOf(levels);
  }

  static SubmissionView of(
      Submission s, List<TestRow> tests, List<LevelRow> levels, int position, boolean source) {
    return new SubmissionView(
        s.id(),
        s.problemId(),
        s.language(),
        s.mode().id(),
        s.status().id(),
        position,
        s.verdict(),
        describe(s.verdict()),
        s.score(),
        s.levelsPassed(),
        s.levelsUnlocked(),
        s.compileOk(),
        s.message(),
        s.createdAt(),
        s.startedAt(),
        s.finishedAt(),
        source ? s.source() : null,
        tests,
        levels,
        false);
  }

  /**
   * This submission with its results held back: its status (judged or not) but no verdict (the
   * verdict text says {@code submitted}), score, compiler output, per-test or per-level rows, and
   * {@link #WITHHELD_NOTE} as the message.
   */
  public SubmissionView withoutResults() {
    return new SubmissionView(
        id,
        problemId,
        language,
        mode,
        status,
        position,
        null,
        "submitted",
        null,
        null,
        levelsUnlocked,
        null,
        WITHHELD_NOTE,
        createdAt,
        startedAt,
        finishedAt,
        source,
        List.of(),
        List.of(),
        true);
  }

  static String describe(String verdict) {
    if (verdict == null) {
      return "";
    }
    try {
      return Verdict.valueOf(verdict).description();
    } catch (IllegalArgumentException e) {
      return verdict;
    }
  }

  /** Whether it was accepted. */
  public boolean accepted() {
    return "AC".equals(verdict);
  }

  /** Tests passed of those judged. */
  public long testsPassed() {
    return tests.stream().filter(t -> t.verdict().equals("AC")).count();
  }
}
