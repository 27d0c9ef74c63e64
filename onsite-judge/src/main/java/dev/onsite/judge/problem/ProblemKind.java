package dev.onsite.judge.problem;

/** How a problem talks to the candidate's code. */
public enum ProblemKind {
  /** Kattis style: standard input in, standard output out, compared by an output validator. */
  STDIO,
  /** Onsite style: a sequence of calls against the candidate's class or module. */
  API
}
