package dev.onsite.judge.verdict;

/**
 * The outcome of one test or of a whole submission.
 *
 * <p>{@link #JE} means the problem package is broken and is never the candidate's fault. {@link
 * #SK} appears only on single tests that were not run.
 */
public enum Verdict {
  AC("accepted"),
  WA("wrong answer"),
  TLE("time limit exceeded"),
  MLE("memory limit exceeded"),
  RE("run-time error"),
  OLE("output limit exceeded"),
  CE("compile error"),
  JE("judge error"),
  SK("skipped");

  private final String description;

  Verdict(String description) {
    this.description = description;
  }

  /** Describe the verdict in words, for people. */
  public String description() {
    return description;
  }

  public boolean accepted() {
    return this == AC;
  }
}
