package dev.onsite.server.system;

import java.sql.SQLException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explain the embedded database's "already in use" error: another server has the same data
 * directory open.
 */
final class DatabaseInUseFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

  /** H2's error code for a database file locked by another process. */
  private static final int H2_DATABASE_ALREADY_OPEN = 90020;

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
    if (cause.getErrorCode() != H2_DATABASE_ALREADY_OPEN) {
      return null;
    }
    return new FailureAnalysis(
        "The embedded database is in use by another process: " + cause.getMessage(),
        "Stop the other Onsite server using the same data directory, or start this one with"
            + " another one: ./onsite serve --data DIR",
        cause);
  }
}
