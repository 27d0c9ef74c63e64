package dev.onsite.server.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.onsite.server.TestDatabase;
import dev.onsite.server.system.OnsiteProperties;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JudgingQueueTests {

  private TestDatabase db;
  private SubmissionRepository repository;
  private long account;
  private final List<JudgingQueue> queues = new CopyOnWriteArrayList<>();

  @BeforeEach
  void database() {
    db = TestDatabase.h2();
    repository = new SubmissionRepository(db.jdbc(), db.transactions());
    account = db.account("ada");
  }

  @AfterEach
  void stopQueues() {
    queues.forEach(JudgingQueue::stop);
  }

  @Test
  void aSubmissionIsStoredAsQueuedBeforeItIsJudged() {
    long id = submit();
    assertThat(repository.byId(id).orElseThrow().status()).isEqualTo(SubmissionStatus.QUEUED);
    List<SubmissionStatus> seenWhileGrading = new CopyOnWriteArrayList<>();
    Grader grader =
        (submission, listener) -> {
          seenWhileGrading.add(repository.byId(submission.id()).orElseThrow().status());
          return accepted(listener);
        };

    start(grader, Duration.ofSeconds(5));

    awaitDone(id);
    assertThat(seenWhileGrading).containsExactly(SubmissionStatus.RUNNING);
    Submission done = repository.byId(id).orElseThrow();
    assertThat(done.verdict()).isEqualTo("AC");
    assertThat(repository.tests(id)).extracting(TestRow::name).containsExactly("sample/1");
  }

  @Test
  void submissionsLeftRunningByTheLastStopAreJudgedAfterTheNextStart() {
    long id = submit();
    Instant crashed = Instant.now();
    assertThat(repository.claimNext("crashed-worker", crashed, crashed)).contains(id);
    assertThat(repository.byId(id).orElseThrow().status()).isEqualTo(SubmissionStatus.RUNNING);

    start((submission, listener) -> accepted(listener), Duration.ofSeconds(5));

    awaitDone(id);
    assertThat(repository.byId(id).orElseThrow().verdict()).isEqualTo("AC");
  }

  @Test
  void aSubmissionHeldByAWorkerThatDiedIsJudgedOnceItsLeaseRunsOut() throws Exception {
    long id = submit();
    Instant claimed = Instant.now();
    assertThat(repository.claimNext("dead-worker", claimed, claimed.plusSeconds(3))).contains(id);

    start((submission, listener) -> accepted(listener), Duration.ofSeconds(5), LEASE);

    Thread.sleep(500);
    assertThat(repository.byId(id).orElseThrow().status())
        .as("a live lease is not taken over")
        .isEqualTo(SubmissionStatus.RUNNING);
    awaitDone(id);
    assertThat(repository.byId(id).orElseThrow().verdict()).isEqualTo("AC");
  }

  @Test
  void twoQueuesOnOneDatabaseJudgeEachSubmissionOnceEvenWhenItOutlastsTheLease() {
    long id = submit();
    AtomicInteger graded = new AtomicInteger();
    Grader slow =
        (submission, listener) -> {
          graded.incrementAndGet();
          sleep(LEASE.multipliedBy(2));
          return accepted(listener);
        };

    start(slow, Duration.ofSeconds(10), LEASE);
    start(slow, Duration.ofSeconds(10), LEASE);

    awaitDone(id);
    assertThat(repository.byId(id).orElseThrow().verdict()).isEqualTo("AC");
    assertThat(graded).as("the renewed lease kept the other queue off it").hasValue(1);
  }

  @Test
  void aGracefulStopWaitsForARunningJudgementToFinish() throws InterruptedException {
    long id = submit();
    CountDownLatch grading = new CountDownLatch(1);
    JudgingQueue queue =
        start(
            (submission, listener) -> {
              grading.countDown();
              sleep(Duration.ofMillis(500));
              return accepted(listener);
            },
            Duration.ofSeconds(10));
    assertThat(grading.await(10, TimeUnit.SECONDS)).isTrue();

    queue.stop();

    assertThat(repository.byId(id).orElseThrow().status()).isEqualTo(SubmissionStatus.DONE);
  }

  @Test
  void aGracefulStopRequeuesAJudgementThatDoesNotFinishInTime() throws InterruptedException {
    long id = submit();
    CountDownLatch grading = new CountDownLatch(1);
    JudgingQueue slow =
        start(
            (submission, listener) -> {
              listener.test(row(0, "sample/1"));
              grading.countDown();
              sleep(Duration.ofSeconds(30));
              return accepted(listener);
            },
            Duration.ofMillis(200));
    assertThat(grading.await(10, TimeUnit.SECONDS)).isTrue();

    slow.stop();

    Submission requeued = repository.byId(id).orElseThrow();
    assertThat(requeued.status()).isEqualTo(SubmissionStatus.QUEUED);
    assertThat(repository.tests(id)).isEmpty();

    start((submission, listener) -> accepted(listener), Duration.ofSeconds(5));
    awaitDone(id);
  }

  @Test
  void thePlaceInTheQueueCountsTheSubmissionsAhead() {
    long first = submit();
    long second = submit();
    long third = submit();

    assertThat(repository.position(first)).isEqualTo(1);
    assertThat(repository.position(second)).isEqualTo(2);
    assertThat(repository.position(third)).isEqualTo(3);
    assertThat(repository.claimNext("w", Instant.now(), Instant.now().plusSeconds(30)))
        .contains(first);
    assertThat(repository.position(first)).isZero();
    assertThat(repository.position(third)).isEqualTo(2);
  }

  @Test
  void aWorkerThatLostItsClaimCannotWriteResults() {
    long id = submit();
    assertThat(repository.claimNext("old", Instant.now(), Instant.now().plusSeconds(30)))
        .contains(id);
    assertThat(repository.requeue(id, "old")).isTrue();
    assertThat(repository.claimNext("new", Instant.now(), Instant.now().plusSeconds(30)))
        .contains(id);

    Graded late = new Graded("WA", 0, true, "", List.of(row(0, "sample/1")), List.of(), 0);
    assertThat(repository.saveTest(id, "old", row(0, "sample/1"))).isFalse();
    assertThat(repository.finish(id, "old", late, Instant.now())).isFalse();

    assertThat(repository.byId(id).orElseThrow().status()).isEqualTo(SubmissionStatus.RUNNING);
    assertThat(repository.tests(id)).isEmpty();
    assertThat(repository.renewLease(id, "old", Instant.now().plusSeconds(30))).isFalse();
    assertThat(repository.renewLease(id, "new", Instant.now().plusSeconds(30))).isTrue();
  }

  @Test
  void onlyRunOutLeasesGoBackToTheQueue() {
    long live = submit();
    long expired = submit();
    Instant now = Instant.now();
    assertThat(repository.claimNext("alive", now, now.plusSeconds(60))).contains(live);
    assertThat(repository.claimNext("dead", now.minusSeconds(60), now.minusSeconds(1)))
        .contains(expired);
    repository.saveTest(expired, "dead", row(0, "sample/1"));

    assertThat(repository.requeueExpired(now)).isEqualTo(1);

    assertThat(repository.byId(live).orElseThrow().status()).isEqualTo(SubmissionStatus.RUNNING);
    assertThat(repository.byId(expired).orElseThrow().status()).isEqualTo(SubmissionStatus.QUEUED);
    assertThat(repository.tests(expired)).as("partial rows are dropped").isEmpty();
  }

  @Test
  void anExceptionInTheGraderIsAJudgeErrorNotALostSubmission() {
    long id = submit();

    start(
        (submission, listener) -> {
          throw new IllegalStateException("boom");
        },
        Duration.ofSeconds(5));

    awaitDone(id);
    Submission done = repository.byId(id).orElseThrow();
    assertThat(done.verdict()).isEqualTo("JE");
    assertThat(done.message()).doesNotContain("boom");
  }

  private long submit() {
    return repository.insert(account, "sum", "python", Mode.SUBMIT, "print(3)", 1, Instant.now());
  }

  /** Long enough that a renewal (every third of it) is not missed on a busy machine. */
  private static final Duration LEASE = Duration.ofSeconds(3);

  private JudgingQueue start(Grader grader, Duration grace) {
    return start(grader, grace, Duration.ofSeconds(30));
  }

  private JudgingQueue start(Grader grader, Duration grace, Duration lease) {
    OnsiteProperties properties =
        new OnsiteProperties(
            Path.of("build/unused"),
            Path.of("problems"),
            Path.of("content"),
            new OnsiteProperties.Accounts(OnsiteProperties.AccountsMode.AUTO, true, 20),
            new OnsiteProperties.Judging(
                1, 0, 5, grace, Duration.ofMillis(50), lease, "auto", false),
            new OnsiteProperties.Exam(90));
    JudgingQueue queue =
        new JudgingQueue(
            repository,
            grader,
            new VerdictStream(),
            Clock.systemUTC(),
            new SimpleMeterRegistry(),
            properties,
            new SandboxPolicy("bubblewrap", true, false, false));
    queues.add(queue);
    queue.start();
    return queue;
  }

  private void awaitDone(long id) {
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> repository.byId(id).orElseThrow().status() == SubmissionStatus.DONE);
  }

  private static Graded accepted(Grader.Listener listener) {
    listener.compiled(true, "");
    TestRow row = row(0, "sample/1");
    listener.test(row);
    return new Graded("AC", 100, true, "", List.of(row), List.of(), 0);
  }

  private static TestRow row(int position, String name) {
    return new TestRow(position, name, "sample", null, "AC", 1, 2, 1024, true, "");
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
