package dev.onsite.server.submission;

import java.time.Instant;
import java.util.Objects;

/**
 * A submission as stored: what was submitted, and once judged its outcome.
 *
 * @param levelsUnlocked the levels the author could see when submitting; a run judges only their
 *     visible tests, and results of other levels are shown without data
 * @param verdict the overall verdict once judged, else null
 * @param score 0..100 once judged, else null
 * @param levelsPassed leading levels passed (submit mode), else null
 * @param compileOk whether it compiled, once known
 * @param message the compiler's message, or why the judge could not judge it
 */
public record Submission(
    long id,
    long accountId,
    String problemId,
    String language,
    Mode mode,
    String source,
    int levelsUnlocked,
    SubmissionStatus status,
    String verdict,
    Double score,
    Integer levelsPassed,
    Boolean compileOk,
    String message,
    Instant createdAt,
    Instant startedAt,
    Instant finishedAt) {

  public Submission {
    Objects.requireNonNull(problemId, "problemId");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdAt, "createdAt");
    message = message == null ? "" : message;
  }

  public boolean done() {
    return status == SubmissionStatus.DONE;
  }
}
