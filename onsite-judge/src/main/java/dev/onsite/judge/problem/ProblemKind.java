package dev.onsite.judge.problem;

/** How a problem talks to the candidate's code. */
public enum ProblemKind {
  /** Kattis style: standard input in, standard output out, compared by an output validator. */
  STDIO,
  /** Onsite style: a sequence of calls against the candidate's class or module. */
  API,
  /** One SELECT query, run against each test's tables in an in-memory SQLite database. */
  SQL;

  /** Whether the tests are JSON files ({@code .json}), not {@code .in}/{@code .ans} pairs. */
  public boolean jsonTests() {
    return this != STDIO;
  }
}
