package dev.onsite.judge.verdict;

import java.util.Objects;

/**
 * What one test did: its verdict, CPU and wall time, peak memory and a message for the candidate.
 *
 * <p>For hidden tests the message never contains the test's input, its expected output or what the
 * program printed.
 */
public record TestResult(
    String name,
    String group,
    String level,
    Verdict verdict,
    long timeMs,
    long wallMs,
    long memoryKb,
    boolean visible,
    String message) {

  public TestResult {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(verdict, "verdict");
    message = message == null ? "" : message;
  }

  public static TestResult skipped(String name, String group, String level, boolean visible) {
    return new TestResult(
        name,
        group,
        level,
        Verdict.SK,
        0,
        0,
        0,
        visible,
        "not run: the submission failed too many tests already");
  }
}
