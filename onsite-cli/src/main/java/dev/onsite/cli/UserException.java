package dev.onsite.cli;

/**
 * Report a problem with what the user gave us (an argument, a file) as one line, without a stack
 * trace.
 */
public class UserException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int exitCode;

  public UserException(String message) {
    this(message, Onsite.EXIT_USAGE);
  }

  public UserException(String message, int exitCode) {
    super(message);
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }
}
