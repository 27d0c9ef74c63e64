package dev.onsite.judge.takehome;

/**
 * Report a take-home run that could not be judged for a reason that is not the candidate's program:
 * the package's generator failed or wrote something unusable, or the submission file cannot be
 * read. One line, naming the file or the seed.
 */
public final class TakeHomeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public TakeHomeException(String message) {
    super(message);
  }
}
