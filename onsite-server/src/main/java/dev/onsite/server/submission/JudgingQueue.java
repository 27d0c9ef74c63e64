package dev.onsite.server.submission;

import dev.onsite.server.system.OnsiteProperties;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Judge queued submissions with a fixed number of worker threads.
 *
 * <p>The queue is the database: a submission is stored with status {@code queued} before anything
 * judges it, and a worker claims the oldest one with a lease ({@code onsite.judge.lease}) that it
 * renews while it judges. Several servers and workers ({@code ./onsite worker}) may share one
 * database: a submission whose lease runs out, because its worker or its machine died, goes back in
 * the queue for whoever looks next, so nothing is lost. A graceful shutdown stops claiming, gives
 * running judgements {@code onsite.judge.shutdown-grace} to finish, and puts the ones that did not
 * back in the queue at once.
 */
@Component
class JudgingQueue implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(JudgingQueue.class);

  private record InFlight(String claim, Thread thread) {}

  private final SubmissionRepository repository;
  private final Grader grader;
  private final VerdictStream stream;
  private final Clock clock;
  private final MeterRegistry meters;
  private final int workers;
  private final Duration grace;
  private final Duration pollInterval;
  private final Duration lease;
  private volatile long nextSweep;
  private ScheduledExecutorService renewer;
  private final Object signal = new Object();
  private final Map<Long, InFlight> inFlight = new ConcurrentHashMap<>();
  private final List<Thread> threads = new ArrayList<>();
  private boolean pending;
  private volatile boolean running;

  JudgingQueue(
      SubmissionRepository repository,
      Grader grader,
      VerdictStream stream,
      Clock clock,
      MeterRegistry meters,
      OnsiteProperties properties,
      SandboxPolicy policy) {
    this.repository = repository;
    this.grader = grader;
    this.stream = stream;
    this.clock = clock;
    this.meters = meters;
    // Without a sandbox fit for others' code, take nothing from the queue: a hardened server
    // sharing the database judges it.
    this.workers =
        policy.judgesSubmissions() && properties.judge().local()
            ? properties.judge().workerThreads()
            : 0;
    this.grace = properties.judge().shutdownGrace();
    this.pollInterval = properties.judge().pollInterval();
    this.lease = properties.judge().lease();
    Gauge.builder("onsite.queue.waiting", this, JudgingQueue::waitingForGauge)
        .description("Submissions stored and waiting for a worker")
        .register(meters);
    Gauge.builder("onsite.queue.running", inFlight, Map::size)
        .description("Submissions being judged now")
        .register(meters);
    Gauge.builder("onsite.queue.workers", () -> workers)
        .description("Worker threads that judge submissions")
        .register(meters);
  }

  @Override
  public synchronized void start() {
    if (running) {
      return;
    }
    sweep();
    running = true;
    // A queue stopped and started again (a paused context) follows judgements live again.
    stream.open();
    renewer =
        Executors.newSingleThreadScheduledExecutor(
            r -> Thread.ofPlatform().name("onsite-lease-renewer").daemon(true).unstarted(r));
    long every = Math.max(1, lease.toMillis() / 3);
    renewer.scheduleWithFixedDelay(this::renewLeases, every, every, TimeUnit.MILLISECONDS);
    threads.clear();
    for (int i = 1; i <= workers; i++) {
      threads.add(Thread.ofPlatform().name("onsite-judge-" + i).daemon(true).start(this::work));
    }
    log.atInfo().addKeyValue("workers", workers).log("judging queue started");
  }

  /** Tell idle workers that a submission was queued. */
  void wake() {
    synchronized (signal) {
      pending = true;
      signal.notifyAll();
    }
  }

  /** Submissions being judged now. */
  int runningCount() {
    return inFlight.size();
  }

  int workers() {
    return workers;
  }

  @Override
  public void stop() {
    List<Thread> stopping;
    synchronized (this) {
      if (!running) {
        return;
      }
      running = false;
      stopping = List.copyOf(threads);
    }
    // Leases go on being renewed while running judgements get their grace period.
    wake();
    long deadline = System.nanoTime() + grace.toNanos();
    if (!inFlight.isEmpty()) {
      log.info(
          "waiting up to {} s for {} running judgements to finish",
          grace.toSeconds(),
          inFlight.size());
    }
    for (Thread thread : stopping) {
      long left = deadline - System.nanoTime();
      if (left > 0) {
        try {
          thread.join(Duration.ofNanos(left));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
    }
    for (Map.Entry<Long, InFlight> entry : Map.copyOf(inFlight).entrySet()) {
      long id = entry.getKey();
      // Re-queue first: once the claim is gone, the interrupted worker cannot store a result.
      boolean requeued = repository.requeue(id, entry.getValue().claim());
      entry.getValue().thread().interrupt();
      if (requeued) {
        log.atInfo().addKeyValue("submission", id).log("re-queued for the next start");
        stream.publish(id, "status", new QueueEvents.Status("queued", repository.position(id)));
      }
    }
    renewer.shutdownNow();
    stream.closeAll();
    log.info("judging queue stopped");
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  private void work() {
    String worker = Thread.currentThread().getName();
    while (running) {
      String claim = worker + "-" + UUID.randomUUID();
      Optional<Long> next;
      try {
        if (System.nanoTime() - nextSweep > 0) {
          sweep();
        }
        Instant now = clock.instant();
        next = repository.claimNext(claim, now, now.plus(lease));
      } catch (RuntimeException e) {
        log.warn("cannot read the queue: {}", e.getMessage());
        pause();
        continue;
      }
      if (next.isEmpty()) {
        pause();
      } else {
        judge(next.get(), claim);
      }
    }
  }

  /** Put back in the queue what dead workers held, and plan the next look in half a lease. */
  private void sweep() {
    nextSweep = System.nanoTime() + lease.toNanos() / 2;
    int requeued = repository.requeueExpired(clock.instant());
    if (requeued > 0) {
      log.atInfo()
          .addKeyValue("requeued", requeued)
          .log("{} submissions whose worker stopped renewing them are back in the queue", requeued);
    }
  }

  private void renewLeases() {
    Instant until = clock.instant().plus(lease);
    for (Map.Entry<Long, InFlight> entry : Map.copyOf(inFlight).entrySet()) {
      try {
        repository.renewLease(entry.getKey(), entry.getValue().claim(), until);
      } catch (RuntimeException e) {
        log.warn("cannot renew the lease of submission {}: {}", entry.getKey(), e.getMessage());
      }
    }
  }

  private void pause() {
    synchronized (signal) {
      try {
        if (!pending && running) {
          signal.wait(pollInterval.toMillis());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      pending = false;
    }
  }

  private void judge(long id, String claim) {
    Optional<Submission> found = repository.byId(id);
    if (found.isEmpty()) {
      return;
    }
    Submission submission = found.get();
    inFlight.put(id, new InFlight(claim, Thread.currentThread()));
    try {
      stream.publish(id, "status", new QueueEvents.Status("running", 0));
      broadcastPositions();
      Timer.Sample sample = Timer.start(meters);
      Graded graded;
      try {
        graded =
            grader.grade(
                submission,
                new Grader.Listener() {
                  @Override
                  public void compiled(boolean ok, String message) {
                    stream.publish(id, "compiled", new QueueEvents.Compiled(ok, message));
                  }

                  @Override
                  public void test(TestRow row) {
                    if (repository.saveTest(id, claim, row)) {
                      stream.publish(id, "test", row);
                    }
                  }
                });
      } catch (RuntimeException e) {
        log.atError()
            .addKeyValue("submission", id)
            .setCause(e)
            .log("judging failed inside the server");
        graded =
            Graded.judgeError("judge error: the server failed (the server log has the details)");
      }
      sample.stop(
          Timer.builder("onsite.judge.duration")
              .description("Time to judge one submission, compile included")
              .tag("language", submission.language())
              .tag("mode", submission.mode().id())
              .register(meters));
      if (repository.finish(id, claim, graded, clock.instant())) {
        Counter.builder("onsite.submissions.judged")
            .description("Submissions judged, by verdict")
            .tag("verdict", graded.verdict())
            .tag("mode", submission.mode().id())
            .register(meters)
            .increment();
        log.atInfo()
            .addKeyValue("submission", id)
            .addKeyValue("problem", submission.problemId())
            .addKeyValue("language", submission.language())
            .addKeyValue("mode", submission.mode().id())
            .addKeyValue("verdict", graded.verdict())
            .addKeyValue("score", graded.score())
            .log("judged");
        repository
            .byId(id)
            .ifPresent(
                done ->
                    stream.publish(
                        id,
                        "done",
                        SubmissionView.of(
                            done, repository.tests(id), repository.levels(id), 0, false)));
        stream.complete(id);
      }
    } finally {
      inFlight.remove(id);
    }
    broadcastPositions();
  }

  /** Tell every page watching a queued submission its new place in the queue. */
  private void broadcastPositions() {
    for (long watched : stream.watched()) {
      try {
        int position = repository.position(watched);
        if (position > 0) {
          stream.publish(watched, "status", new QueueEvents.Status("queued", position));
        }
      } catch (RuntimeException e) {
        log.debug("cannot tell queue positions: {}", e.getMessage());
      }
    }
  }

  private double waitingForGauge() {
    try {
      return repository.countByStatus().getOrDefault(SubmissionStatus.QUEUED, 0);
    } catch (RuntimeException e) {
      return Double.NaN;
    }
  }
}
