package dev.onsite.judge.run;

import dev.onsite.judge.sandbox.ProcTree;
import dev.onsite.judge.sandbox.Sandbox;
import dev.onsite.judge.sandbox.SandboxCommand;
import dev.onsite.judge.sandbox.SandboxProcess;
import dev.onsite.judge.sandbox.StreamTail;
import dev.onsite.judge.sandbox.TreeMeter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;

/**
 * Runtimes that fork a fresh process for each submission: the Python harness started as a zygote
 * ({@code harness.py --zygote}), one per box, with NumPy imported once.
 *
 * <p>A zygote is the init of its own hardened box. It forks each submission's child ahead of the
 * submission; the child warms up on a stand-in job and waits. For a submission the judge writes a
 * fork request carrying a fresh random nonce and the memory cap, then the job; the child
 * acknowledges the nonce, reads the job and runs it like a harness of its own, on the box's
 * standard output. When the child has ended, the zygote reports its exit status, kills every other
 * process in the box, wipes the box's writable directory and System V IPC objects, checks that its
 * own limits and scheduling are as it left them, and only then forks the next child (or ends itself
 * when it cannot). Every child starts as a copy of a runtime that has never run a submission nor
 * read anything from the judge, so nothing of one submission reaches the next. Output a child
 * leaves behind is discarded: a submission's output starts after the acknowledgement of its own
 * nonce, which no earlier submission could know.
 *
 * <p>Each zygote serves one submission at a time. A pool keeps up to {@code capacity} of them per
 * command; a zygote that dies, or whose child would not end, is replaced.
 *
 * <p>Idle zygotes cost memory (one that imported torch holds about 250 MB), so the pool gives back
 * what a burst left: once a command has gone unused for {@code surgeIdle}, its idle zygotes beyond
 * the number kept ahead of demand end; once it has gone unused for {@code rareIdle}, every idle
 * zygote of a command that was never prepared (the preloaded ones: torch, scikit-learn, pandas)
 * ends too, and the next submission that needs one starts it again.
 */
