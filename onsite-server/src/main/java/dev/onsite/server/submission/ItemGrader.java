package dev.onsite.server.submission;

import java.util.function.Consumer;

/**
 * Judges the submissions of one kind of practice item that is not a problem package (a workspace,
 * say), through the same queue: stored first, leased, judged once, streamed, kept. A feature
 * provides one as a bean; submissions to an item no {@code ItemGrader} claims are judged by the
 * judge as problem packages.
 */
public interface ItemGrader {

  /** Whether this grader judges the submissions to {@code itemId}. */
  boolean grades(String itemId);

  /**
   * Judge {@code submission}, reporting each test as it finishes. The candidate's failures are
   * verdicts; a broken package is a {@code JE} outcome ({@link Graded#judgeError}), never an
   * exception.
   */
  Graded grade(Submission submission, Consumer<TestRow> tests);
}
