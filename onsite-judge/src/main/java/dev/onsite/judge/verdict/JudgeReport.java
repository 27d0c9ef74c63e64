package dev.onsite.judge.verdict;

import java.util.List;
import java.util.Objects;

/**
 * The full outcome of judging one submission.
 *
 * <p>The overall verdict is the verdict of the first test in judging order that is not accepted, or
 * {@link Verdict#AC}; a failed compilation is {@link Verdict#CE} and a broken package {@link
 * Verdict#JE}.
 */
public record JudgeReport(
    Verdict verdict,
    double score,
    String language,
    CompileResult compile,
    List<TestResult> tests,
    List<LevelResult> levels,
    String message) {

  public JudgeReport {
    Objects.requireNonNull(verdict, "verdict");
    if (score < 0 || score > 100 || Double.isNaN(score)) {
      throw new IllegalArgumentException("score must be in 0..100, was " + score);
    }
    tests = List.copyOf(tests);
    levels = List.copyOf(levels);
    message = message == null ? "" : message;
  }

  /** The first test whose verdict is not AC, or null when all passed. */
  public TestResult firstFailure() {
    return tests.stream()
        .filter(t -> t.verdict() != Verdict.AC && t.verdict() != Verdict.SK)
        .findFirst()
        .orElse(null);
  }

  public long maxTimeMs() {
    return tests.stream().mapToLong(TestResult::timeMs).max().orElse(0);
  }
}
