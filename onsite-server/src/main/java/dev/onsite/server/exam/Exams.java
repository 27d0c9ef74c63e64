package dev.onsite.server.exam;

import dev.onsite.judge.problem.ProblemPackage;
import dev.onsite.server.problem.Levels;
import dev.onsite.server.system.OnsiteProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * Exam mode: a countdown of the package's {@code minutes} (or {@code onsite.exam.default-minutes})
 * during which the person solves a problem; once it is over, submissions are refused until they end
 * the exam.
 */
@Service
public class Exams {

  /** Why a run is refused during an exam without test feedback. */
  public static final String NO_FEEDBACK =
      "this round gives no test feedback: submit when you are done, as in the real round";

  private final ExamRepository repository;
  private final Clock clock;
  private final int defaultMinutes;

  Exams(ExamRepository repository, Clock clock, OnsiteProperties properties) {
    this.repository = repository;
    this.clock = clock;
    this.defaultMinutes = properties.exam().defaultMinutes();
  }

  /** Start an exam on {@code pkg}, or return the one already open. */
  public synchronized Exam start(long accountId, ProblemPackage pkg) {
    Optional<Exam> open = repository.open(accountId, pkg.id());
    if (open.isPresent()) {
      return open.get();
    }
    Instant now = clock.instant();
    Instant deadline = now.plus(Duration.ofMinutes(Levels.examMinutes(pkg, defaultMinutes)));
    return repository
        .byId(repository.insert(accountId, pkg.id(), now, deadline, false))
        .orElseThrow();
  }

  /**
   * Start a fresh exam of {@code minutes} on {@code pkg}, ending the one open on it first: a mock
   * loop's round runs under the round's time, not the package's.
   *
   * @param noFeedback whether the exam gives no test feedback until it is over (a mock of a round
   *     that runs no code)
   */
  public synchronized Exam startTimed(
      long accountId, ProblemPackage pkg, int minutes, boolean noFeedback) {
    if (minutes < 1) {
      throw new IllegalArgumentException("minutes must be at least 1, was " + minutes);
    }
    Instant now = clock.instant();
    repository.open(accountId, pkg.id()).ifPresent(open -> repository.end(open.id(), now));
    Instant deadline = now.plus(Duration.ofMinutes(minutes));
    return repository
        .byId(repository.insert(accountId, pkg.id(), now, deadline, noFeedback))
        .orElseThrow();
  }

  /** The exam the account has open on the problem, running or with its time up. */
  public Optional<Exam> open(long accountId, String problemId) {
    return repository.open(accountId, problemId);
  }

  /** End the open exam, if any, and return it. */
  public Optional<Exam> end(long accountId, String problemId) {
    Optional<Exam> open = repository.open(accountId, problemId);
    open.ifPresent(exam -> repository.end(exam.id(), clock.instant()));
    return open.flatMap(exam -> repository.byId(exam.id()));
  }

  /**
   * Refuse a submission when the account's exam on the problem is over.
   *
   * @throws ResponseStatusException 409 naming when the exam ended
   */
  public void checkCanSubmit(long accountId, String problemId) {
    Instant now = clock.instant();
    Optional<Exam> open = repository.open(accountId, problemId);
    if (open.isPresent() && open.get().timeUp(now)) {
      throw new ResponseStatusException(
          HttpStatus.CONFLICT,
          "the exam on '"
              + problemId
              + "' ended at "
              + open.get().deadline()
              + "; end the exam to keep practising");
    }
  }

  /**
   * Refuse a run (visible tests only) while the account's exam on the problem gives no test
   * feedback.
   *
   * @throws ResponseStatusException 409 saying to submit instead
   */
  public void checkCanRun(long accountId, String problemId) {
    if (withholding(accountId, problemId).isPresent()) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, NO_FEEDBACK);
    }
  }

  /**
   * The account's running exam on the problem that holds back test results, if any: while it runs,
   * the submissions made in it show no results.
   */
  public Optional<Exam> withholding(long accountId, String problemId) {
    Instant now = clock.instant();
    return repository.open(accountId, problemId).filter(e -> e.noFeedback() && e.running(now));
  }

  /** Every running exam of the account that holds back test results. */
  public List<Exam> withholding(long accountId) {
    return repository.runningWithoutFeedback(accountId, clock.instant());
  }

  public Instant now() {
    return clock.instant();
  }
}
