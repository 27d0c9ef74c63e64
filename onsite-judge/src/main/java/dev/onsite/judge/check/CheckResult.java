package dev.onsite.judge.check;

import dev.onsite.judge.verdict.Verdict;
import java.util.Objects;

/**
 * The verdict of checking one test's output, with feedback for the candidate.
 *
 * @param message what differs, with data: shown for visible tests only
 * @param hiddenMessage what kind of mistake it is, without data: shown for hidden tests
 */
public record CheckResult(Verdict verdict, String message, String hiddenMessage) {

  public static final CheckResult ACCEPTED = new CheckResult(Verdict.AC, "", "");

  public CheckResult {
    Objects.requireNonNull(verdict, "verdict");
  }

  public static CheckResult wrong(String message, String hiddenMessage) {
    return new CheckResult(Verdict.WA, message, hiddenMessage);
  }

  public static CheckResult runtimeError(String message, String hiddenMessage) {
    return new CheckResult(Verdict.RE, message, hiddenMessage);
  }

  /** The package's checker failed: not the candidate's fault. */
  public static CheckResult judgeError(String message) {
    return new CheckResult(Verdict.JE, message, message);
  }

  /**
   * The package's checker failed, and said things about the test's data ({@code message}); a hidden
   * test shows only {@code hiddenMessage}.
   */
  public static CheckResult judgeError(String message, String hiddenMessage) {
    return new CheckResult(Verdict.JE, message, hiddenMessage);
  }

  public boolean accepted() {
    return verdict == Verdict.AC;
  }

  public boolean judgeError() {
    return verdict == Verdict.JE;
  }
}
