package dev.onsite.server.submission;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a submission is in the judging queue. */
public enum SubmissionStatus {
  /** Persisted and waiting for a worker; survives restarts. */
  QUEUED,
  /** A worker is judging it; re-queued if the server stops before it finishes. */
  RUNNING,
  /** Judged; its verdict and per-test results are stored. */
  DONE;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<SubmissionStatus> byId(String id) {
    return Arrays.stream(values()).filter(s -> s.id().equalsIgnoreCase(id)).findFirst();
  }
}
