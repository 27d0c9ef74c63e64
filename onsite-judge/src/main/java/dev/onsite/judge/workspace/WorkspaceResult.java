package dev.onsite.judge.workspace;

import dev.onsite.judge.verdict.Verdict;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The judgement of one workspace submission.
 *
 * @param verdict AC when every test passes and every target is met; WA when a test fails or a
 *     target is missed; TLE when the run passed the wall limit; JE when the package is broken
 * @param score 0..100: the share of tests passed, and for refactoring and ai-assisted rounds the
 *     share of targets met (half each)
 * @param summary one line for people: why this verdict
 * @param tests every test pytest reported, in its order
 * @param before the structure metrics of the starter (refactoring only)
 * @param after the structure metrics of the submission (refactoring only)
 * @param targets each target with its values
 * @param changed the files the submission added or changed
 * @param deleted the files it deleted (test files among them were restored)
 * @param wallMs how long the box ran
 */
public record WorkspaceResult(
    Verdict verdict,
    double score,
    String summary,
    List<WorkspaceTest> tests,
    Map<String, Double> before,
    Map<String, Double> after,
    List<TargetResult> targets,
    List<String> changed,
    List<String> deleted,
    long wallMs) {

  public WorkspaceResult {
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(summary, "summary");
    tests = List.copyOf(tests);
    before = Map.copyOf(before);
    after = Map.copyOf(after);
    targets = List.copyOf(targets);
    changed = List.copyOf(changed);
    deleted = List.copyOf(deleted);
    if (score < 0 || score > 100) {
      throw new IllegalArgumentException("score must be 0..100, was " + score);
    }
  }

  /** A run that reported no tests: it timed out, did not compile or ended without a result. */
  public static WorkspaceResult untested(
      Verdict verdict, String summary, List<String> changed, List<String> deleted, long wallMs) {
    return new WorkspaceResult(
        verdict, 0, summary, List.of(), Map.of(), Map.of(), List.of(), changed, deleted, wallMs);
  }

  public long passedCount() {
    return tests.stream().filter(WorkspaceTest::passed).count();
  }

  public List<WorkspaceTest> failing() {
    return tests.stream().filter(t -> !t.passed()).toList();
  }

  /** Whether every test passed (and at least one ran). */
  public boolean testsGreen() {
    return !tests.isEmpty() && failing().isEmpty();
  }
}
