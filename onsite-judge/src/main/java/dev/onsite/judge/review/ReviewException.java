package dev.onsite.judge.review;

/**
 * Report a candidate's review that cannot be graded (it does not parse, or a comment names a file
 * or a line that is not in the package, or an unknown category), as one line naming the comment.
 */
public final class ReviewException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ReviewException(String message) {
    super(message);
  }
}
