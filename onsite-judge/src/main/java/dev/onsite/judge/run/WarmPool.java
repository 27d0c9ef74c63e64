package dev.onsite.judge.run;

import dev.onsite.judge.sandbox.Sandbox;
import dev.onsite.judge.sandbox.SandboxCommand;
import dev.onsite.judge.sandbox.SandboxProcess;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Keep sandboxed harness processes started ahead of demand, so a submission does not wait for a
 * runtime to boot.
 *
 * <p>A process here has started its runtime and loaded the harness, and waits for its job on
 * standard input; it has seen no submission. Each one is handed out once and never comes back: the
 * submission that used it kills it, with its sandbox and working directory. So a pre-started
 * process can carry nothing from one submission to the next. A process whose judge dies reads the
 * end of its input and exits.
 *
 * <p>A runtime that can fork (the Python harness in a hardened box) is kept as a zygote instead
 * ({@link Zygotes}): one box serves many submissions one after the other, each in a fresh child
 * forked from a runtime that has never run one, and is returned to how it was before the next.
 */
public final class WarmPool implements HarnessRunner.ProcessSource, AutoCloseable {

  private static final long READY_LIMIT_SECONDS = 30;

  private final Sandbox sandbox;
  private final int perCommand;
  private final Map<SandboxCommand, BlockingDeque<SandboxProcess>> idle = new ConcurrentHashMap<>();
  private final Map<SandboxCommand, AtomicBoolean> refilling = new ConcurrentHashMap<>();
  private final Function<SandboxCommand, Optional<SandboxCommand>> zygoteOf;
  private final Zygotes zygotes;
  private final ExecutorService starter =
      Executors.newSingleThreadExecutor(
          Thread.ofPlatform().name("onsite-warm-pool").daemon(true).factory());
  private volatile boolean closed;

  /**
   * @param perCommand how many idle processes to keep for each harness command seen so far
   */
  public WarmPool(Sandbox sandbox, int perCommand) {
    this(sandbox, perCommand, command -> Optional.empty());
  }

  /**
   * @param perCommand how many idle processes to keep for each harness command seen so far
   * @param zygoteOf for a harness command, the command of a zygote that forks its runtime per
   *     submission, when there is one
   */
  public WarmPool(
      Sandbox sandbox,
      int perCommand,
      Function<SandboxCommand, Optional<SandboxCommand>> zygoteOf) {
    // As many zygotes as submissions can run at once: an idle one costs memory, not CPU.
    this(sandbox, perCommand, zygoteOf, Runtime.getRuntime().availableProcessors());
  }

  WarmPool(
      Sandbox sandbox,
      int perCommand,
      Function<SandboxCommand, Optional<SandboxCommand>> zygoteOf,
      int zygotesPerCommand) {
    if (perCommand < 1) {
      throw new IllegalArgumentException("perCommand must be at least 1, was " + perCommand);
    }
    this.sandbox = sandbox;
    this.perCommand = perCommand;
    this.zygoteOf = zygoteOf;
    this.zygotes = new Zygotes(sandbox, perCommand, zygotesPerCommand);
    Runtime.getRuntime().addShutdownHook(new Thread(this::close, "onsite-warm-pool-shutdown"));
  }

  @Override
  public SandboxProcess start(SandboxCommand command) throws IOException {
    Optional<SandboxCommand> zygote = zygoteOf.apply(command);
    if (zygote.isPresent()) {
      return zygotes.start(zygote.get(), command.limits().addressSpaceBytes());
    }
    BlockingDeque<SandboxProcess> queue =
        idle.computeIfAbsent(command, c -> new LinkedBlockingDeque<>());
    SandboxProcess process;
    while ((process = queue.poll()) != null) {
      if (process.isAlive()) {
        return process;
      }
      process.close();
    }
    return sandbox.start(command);
  }

  /**
   * Start the replacements once a submission is done with its process: starting a runtime while one
   * is being judged would take CPU from it on a small machine.
   */
  @Override
  public void finished(SandboxCommand command) {
    if (zygoteOf.apply(command).isEmpty()) {
      prepare(command);
    }
  }

  /** Start idle processes for {@code command} now, before the first submission needs one. */
  public void prepare(SandboxCommand command) {
    Optional<SandboxCommand> zygote = zygoteOf.apply(command);
    if (zygote.isPresent()) {
      zygotes.prepare(zygote.get());
      return;
    }
    refill(command, idle.computeIfAbsent(command, c -> new LinkedBlockingDeque<>()));
  }

  /** The zygotes behind the pool (for tests of their trimming). */
  Zygotes zygotes() {
    return zygotes;
  }

  /** Wait until the runtimes being started now are ready, or {@code timeout} passes. */
  public void awaitReady(java.time.Duration timeout) throws InterruptedException {
    zygotes.awaitReady(timeout);
    try {
      starter.submit(() -> {}).get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.ExecutionException
        | java.util.concurrent.TimeoutException
        | java.util.concurrent.RejectedExecutionException e) {
      // Not ready in time: the caller goes on without waiting.
    }
  }

  /** How many processes wait for {@code command} right now. */
  public int idle(SandboxCommand command) {
    Optional<SandboxCommand> zygote = zygoteOf.apply(command);
    if (zygote.isPresent()) {
      return zygotes.idle(zygote.get());
    }
    BlockingDeque<SandboxProcess> queue = idle.get(command);
    return queue == null ? 0 : queue.size();
  }

  private void refill(SandboxCommand command, BlockingDeque<SandboxProcess> queue) {
    AtomicBoolean busy = refilling.computeIfAbsent(command, c -> new AtomicBoolean());
    if (closed || !busy.compareAndSet(false, true)) {
      return;
    }
    try {
      starter.execute(
          () -> {
            try {
              while (!closed && queue.size() < perCommand) {
                SandboxProcess process = sandbox.start(command);
                // A runtime that is not ready within the limit is broken: kill it rather than wait
                // forever.
                var deadline =
                    java.util.concurrent.CompletableFuture.delayedExecutor(
                        READY_LIMIT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
                var guard =
                    java.util.concurrent.CompletableFuture.runAsync(process::kill, deadline);
                boolean ready = awaitReadyLine(process);
                guard.cancel(false);
                if (ready) {
                  queue.add(process);
                } else {
                  process.close();
                  return;
                }
              }
            } catch (IOException | RuntimeException e) {
              // The next submission starts its own process and reports what fails.
            } finally {
              busy.set(false);
            }
          });
    } catch (java.util.concurrent.RejectedExecutionException e) {
      busy.set(false);
    }
  }

  /**
   * Read the harness's {@code ready} line byte by byte, so that nothing after it is consumed: the
   * judge reads the rest of the output when the process is handed out.
   */
  private static boolean awaitReadyLine(SandboxProcess process) throws IOException {
    java.io.InputStream out = process.stdout();
    StringBuilder line = new StringBuilder();
    int c;
    while ((c = out.read()) != -1) {
      if (c != '\n') {
        line.append((char) c);
        if (line.length() > 256) {
          return false;
        }
        continue;
      }
      if (line.indexOf("\"ready\"") >= 0) {
        return true;
      }
      line.setLength(0);
    }
    return false;
  }

  @Override
  public void close() {
    closed = true;
    zygotes.close();
    starter.shutdownNow();
    idle.values()
        .forEach(
            queue -> {
              SandboxProcess process;
              while ((process = queue.poll()) != null) {
                process.close();
              }
            });
  }
}
