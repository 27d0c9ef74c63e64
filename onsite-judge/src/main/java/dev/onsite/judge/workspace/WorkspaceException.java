package dev.onsite.judge.workspace;

/**
 * A candidate's workspace cannot be judged: the message is one line naming the file and the fix.
 */
public final class WorkspaceException extends RuntimeException {

  public WorkspaceException(String message) {
    super(message);
  }
}
