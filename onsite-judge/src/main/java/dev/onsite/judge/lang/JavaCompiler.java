package dev.onsite.judge.lang;

import dev.onsite.judge.sandbox.Sandbox;
import dev.onsite.judge.sandbox.SandboxCommand;
import dev.onsite.judge.sandbox.SandboxProcess;
import dev.onsite.judge.sandbox.StreamTail;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Compile candidates' Java sources with {@code javax.tools}, in long-lived compile servers that run
 * in the sandbox ({@code dev.onsite.harness.CompileServer}).
 *
 * <p>javac is fast only when warm, and it checks no deadline inside a compiler phase: a hostile
 * source can keep it busy for minutes and fill gigabytes. So compilation runs in warm processes
 * that the sandbox contains, with a capped heap, at most {@code servers} at a time; a server that
 * passes the deadline is killed with its whole process tree, and one that fills its heap ends
 * itself ({@code -XX:+ExitOnOutOfMemoryError}); either way the next compilation gets a fresh one.
 * Annotation processing is off ({@code -proc:none}). Results are cached by source text, so a
 * resubmitted source compiles once.
 */
public final class JavaCompiler implements AutoCloseable {

  private static final int CACHE_SIZE = 256;
  private static final Duration START_LIMIT = Duration.ofSeconds(60);
  private static final int STDERR_TAIL = 2048;

  private final Sandbox sandbox;
  private final SandboxCommand command;
  private final int heapMb;
  private final Semaphore slots;

  /**
   * Idle servers, the most recently used first: compilations go to the warmest server, and a second
   * one takes only what overlaps (round robin would warm each server at half the pace).
   */
  private final BlockingDeque<Server> idle = new LinkedBlockingDeque<>();

  private final Map<String, Compiled> cache = new ConcurrentHashMap<>();
  private final ScheduledExecutorService timers =
      Executors.newSingleThreadScheduledExecutor(
          Thread.ofPlatform().name("onsite-compile-deadline").daemon(true).factory());
  private volatile boolean closed;

  /** Whether {@link #prepare()} is warming a server up, and how many compilations wait for it. */
  private volatile boolean warming;

  private final AtomicInteger waiting = new AtomicInteger();

  /** What the last {@link #prepare} started, done once its server is warm (or it gave up). */
  private volatile CompletableFuture<Void> preparing = CompletableFuture.completedFuture(null);

  /**
   * @param command the command that starts a compile server, from {@link
   *     Runtimes#compilerCommand(int)}
   * @param heapMb the heap of each server, which caps what one compilation may use
   * @param servers how many compilations may run at once, each in its own server
   */
  public JavaCompiler(Sandbox sandbox, SandboxCommand command, int heapMb, int servers) {
    if (servers < 1) {
      throw new IllegalArgumentException("servers must be at least 1, was " + servers);
    }
    this.sandbox = sandbox;
    this.command = command;
    this.heapMb = heapMb;
    this.slots = new Semaphore(servers, true);
  }

  /** The outcome of a compilation: the classes by binary name, or the compiler's messages. */
  public record Compiled(
      boolean ok, String mainClass, Map<String, byte[]> classes, String messages, long timeMs) {}

  /**
   * Compile {@code source}; the public top-level class (whatever the file was called) becomes the
   * main class. Never throws for a bad source: a failure is a {@code Compiled} that is not ok.
   *
   * @throws IllegalStateException when no compile server can be started at all
   */
  public Compiled compile(String source, Duration timeLimit) {
    Compiled cached = cache.get(source);
    if (cached != null) {
      return new Compiled(cached.ok, cached.mainClass, cached.classes, cached.messages, 0);
    }
    Compiled result;
    waiting.incrementAndGet();
    try {
      slots.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the Java compiler", e);
    } finally {
      waiting.decrementAndGet();
    }
    try {
      result = compileInServer(source, timeLimit);
    } finally {
      slots.release();
    }
    if (result.ok || !result.messages.startsWith(STOPPED)) {
      if (cache.size() >= CACHE_SIZE) {
        cache.clear();
      }
      cache.put(source, result);
    }
    return result;
  }

  /**
   * Start the compile servers ahead of the first submission, in the background, so that the first
   * compilation does not wait for a JVM and a cold javac.
   */
  public void prepare() {
    prepare(1);
  }

