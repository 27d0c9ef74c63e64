package dev.onsite.judge.workspace;

import java.util.Objects;

/**
 * The outcome of one test of a workspace run.
 *
 * @param id pytest's node id ({@code tests/test_merge.py::test_merges_most_frequent_pair})
 * @param hidden whether it came from hidden/: then {@code message} is always empty
 * @param outcome {@code passed}, {@code failed}, {@code error} or {@code skipped}
 * @param message the first line of a visible test's failure
 */
public record WorkspaceTest(String id, boolean hidden, String outcome, String message) {

  public WorkspaceTest {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(outcome, "outcome");
    message = hidden || message == null ? "" : message;
  }

  /** Skipped tests do not pass: a submission cannot skip its way to green. */
  public boolean passed() {
    return outcome.equals("passed");
  }
}