final class Zygotes implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(Zygotes.class.getName());
  private static final long READY_LIMIT_SECONDS = 30;
  private static final long EXIT_GRACE_MILLIS = 100;
  private static final long EXIT_LIMIT_MILLIS = 3000;
  private static final int MAX_LINE = 64 << 20;
  private static final SecureRandom NONCES = new SecureRandom();

  private final Sandbox sandbox;
  private final int perCommand;
  private final int capacity;
  private final Map<SandboxCommand, BlockingDeque<Zygote>> idle = new ConcurrentHashMap<>();
  private final Map<SandboxCommand, AtomicInteger> live = new ConcurrentHashMap<>();
  private final ExecutorService starter =
      Executors.newSingleThreadExecutor(
          Thread.ofPlatform().name("onsite-zygote-starter").daemon(true).factory());
  private volatile boolean closed;

  /** When each command last served a submission (System.nanoTime()). */
  private final Map<SandboxCommand, Long> lastUsed = new ConcurrentHashMap<>();

  /** Commands kept warm ahead of demand, by {@link #prepare}: never trimmed below perCommand. */
  private final Set<SandboxCommand> prepared = ConcurrentHashMap.newKeySet();

  private final long surgeIdleNanos;
  private final long rareIdleNanos;
  private final java.util.concurrent.ScheduledExecutorService trimmer =
      java.util.concurrent.Executors.newSingleThreadScheduledExecutor(
          Thread.ofPlatform().name("onsite-zygote-trim").daemon(true).factory());

  /** How long a burst's extra zygotes stay idle before they end. */
  static final java.time.Duration SURGE_IDLE = java.time.Duration.ofSeconds(30);

  /** How long a preloading zygote nobody asked for stays. */
  static final java.time.Duration RARE_IDLE = java.time.Duration.ofMinutes(5);

  /** Why the last zygote could not start (null after one did): reported to waiting submissions. */
  private volatile String lastFailure;

  /**
   * @param perCommand how many zygotes to start ahead of demand for each command
   * @param capacity how many to keep at most for each command, idle or busy
   */
  Zygotes(Sandbox sandbox, int perCommand, int capacity) {
    this(sandbox, perCommand, capacity, SURGE_IDLE, RARE_IDLE);
  }

  /**
   * @param surgeIdle unused this long, a command keeps only {@code perCommand} idle zygotes
   * @param rareIdle unused this long, a command that was never prepared keeps none
   */
  Zygotes(
      Sandbox sandbox,
      int perCommand,
      int capacity,
      java.time.Duration surgeIdle,
      java.time.Duration rareIdle) {
    this.sandbox = sandbox;
    this.perCommand = perCommand;
    this.capacity = Math.max(perCommand, capacity);
    this.surgeIdleNanos = surgeIdle.toNanos();
    this.rareIdleNanos = rareIdle.toNanos();
    long every = Math.max(50, Math.min(10_000, surgeIdle.toMillis() / 3));
    trimmer.scheduleWithFixedDelay(
        () -> trim(System.nanoTime()), every, every, TimeUnit.MILLISECONDS);
  }

  /** End the idle zygotes that commands unused for a while no longer need (see the class doc). */
  void trim(long now) {
    for (SandboxCommand command : idle.keySet()) {
      long unused = now - lastUsed.getOrDefault(command, now);
      int keep;
      if (unused >= rareIdleNanos && !prepared.contains(command)) {
        keep = 0;
      } else if (unused >= surgeIdleNanos) {
        keep = perCommand;
      } else {
        continue;
      }
      BlockingDeque<Zygote> queue = queue(command);
      while (live(command).get() > keep) {
        Zygote zygote = queue.poll();
        if (zygote == null) {
          break; // the rest are busy: trimmed once they are idle and still unused
        }
        zygote.retire();
      }
    }
  }

  /** How many zygotes for {@code command} exist, idle or busy. */
  int count(SandboxCommand command) {
    return live(command).get();
  }

  /**
   * A fresh child of an idle zygote for {@code command}. When none is idle, one is started, and the
   * submission takes whichever is first ready: the new one, or one whose submission ended.
   */
  SandboxProcess start(SandboxCommand command, long addressSpaceBytes) throws IOException {
    lastUsed.put(command, System.nanoTime());
    BlockingDeque<Zygote> queue = queue(command);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(READY_LIMIT_SECONDS);
    while (true) {
      Zygote zygote = queue.poll();
      if (zygote == null) {
        // None idle: start another and take whichever is ready first. But a preloading command
        // nobody prepared has its zygote most likely busy cleaning up after the last submission,
        // back in a fraction of a second, and a second one would cost seconds of CPU and hundreds
        // of megabytes (torch): give that one a moment before starting another.
        boolean patient = !prepared.contains(command) && live(command).get() > 0;
        long startAnother =
            System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(patient ? RARE_PATIENCE_MILLIS : 0);
        boolean started = false;
        try {
          while (zygote == null && System.nanoTime() < deadline) {
            if (!started && System.nanoTime() >= startAnother) {
              started = true;
              if (live(command).get() < capacity) {
                refill(command, 1);
              }
            }
            zygote = queue.poll(100, TimeUnit.MILLISECONDS);
            String failure = lastFailure;
            if (zygote == null && started && failure != null && live(command).get() == 0) {
              // None is starting and the last start failed: say why now, not at the deadline.
              throw new IOException(failure);
            }
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted while waiting for a zygote", e);
        }
        if (zygote == null) {
          throw new IOException(
              "no zygote for "
                  + String.join(" ", command.argv())
                  + " became ready within "
                  + READY_LIMIT_SECONDS
                  + " s");
        }
      }
      if (!zygote.usable()) {
        zygote.destroy();
        continue;
      }
      Child child;
      try {
        child = zygote.fork(addressSpaceBytes);
      } catch (IOException e) {
        // Its box ended while it waited (fork has destroyed it): take another.
        if (System.nanoTime() > deadline) {
          throw e;
        }
        continue;
      }
      if (queue.isEmpty() && live(command).get() < capacity && prepared.contains(command)) {
        // Another submission for this command would have to wait: prepare a zygote for it. A
        // preloading command nobody prepared (torch: some 180 MB a zygote) gets a second one only
        // when two submissions want it at once.
        refill(command, 1);
      }
      return child;
    }
  }

  /**
   * How long a submission waits for the busy zygote of an unprepared command before another starts.
   */
  static final long RARE_PATIENCE_MILLIS = 1000;

  /** Start zygotes for {@code command} now, up to the number kept ahead of demand. */
  void prepare(SandboxCommand command) {
    prepared.add(command);
    lastUsed.putIfAbsent(command, System.nanoTime());
    replenish(command);
  }

  private void replenish(SandboxCommand command) {
    refill(command, Math.max(0, perCommand - live(command).get()));
  }

  /**
   * Wait until every zygote is idle with its next child forked and warmed up, or {@code timeout}
   * passes.
   */
  void awaitReady(java.time.Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      starter.submit(() -> {}).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      while (System.nanoTime() < deadline && !allWaiting()) {
        Thread.sleep(1);
      }
    } catch (java.util.concurrent.ExecutionException
        | java.util.concurrent.TimeoutException
        | RejectedExecutionException e) {
      // not ready in time
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private boolean allWaiting() {
    for (var entry : idle.entrySet()) {
      if (entry.getValue().size() < live(entry.getKey()).get()
          || !entry.getValue().stream().allMatch(zygote -> zygote.waiting)) {
        return false;
      }
    }
    return true;
  }

  /** How many zygotes for {@code command} wait for a submission right now. */
  int idle(SandboxCommand command) {
    BlockingDeque<Zygote> queue = idle.get(command);
    return queue == null ? 0 : queue.size();
  }

  private BlockingDeque<Zygote> queue(SandboxCommand command) {
    return idle.computeIfAbsent(command, c -> new LinkedBlockingDeque<>());
  }

  private AtomicInteger live(SandboxCommand command) {
    return live.computeIfAbsent(command, c -> new AtomicInteger());
  }

  private void refill(SandboxCommand command, int count) {
    for (int i = 0; i < count && !closed; i++) {
      try {
        starter.execute(
            () -> {
              if (!closed && live(command).get() < capacity) {
                Zygote zygote = startZygote(command);
                if (zygote != null) {
                  queue(command).add(zygote);
                }
              }
            });
      } catch (RejectedExecutionException e) {
        return;
      }
    }
  }

  /** Start a zygote and wait for its {@code ready}; null when it fails. */
  private Zygote startZygote(SandboxCommand command) {
    live(command).incrementAndGet();
    Zygote zygote = null;
    try {
      SandboxProcess box = sandbox.start(command);
      zygote = new Zygote(command, box);
      if (zygote.awaitReady()) {
        lastFailure = null;
        return zygote;
      }
      String tail = zygote.stderrTail().strip();
      lastFailure =
          "the Python zygote did not start"
              + (tail.isEmpty() ? "" : ": " + StreamTail.lastLine(tail));
      LOG.log(System.Logger.Level.WARNING, "a zygote did not report ready: {0}", tail);
    } catch (IOException | RuntimeException e) {
      lastFailure = "cannot start the Python zygote: " + e.getMessage();
      LOG.log(System.Logger.Level.WARNING, "cannot start a zygote: {0}", e.getMessage());
    }
    if (zygote != null) {
      zygote.destroy();
    } else {
      live(command).decrementAndGet();
    }
    return null;
  }

  @Override
  public void close() {
    closed = true;
    starter.shutdownNow();
    trimmer.shutdownNow();
    idle.values()
        .forEach(
            queue -> {
              Zygote zygote;
              while ((zygote = queue.poll()) != null) {
                zygote.destroy();
              }
            });
  }

  /** One zygote in its box, and the pump that routes its output to the current child. */
  private final class Zygote {
    private final SandboxCommand command;
    private final SandboxProcess box;
    private final OutputStream requests;
    private final CountDownLatch ready = new CountDownLatch(1);
    private final StreamTail stderr;
    private volatile Child current;
    private volatile boolean dead;

    /** Whether it reported ready once. */
    private volatile boolean started;

    /** Whether its next child has been forked and warmed up (and, when idle, waits). */
    private volatile boolean waiting;

    private boolean destroyed;

    Zygote(SandboxCommand command, SandboxProcess box) {
      this.command = command;
      this.box = box;
      this.requests = box.stdin();
      Thread.ofPlatform().name("onsite-zygote-out").daemon(true).start(this::pump);
      this.stderr = StreamTail.of(box.stderr(), 8192, "onsite-zygote-err");
    }

    boolean awaitReady() {
      try {
        started = ready.await(READY_LIMIT_SECONDS, TimeUnit.SECONDS) && !dead;
        return started;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }

    boolean usable() {
      return !dead && box.isAlive();
    }

    /** Fork a child whose address space is capped at {@code addressSpaceBytes} (0: no cap). */
    Child fork(long addressSpaceBytes) throws IOException {
      byte[] nonce = new byte[16];
      NONCES.nextBytes(nonce);
      Child child = new Child(this, HexFormat.of().formatHex(nonce));
      current = child;
      try {
        synchronized (requests) {
          requests.write(
              ("{\"fork\":\"" + child.nonce + "\",\"address_space\":" + addressSpaceBytes + "}\n")
                  .getBytes(StandardCharsets.US_ASCII));
          requests.flush();
        }
      } catch (IOException e) {
        destroy();
        throw new IOException("the zygote's box has ended: " + e.getMessage(), e);
      }
      return child;
    }

    /** The child is done with and its exit reported: serve the next submission, or go. */
    void release(Child child) {
      if (current != child) {
        return;
      }
      current = null;
      if (usable() && !closed && live(command).get() <= capacity) {
        queue(command).add(this);
      } else {
        destroy();
      }
    }

    synchronized void destroy() {
      end(true);
    }

    /** End it without a replacement: the pool has more than it needs. */
    synchronized void retire() {
      end(false);
    }

    private void end(boolean replace) {
      if (destroyed) {
        return;
      }
      destroyed = true;
      dead = true;
      live(command).decrementAndGet();
      queue(command).remove(this);
      box.close();
      Child child = current;
      if (child != null) {
        child.ended(-1);
      }
      if (replace && !closed && started) {
        // Replaced in the background; one that never started is not retried in a loop: the next
        // submission tries again, and is told why when it fails.
        replenish(command);
      }
    }

    /** What the zygote wrote on its standard error, once it has ended (or within a second). */
    String stderrTail() {
      try {
        stderr.await(1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return stderr.text();
    }

    /** Route the box's output: control lines to the pool, the rest to the current child. */
    private void pump() {
      byte[] buffer = new byte[1 << 16];
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      boolean forwarding = false; // the current line is long: passed on as it comes
      try (InputStream in = box.stdout()) {
        int n;
        while ((n = in.read(buffer)) > 0) {
          int from = 0;
          for (int i = 0; i < n; i++) {
            if (buffer[i] != '\n') {
              continue;
            }
            if (forwarding) {
              pass(buffer, from, i + 1 - from);
              forwarding = false;
            } else {
              line.write(buffer, from, i + 1 - from);
              handleLine(line.toByteArray());
              line.reset();
            }
            from = i + 1;
          }
          if (from < n) {
            if (forwarding) {
              pass(buffer, from, n - from);
            } else {
              line.write(buffer, from, n - from);
              if (line.size() > 4096) {
                // No control line is this long: hand it on without keeping it.
                byte[] head = line.toByteArray();
                pass(head, 0, head.length);
                line.reset();
                forwarding = true;
              }
            }
          }
        }
      } catch (IOException e) {
        // the box is gone
      } finally {
        dead = true;
        ready.countDown();
        Child child = current;
        if (child != null) {
          int status;
          try {
            box.kill();
            status = box.waitFor();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status = -1;
          }
          child.ended(status);
        }
        destroy();
      }
    }

    private void pass(byte[] bytes, int offset, int length) {
      Child child = current;
      if (child != null && child.acknowledged) {
        child.output.offer(bytes, offset, length);
      }
    }

    private void handleLine(byte[] bytes) {
      Child child = current;
      JsonNode control = control(bytes);
      if (control == null) {
        pass(bytes, 0, bytes.length);
        return;
      }
      if (control.has("forked")) {
        if (child != null && control.path("forked").asString("").equals(child.nonce)) {
          child.acknowledged = true;
        }
      } else if (control.has("exit")) {
        // The next child is forked after this line, and says when it waits.
        waiting = false;
        if (child != null && child.acknowledged) {
          child.ended(control.path("exit").asInt(-1));
        }
      } else if (control.has("waiting")) {
        waiting = true;
      } else if (ready.getCount() > 0) {
        ready.countDown();
      }
    }

    /** The line as a control event of the zygote ({@code ready} or {@code zygote}), or null. */
    private JsonNode control(byte[] bytes) {
      int start = 0;
      while (start < bytes.length && (bytes[start] == '\n' || bytes[start] == ' ')) {
        start++;
      }
      if (bytes.length - start < 8 || bytes.length > 4096 || bytes[start] != '{') {
        return null;
      }
      String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8).strip();
      if (!text.startsWith("{\"e\": \"zygote\"") && !text.startsWith("{\"e\": \"ready\"")) {
        return null;
      }
      try {
        return HarnessRunner.JSON.readTree(text);
      } catch (RuntimeException e) {
        return null;
      }
    }
  }

  /** One submission's process: a child of a zygote, seen as a process of its own. */
  private final class Child implements SandboxProcess {
    private final Zygote zygote;
    private final String nonce;
    private final ChildOutput output = new ChildOutput();
    private final CountDownLatch exited = new CountDownLatch(1);
    private volatile boolean acknowledged;
    private volatile int status = -1;
    private volatile TreeMeter meter;
    private boolean released;

    Child(Zygote zygote, String nonce) {
      this.zygote = zygote;
      this.nonce = nonce;
    }

    void ended(int exitStatus) {
      if (exited.getCount() > 0) {
        status = exitStatus;
        exited.countDown();
        output.end();
      }
    }

    @Override
    public OutputStream stdin() {
      return new OutputStream() {
        @Override
        public void write(int b) throws IOException {
          write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
          zygote.requests.write(bytes, offset, length);
        }

        /** The job is one line: ending it hands it over; the zygote's input stays open. */
        @Override
        public void close() throws IOException {
          zygote.requests.write('\n');
          zygote.requests.flush();
        }
      };
    }

    @Override
    public InputStream stdout() {
      return output;
    }

    @Override
    public InputStream stderr() {
      // The box's standard error belongs to the zygote: kept for its own diagnosis.
      return InputStream.nullInputStream();
    }

    /** The tree of the forked process, found once it exists. */
    private Optional<TreeMeter> meter() {
      TreeMeter found = meter;
      if (found == null && acknowledged) {
        found =
            zygote
                .box
                .init()
                .flatMap(init -> ProcTree.firstChild(init.pid()))
                .map(TreeMeter::new)
                .orElse(null);
        meter = found;
      }
      return Optional.ofNullable(found);
    }

    @Override
    public long cpuNanos() {
      return meter().map(TreeMeter::cpuNanos).orElse(0L);
    }

    @Override
    public long rssKb() {
      return meter().map(TreeMeter::rssKb).orElse(0L);
    }

    @Override
    public TreeMeter.Usage usage() {
      return meter().map(TreeMeter::usage).orElse(new TreeMeter.Usage(0, 0));
    }

    @Override
    public boolean isAlive() {
      return exited.getCount() > 0;
    }

    /** Kill the submission's processes: everything in the box below the zygote. */
    @Override
    public void kill() {
      if (!acknowledged) {
        // The zygote may be forking right now: take the whole box.
        zygote.destroy();
        return;
      }
      zygote
          .box
          .init()
          .ifPresent(
              // A walk of the box's tree, not a scan of every process on the machine (ProcTree).
              init ->
                  ProcTree.handles(ProcTree.descendants(init.pid()))
                      .forEach(ProcessHandle::destroyForcibly));
    }

    @Override
    public int waitFor() throws InterruptedException {
      if (!exited.await(EXIT_LIMIT_MILLIS, TimeUnit.MILLISECONDS)) {
        // The zygote reports a child's end as soon as it has reaped it: this one is stuck.
        zygote.destroy();
      }
      return status;
    }

    @Override
    public synchronized void close() {
      if (released) {
        return;
      }
      released = true;
      try {
        if (!exited.await(EXIT_GRACE_MILLIS, TimeUnit.MILLISECONDS)) {
          kill();
          if (!exited.await(EXIT_LIMIT_MILLIS, TimeUnit.MILLISECONDS)) {
            zygote.destroy();
            return;
          }
        }
        // Whatever the child left running, the zygote kills when it returns the box to how it was,
        // before it forks the next child (harness.py, zygote_reset). Killing from here as well
        // could only hit that next child, already forked and warming up.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        zygote.destroy();
        return;
      }
      zygote.release(this);
    }
  }

  /** The bytes a child wrote, as a stream that ends when the child does. */
  private static final class ChildOutput extends InputStream {
    private final ArrayDeque<byte[]> chunks = new ArrayDeque<>();
    private byte[] head;
    private int position;
    private long queued;
    private boolean ended;

    synchronized void offer(byte[] bytes, int offset, int length) {
      if (ended || queued > MAX_LINE) {
        return; // nobody reads this much: the judge has stopped the submission for its output
      }
      byte[] copy = java.util.Arrays.copyOfRange(bytes, offset, offset + length);
      chunks.add(copy);
      queued += length;
      notifyAll();
    }

    synchronized void end() {
      ended = true;
      notifyAll();
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public synchronized int read(byte[] into, int offset, int length) throws IOException {
      while (head == null || position == head.length) {
        head = chunks.poll();
        position = 0;
        if (head != null) {
          queued -= head.length;
          continue;
        }
        if (ended) {
          return -1;
        }
        try {
          wait();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new java.io.InterruptedIOException("interrupted while reading a child's output");
        }
      }
      int n = Math.min(length, head.length - position);
      System.arraycopy(head, position, into, offset, n);
      position += n;
      return n;
    }
  }
}
