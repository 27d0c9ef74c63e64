package dev.onsite.server.exam;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One timed attempt at a problem: a countdown from its start to its deadline.
 *
 * @param endedAt when the person ended it, or null while it runs or after the deadline passed
 * @param noFeedback whether it gives no test feedback while it runs (a mock of a round that runs no
 *     code): runs are refused and submissions' results are held back until it is over
 */
public record Exam(
    long id,
    long accountId,
    String problemId,
    Instant startedAt,
    Instant deadline,
    Instant endedAt,
    boolean noFeedback) {

  public Exam {
    Objects.requireNonNull(problemId, "problemId");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(deadline, "deadline");
  }

  /** Whether the countdown still runs at {@code now}. */
  public boolean running(Instant now) {
    return endedAt == null && now.isBefore(deadline);
  }

  /** Whether the deadline passed before the person ended it. */
  public boolean timeUp(Instant now) {
    return endedAt == null && !now.isBefore(deadline);
  }

  /** Whether a submission made at {@code createdAt} has its results held back at {@code now}. */
  public boolean withholds(Instant createdAt, Instant now) {
    return noFeedback && running(now) && !createdAt.isBefore(startedAt);
  }

  public long remainingSeconds(Instant now) {
    return running(now) ? Math.max(0, Duration.between(now, deadline).toSeconds()) : 0;
  }
}
