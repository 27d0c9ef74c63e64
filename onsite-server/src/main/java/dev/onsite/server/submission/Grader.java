package dev.onsite.server.submission;

/**
 * Judge one submission. The queue calls it from its worker threads; the real one is {@link
 * JudgeGrader}, tests use fakes.
 */
interface Grader {

  /** Hear about a judgement while it runs. Called from the grading thread. */
  interface Listener {
    void compiled(boolean ok, String message);

    void test(TestRow row);
  }

  /**
   * Judge {@code submission}, reporting each test as it finishes.
   *
   * <p>Failures of the candidate's code are verdicts; a broken package or a missing runtime is a
   * {@code JE} outcome, never an exception.
   */
  Graded grade(Submission submission, Listener listener);
}
