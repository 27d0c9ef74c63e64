package dev.onsite.server.submission;

import java.util.Objects;

/**
 * One test's result as it is stored and shown: the judge's result after redaction.
 *
 * @param position the test's index in judging order
 * @param name the test name ({@code level-1/sample/1})
 * @param group its directory
 * @param level its level id, or null
 * @param verdict AC, WA, TLE, MLE, RE, OLE, JE or SK
 * @param visible whether the message may carry the test's data (a visible test of an unlocked
 *     level)
 * @param message what went wrong; for hidden tests never their data
 */
public record TestRow(
    int position,
    String name,
    String group,
    String level,
    String verdict,
    long timeMs,
    long wallMs,
    long memoryKb,
    boolean visible,
    String message) {

  public TestRow {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(verdict, "verdict");
    message = message == null ? "" : message;
  }
}
