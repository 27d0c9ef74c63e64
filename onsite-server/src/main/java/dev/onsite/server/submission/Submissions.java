package dev.onsite.server.submission;

import dev.onsite.judge.Judge;
import dev.onsite.judge.lang.Language;
import dev.onsite.judge.problem.ProblemPackage;
import dev.onsite.server.exam.Exam;
import dev.onsite.server.exam.Exams;
import dev.onsite.server.problem.Levels;
import dev.onsite.server.problem.ProblemLibrary;
import dev.onsite.server.problem.ProblemStatus;
import dev.onsite.server.problem.Progress;
import dev.onsite.server.system.OnsiteProperties;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Take submissions, hand them to the judging queue, and answer for them: their results, the
 * author's history, diffs between attempts, and progress on each problem.
 *
 * <p>Every read checks the author: one person never sees another's submissions (not even whether
 * they exist: the answer is 404 either way). While the author's exam on a problem gives no test
 * feedback (a mock of a round that runs no code), the submissions made in it are shown {@link
 * SubmissionView#withoutResults() without results}, in every view and stream, until it is over.
 */
@Service
public class Submissions implements Progress {

  /** Submissions listed per problem. */
  static final int HISTORY_LIMIT = 200;

  private static final Logger log = LoggerFactory.getLogger(Submissions.class);

  private final SubmissionRepository repository;
  private final JudgingQueue queue;
  private final ProblemLibrary library;
  private final Exams exams;
  private final Clock clock;
  private final int maxPending;
  private final Object[] pendingLocks = newLocks(64);
  private final SandboxPolicy policy;
  private final QueueNotifications notifications;

  Submissions(
      SubmissionRepository repository,
      JudgingQueue queue,
      ProblemLibrary library,
      Exams exams,
      Clock clock,
      OnsiteProperties properties,
      SandboxPolicy policy,
      QueueNotifications notifications) {
    this.policy = policy;
    this.notifications = notifications;
    this.repository = repository;
    this.queue = queue;
    this.library = library;
    this.exams = exams;
    this.clock = clock;
    this.maxPending = properties.judge().maxPendingPerUser();
  }

  private static Object[] newLocks(int count) {
    Object[] locks = new Object[count];
    for (int i = 0; i < count; i++) {
      locks[i] = new Object();
    }
    return locks;
  }

  /** 429 with a Retry-After: the author has as many submissions waiting as they may. */
  static final class TooManyPending extends ResponseStatusException {

    private static final long serialVersionUID = 1L;

    /** Seconds to wait before trying again: about what judging one submission takes. */
    static final int RETRY_AFTER_SECONDS = 2;

    TooManyPending(int pending, int max) {
      super(
          HttpStatus.TOO_MANY_REQUESTS,
          "you have "
              + pending
              + " submissions waiting to be judged (at most "
              + max
              + "); wait for one to finish");
    }

    @Override
    public HttpHeaders getHeaders() {
      HttpHeaders headers = new HttpHeaders();
      headers.set(HttpHeaders.RETRY_AFTER, "" + RETRY_AFTER_SECONDS);
      return headers;
    }
  }

  /**
   * Store a submission as queued and wake the queue; it is judged after the ones before it.
   *
   * @throws ResponseStatusException 404 for an unknown problem, 400 for an unknown language, an
   *     empty or too large source or a run on a problem without visible tests, 409 when the
   *     author's exam on the problem is over or, for a run, gives no test feedback, 429 when the
   *     author already has {@code onsite.judge.max-pending-per-user} submissions waiting, 503 when
   *     this server has accounts but no hardened sandbox (see {@link SandboxPolicy})
   */
  public SubmissionView submit(
      long accountId, String problemId, String languageId, String source, Mode mode) {
    requireSandbox();
    ProblemPackage pkg =
        library
            .find(problemId)
            .orElseThrow(
                () ->
                    new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "no problem '" + problemId + "'"));
    Language language =
        Language.byId(languageId == null ? "" : languageId)
            .orElseThrow(
                () ->
                    new ResponseStatusException(
                        HttpStatus.BAD_REQUEST,
                        "unknown language '" + languageId + "'; use one of " + Language.ids()));
    if (source == null || source.isBlank()) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "the source is empty");
    }
    int bytes = source.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > Judge.MAX_SOURCE_BYTES) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST,
          "the source is "
              + bytes / 1024
              + " KiB; the limit is "
              + Judge.MAX_SOURCE_BYTES / 1024
              + " KiB");
    }
    if (mode == Mode.RUN) {
      exams.checkCanRun(accountId, problemId);
    }
    int unlocked = Levels.unlocked(pkg, repository.levelsPassed(accountId, problemId));
    if (mode == Mode.RUN && Levels.visibleTestsOnly(pkg, unlocked).tests().isEmpty()) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST,
          "'" + problemId + "' has no visible tests to run; submit to judge it on every test");
    }
    exams.checkCanSubmit(accountId, problemId);
    return enqueue(accountId, problemId, language.id(), mode, source, unlocked);
  }

  /**
   * Store a submission to a practice item that an {@link ItemGrader} judges (checked by its feature
   * before), as queued, and wake the queue: the same limits, queue and streams as a problem's
   * submission.
   *
   * @throws ResponseStatusException 429 when the author already has {@code
   *     onsite.judge.max-pending-per-user} submissions waiting, 503 when this server has accounts
   *     but no hardened sandbox
   */
  public SubmissionView submitItem(
      long accountId, String itemId, String languageId, String source, Mode mode) {
    requireSandbox();
    return enqueue(accountId, itemId, languageId, mode, source, 1);
  }

  /** 503 with the policy's reason when this server may not run people's code. */
  private void requireSandbox() {
    if (!policy.judgesSubmissions()) {
      throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, policy.refusal());
    }
  }

  private SubmissionView enqueue(
      long accountId, String itemId, String language, Mode mode, String source, int unlocked) {
    long id;
    // One account's submissions are counted and stored one at a time (on this server), so that a
    // burst of parallel requests cannot slip past the limit between the count and the insert.
    synchronized (pendingLocks[(int) Math.floorMod(accountId, (long) pendingLocks.length)]) {
      int pending = repository.pending(accountId);
      if (pending >= maxPending) {
        throw new TooManyPending(pending, maxPending);
      }
      id = repository.insert(accountId, itemId, language, mode, source, unlocked, clock.instant());
    }
    log.atInfo()
        .addKeyValue("submission", id)
        .addKeyValue("account", accountId)
        .addKeyValue("problem", itemId)
        .addKeyValue("mode", mode.id())
        .log("queued");
    queue.wake();
    notifications.announce();
    return view(repository.byId(id).orElseThrow(), false);
  }

  /** The submission with its results, if {@code accountId} wrote it. */
  public Optional<SubmissionView> find(long accountId, long id) {
    return own(accountId, id).map(s -> view(s, true));
  }

  /**
   * The submission, if {@code accountId} wrote it.
   *
   * @throws ResponseStatusException 404 otherwise, also when it is someone else's
   */
  public SubmissionView require(long accountId, long id) {
    return find(accountId, id)
        .orElseThrow(
            () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no submission " + id));
  }

  /** The author's submissions on a problem, newest first, without code and per-test rows. */
  public List<SubmissionView> history(long accountId, String problemId) {
    return listed(accountId, repository.history(accountId, problemId, HISTORY_LIMIT));
  }

  /** The author's latest submissions on any problem, newest first. */
  public List<SubmissionView> recent(long accountId, int limit) {
    return listed(accountId, repository.recent(accountId, limit));
  }

  private List<SubmissionView> listed(long accountId, List<Submission> submissions) {
    Predicate<Submission> held = heldBack(accountId);
    return submissions.stream()
        .map(s -> shown(SubmissionView.of(s, List.of(), List.of(), 0, false), held.test(s)))
        .toList();
  }

  /**
   * Which of the author's submissions have their results held back now: those made during their
   * running exam without test feedback on the same problem. Looks each problem's exam up once.
   */
  private Predicate<Submission> heldBack(long accountId) {
    Map<String, Optional<Exam>> withholding = new HashMap<>();
    Instant now = clock.instant();
    return s ->
        withholding
            .computeIfAbsent(s.problemId(), problem -> exams.withholding(accountId, problem))
            .filter(exam -> exam.withholds(s.createdAt(), now))
            .isPresent();
  }

  private static SubmissionView shown(SubmissionView full, boolean held) {
    return held ? full.withoutResults() : full;
  }

  /** When the author submitted, from {@code since} on, newest first. */
  public List<Instant> submissionTimes(long accountId, Instant since) {
    return repository.times(accountId, since);
  }

  /**
   * The diff from one of the author's submissions to another.
   *
   * @throws ResponseStatusException 404 when either is not theirs
   */
  public CodeDiff diff(long accountId, long fromId, long toId) {
    SubmissionView from = require(accountId, fromId);
    SubmissionView to = require(accountId, toId);
    return CodeDiff.between(from.source(), to.source());
  }

  /** Queued and running submissions on the whole server, and the workers judging them. */
  public QueueState queueState() {
    Map<SubmissionStatus, Integer> counts = repository.countByStatus();
    return new QueueState(
        counts.getOrDefault(SubmissionStatus.QUEUED, 0),
        counts.getOrDefault(SubmissionStatus.RUNNING, 0),
        queue.workers());
  }

  /**
   * The state of the judging queue.
   *
   * @param queued submissions waiting
   * @param running submissions being judged
   * @param workers judgements that can run at once
   */
  public record QueueState(int queued, int running, int workers) {}

  /**
   * {@inheritDoc}
   *
   * <p>During an exam without test feedback, a problem solved only in the exam shows as attempted:
   * its status would give the verdict away.
   */
  @Override
  public Map<String, ProblemStatus> statuses(long accountId) {
    Map<String, ProblemStatus> statuses = new HashMap<>();
    repository
        .solvedByProblem(accountId)
        .forEach(
            (problem, solved) ->
                statuses.put(problem, solved ? ProblemStatus.SOLVED : ProblemStatus.ATTEMPTED));
    for (Exam exam : exams.withholding(accountId)) {
      if (statuses.get(exam.problemId()) == ProblemStatus.SOLVED
          && !repository.solvedBefore(accountId, exam.problemId(), exam.startedAt())) {
        statuses.put(exam.problemId(), ProblemStatus.ATTEMPTED);
      }
    }
    return statuses;
  }

  @Override
  public int levelsPassed(long accountId, String problemId) {
    return repository.levelsPassed(accountId, problemId);
  }

  /**
   * A new event stream for the submission: what is stored first, then what happens next. A judged
   * submission's stream holds its {@code done} event and ends. If the judgement ends between the
   * two, the stream ends without one, and the page asks for the submission instead.
   */
  SseEmitter events(long accountId, long id, VerdictStream stream) {
    Submission stored =
        own(accountId, id)
            .orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no submission " + id));
    if (stored.done()) {
      return finished(stored, stream);
    }
    boolean held = heldBack(accountId).test(stored);
    SseEmitter emitter = stream.subscribe(id, held);
    Submission now = repository.byId(id).orElseThrow();
    if (now.done()) {
      emitter.complete();
      return finished(now, stream);
    }
    if (now.status() == SubmissionStatus.QUEUED) {
      stream.send(id, emitter, "status", new QueueEvents.Status("queued", repository.position(id)));
    } else {
      stream.send(id, emitter, "status", new QueueEvents.Status("running", 0));
      for (TestRow row : held ? List.<TestRow>of() : repository.tests(id)) {
        stream.send(id, emitter, "test", row);
      }
    }
    return emitter;
  }

  private SseEmitter finished(Submission done, VerdictStream stream) {
    SseEmitter emitter = new SseEmitter(VerdictStream.TIMEOUT.toMillis());
    stream.send(done.id(), emitter, "done", view(done, false));
    emitter.complete();
    return emitter;
  }

  private Optional<Submission> own(long accountId, long id) {
    return repository.byId(id).filter(s -> s.accountId() == accountId);
  }

  private SubmissionView view(Submission s, boolean source) {
    return shown(
        SubmissionView.of(
            s,
            repository.tests(s.id()),
            repository.levels(s.id()),
            s.status() == SubmissionStatus.QUEUED ? repository.position(s.id()) : 0,
            source),
        heldBack(s.accountId()).test(s));
  }
}
