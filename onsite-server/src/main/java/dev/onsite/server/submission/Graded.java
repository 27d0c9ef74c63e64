package dev.onsite.server.submission;

import java.util.List;
import java.util.Objects;

/**
 * A judged submission's outcome, ready to store: redacted rows, not the judge's raw report.
 *
 * @param verdict the overall verdict
 * @param score 0..100
 * @param compileOk whether the source compiled
 * @param message the compiler's message, or why it could not be judged
 * @param levelsPassed leading levels passed; 0 for a single-level problem or a run
 */
public record Graded(
    String verdict,
    double score,
    boolean compileOk,
    String message,
    List<TestRow> tests,
    List<LevelRow> levels,
    int levelsPassed) {

  public Graded {
    Objects.requireNonNull(verdict, "verdict");
    message = message == null ? "" : message;
    tests = List.copyOf(tests);
    levels = List.copyOf(levels);
  }

  /** A judge error: the package or the server is at fault, never the candidate. */
  public static Graded judgeError(String message) {
    return new Graded("JE", 0, true, message, List.of(), List.of(), 0);
  }
}