  /**
   * Like {@link #prepare()}, warming the server up on {@code compilations} sources: javac runs
   * interpreted at first, and a server's first few hundred compilations cost several times the CPU
   * and time of later ones. A compilation that comes meanwhile stops the warm-up and takes the
   * server as it is.
   */
  public void prepare(int compilations) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    preparing = done;
    Thread.ofVirtual()
        .name("onsite-compile-prepare")
        .start(
            () -> {
              try {
                prepareOne(compilations);
              } finally {
                done.complete(null);
              }
            });
  }

  /** Wait until what {@link #prepare()} started is done, or {@code timeout} passes. */
  public void awaitPrepared(Duration timeout) throws InterruptedException {
    try {
      preparing.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      // not done in time: the caller goes on
    }
  }

  private void prepareOne(int compilations) {
    if (idle.isEmpty() && slots.tryAcquire()) {
      warming = true;
      Server server = null;
      try {
        server = start();
        // Load and exercise javac, so that the first submissions are not the slow ones:
        // javac runs interpreted at first, and its first few dozen compilations cost
        // several times the CPU of a warm one. A submission that comes meanwhile waits
        // for this server (at most one warm-up compilation) rather than start a cold one.
        for (int i = 0; i < compilations && !closed && waiting.get() == 0; i++) {
          server.compile(WARM_UP + "// " + i + "\n", System.nanoTime());
        }
        idle.addFirst(server);
      } catch (IOException | RuntimeException e) {
        // The first compilation starts one itself and reports the failure.
        if (server != null) {
          server.close();
        }
      } finally {
        warming = false;
        slots.release();
      }
    }
  }

  private static final String STOPPED = "compilation stopped: ";

  private static final String WARM_UP =
      """
      import java.util.*;
      public class Warm {
        private final Map<String, List<Integer>> seen = new HashMap<>();
        record Pair(String key, int value) {}
        public int add(String key, int value) {
          seen.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
          return seen.get(key).stream().mapToInt(Integer::intValue).sum();
        }
        public List<Pair> pairs() {
          List<Pair> out = new ArrayList<>();
          for (var e : seen.entrySet()) {
            for (int v : e.getValue()) {
              out.add(new Pair(e.getKey(), v));
            }
          }
          return out;
        }
      }
      """;

  private Compiled compileInServer(String source, Duration timeLimit) {
    Server server = idle.pollFirst();
    if (server == null && warming) {
      waiting.incrementAndGet();
      try {
        while (server == null && warming) {
          server = idle.pollFirst(20, TimeUnit.MILLISECONDS);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        waiting.decrementAndGet();
      }
      if (server == null) {
        server = idle.pollFirst();
      }
    }
    while (server != null && !server.process.isAlive()) {
      server.close();
      server = idle.pollFirst();
    }
    if (server == null) {
      try {
        server = start();
      } catch (IOException e) {
        throw new IllegalStateException("cannot start the Java compiler: " + e.getMessage(), e);
      }
    }
    long start = System.nanoTime();
    Server used = server;
    AtomicBoolean timedOut = new AtomicBoolean();
    ScheduledFuture<?> deadline =
        timers.schedule(
            () -> {
              timedOut.set(true);
              used.process.kill();
            },
            timeLimit.toMillis(),
            TimeUnit.MILLISECONDS);
    try {
      Compiled compiled = server.compile(source, start);
      deadline.cancel(false);
      if (closed) {
        server.close();
      } else {
        idle.addFirst(server);
      }
      return compiled;
    } catch (IOException e) {
      deadline.cancel(false);
      String why = server.end();
      if (timedOut.get()) {
        return failed(
            start, STOPPED + "compiling took longer than " + timeLimit.toMillis() + " ms");
      }
      if (why.contains("OutOfMemoryError")) {
        return failed(
            start,
            STOPPED
                + "compiling this source needs more than "
                + heapMb
                + " MiB of memory; simplify it");
      }
      return failed(
          start,
          STOPPED
              + "the compiler ended unexpectedly"
              + (why.isBlank() ? "" : ": " + StreamTail.lastLine(why)));
    }
  }

  private Server start() throws IOException {
    if (closed) {
      throw new IOException("the judge is closed");
    }
    SandboxProcess process = sandbox.start(command);
    Server server = new Server(process);
    ScheduledFuture<?> limit =
        timers.schedule(process::kill, START_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
    try {
      int ready = server.in.read();
      if (ready != 'R') {
        String why = server.end().strip();
        throw new IOException(
            "the compile server did not start" + (why.isEmpty() ? "" : ": " + why));
      }
    } finally {
      limit.cancel(false);
    }
    return server;
  }

  private static Compiled failed(long start, String message) {
    return new Compiled(false, null, Map.of(), message, elapsedMs(start));
  }

  private static long elapsedMs(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  /** Stop every compile server. */
  @Override
  public void close() {
    closed = true;
    Server server;
    while ((server = idle.poll()) != null) {
      server.close();
    }
    timers.shutdownNow();
  }

  /** One compile server and its pipes. */
  private static final class Server implements AutoCloseable {
    final SandboxProcess process;
    final DataInputStream in;
    final DataOutputStream out;
    private final StreamTail stderr;

    Server(SandboxProcess process) {
      this.process = process;
      this.in = new DataInputStream(new BufferedInputStream(process.stdout(), 1 << 16));
      this.out = new DataOutputStream(new BufferedOutputStream(process.stdin(), 1 << 16));
      this.stderr = StreamTail.of(process.stderr(), STDERR_TAIL, "onsite-compile-stderr");
    }

    /**
     * The server has stopped answering: give it a moment to end by itself, kill what is left and
     * return the end of what it wrote on standard error.
     */
    String end() {
      try {
        for (int i = 0; i < 100 && process.isAlive(); i++) {
          Thread.sleep(10);
        }
        process.close();
        stderr.await(1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        process.close();
      }
      return stderr.text();
    }

    /** The reply to one source. */
    Compiled compile(String source, long start) throws IOException {
      byte[] bytes = source.getBytes(StandardCharsets.UTF_8);
      out.writeInt(bytes.length);
      out.write(bytes);
      out.flush();
      int status = in.readUnsignedByte();
      if (status > 1) {
        throw new IOException("the compile server sent a malformed reply");
      }
      String messages = readString();
      String mainClass = readString();
      int count = in.readInt();
      Map<String, byte[]> classes = new LinkedHashMap<>();
      for (int i = 0; i < count; i++) {
        String name = readString();
        classes.put(name, readBytes());
      }
      return status == 0
          ? new Compiled(true, mainClass, Map.copyOf(classes), messages, elapsedMs(start))
          : failed(start, messages);
    }

    private String readString() throws IOException {
      return new String(readBytes(), StandardCharsets.UTF_8);
    }

    private byte[] readBytes() throws IOException {
      int length = in.readInt();
      if (length < 0 || length > 64 << 20) {
        throw new IOException("the compile server sent a malformed reply");
      }
      byte[] bytes = new byte[length];
      in.readFully(bytes);
      return bytes;
    }

    @Override
    public void close() {
      process.close();
    }
  }
}
