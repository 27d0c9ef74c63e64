package dev.onsite.judge.verdict;

/** Whether the source compiled, how long it took and the compiler's messages. */
public record CompileResult(boolean ok, long timeMs, String message) {

  public CompileResult {
    message = message == null ? "" : message;
  }

  public static CompileResult ok(long timeMs) {
    return new CompileResult(true, timeMs, "");
  }

  public static CompileResult failed(long timeMs, String message) {
    return new CompileResult(false, timeMs, message);
  }
}
