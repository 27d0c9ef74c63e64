package dev.onsite.harness;

import java.io.ByteArrayInputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Run all tests of one submission inside the sandbox, one JVM for all of them.
 *
 * <p>The judge writes one JSON job on standard input: the candidate's compiled classes, the kind of
 * problem and the tests (inputs only: expected values never enter the sandbox). The harness answers
 * on standard output with one JSON line per event: {@code start} before a test, {@code end} after
 * it with what the program produced, how long it took and how much memory it used, and {@code done}
 * at the end. Each test gets a fresh class loader, so static state never leaks between tests
 * (classes that cannot hold any share one loader: {@link StaticState}). The candidate's {@code
 * System.out} is captured per test; a test that calls {@code System.exit} is reported by a shutdown
 * hook and the judge starts a new harness for the remaining tests.
 */
public final class Harness {

  private static final Object LOCK = new Object();
  private static final PrintStream PROTOCOL =
      new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
  private static final int STDERR_TAIL = 4096;

  private static volatile TestState current;

  /** Where events go: standard output, or nowhere while the harness warms up. */
  private static volatile PrintStream protocol = PROTOCOL;

  private Harness() {}

  public static void main(String[] args) throws IOException {
    if (args.length > 0 && args[0].equals("--train")) {
      // A training run for the JVM's ahead-of-time cache: warm up, then exit normally (the JVM
      // writes the cache at a normal exit, not at halt).
      WarmUp.run(true);
      emit(Map.of("e", "ready"));
      return;
    }
    // Tests replace System.in (warming up runs some): keep the real one, which brings the job.
    InputStream stdin = System.in;
    // Registered before the job comes: the first thread and hook of the JVM's life cost about a
    // millisecond, which would otherwise be the submission's. A harness that never gets a job
    // halts, which runs no hook.
    Runtime.getRuntime().addShutdownHook(new Thread(Harness::reportExit, "onsite-exit-reporter"));
    if (stdin.available() == 0) {
      // Started ahead of demand: get ready while waiting, then say so (the warm pool waits for it).
      WarmUp.run(false);
      emit(Map.of("e", "ready"));
    }
    byte[] bytes = stdin.readAllBytes();
    if (bytes.length == 0
        || (!BinaryJob.is(bytes) && new String(bytes, StandardCharsets.UTF_8).isBlank())) {
      // Pre-started and never used: the judge went away.
      Runtime.getRuntime().halt(0);
    }
    if (runJob(bytes)) {
      // An OutOfMemoryError leaves the JVM in an unknown state: the judge restarts us.
      PROTOCOL.flush();
      Runtime.getRuntime().halt(0);
    }
    emit(Map.of("e", "done"));
    PROTOCOL.flush();
    Runtime.getRuntime().halt(0);
  }

  /**
   * Run the tests of one job, in its compact form ({@link BinaryJob}) or as JSON text, from its
   * {@code first} test on, emitting their events.
   *
   * @return true when a test left the JVM unfit to go on (it ran out of memory)
   */
  static boolean runJob(byte[] bytes) {
    return runJob(
        asMap(
            BinaryJob.is(bytes)
                ? BinaryJob.decode(bytes)
                : Json.parse(new String(bytes, StandardCharsets.UTF_8))));
  }

  private static boolean runJob(Map<String, Object> job) {
    Map<String, byte[]> classes = new HashMap<>();
    Base64.Decoder base64 = Base64.getDecoder();
    for (Map.Entry<String, Object> entry : asMap(job.get("classes")).entrySet()) {
      classes.put(entry.getKey(), base64.decode((String) entry.getValue()));
    }
    String mainClass = (String) job.get("main");
    boolean api = "api".equals(job.get("kind"));
    long outputLimit = ((Number) job.get("output_limit")).longValue();
    List<Object> tests = asList(job.get("tests"));
    int first = ((Number) job.getOrDefault("first", 0L)).intValue();
    // Each test defines the classes afresh, so that static state dies with the test; classes that
    // cannot keep any are defined once and shared by all tests (StaticState).
    ClassLoader shared = StaticState.absent(classes.values()) ? new CandidateLoader(classes) : null;

    for (int i = first; i < tests.size(); i++) {
      Map<String, Object> test = asMap(tests.get(i));
      TestState state = new TestState(i, outputLimit);
      emit(Map.of("e", "start", "i", (long) i));
      resetPeakMemory();
      current = state;
      state.begin();
      boolean fatal;
      ClassLoader loader = shared != null ? shared : new CandidateLoader(classes);
      if (api) {
        fatal = runApi(state, loader, mainClass, test);
      } else {
        fatal = runStdio(state, loader, mainClass, test);
      }
      current = null;
      emit(state.end());
      if (fatal) {
        return true;
      }
    }
    return false;
  }

  private static boolean runStdio(
      TestState state, ClassLoader loader, String mainClass, Map<String, Object> test) {
    byte[] input = ((String) test.get("input")).getBytes(StandardCharsets.UTF_8);
    InputStream in = new ByteArrayInputStream(input);
    System.setIn(in);
    System.setOut(new PrintStream(state.stdout, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(state.stderr, true, StandardCharsets.UTF_8));
    try {
      Class<?> main = loader.loadClass(mainClass);
      java.lang.reflect.Method method = main.getMethod("main", String[].class);
      method.setAccessible(true);
      method.invoke(null, (Object) new String[0]);
      System.out.flush();
      state.status = "ok";
    } catch (java.lang.reflect.InvocationTargetException e) {
      return state.failed(e.getCause());
    } catch (NoSuchMethodException e) {
      state.harnessError(
          "class " + mainClass + " has no method public static void main(String[] args)");
    } catch (ReflectiveOperationException | LinkageError e) {
      return state.failed(e);
    } finally {
      System.setOut(protocol);
      System.setErr(protocol);
    }
    return false;
  }

  private static boolean runApi(
      TestState state, ClassLoader loader, String mainClass, Map<String, Object> test) {
    PrintStream sink = new PrintStream(state.stdout, true, StandardCharsets.UTF_8);
    System.setOut(sink);
    System.setErr(new PrintStream(state.stderr, true, StandardCharsets.UTF_8));
    System.setIn(new ByteArrayInputStream(new byte[0]));
    try {
      ApiCalls calls = new ApiCalls(loader, mainClass);
      for (Object raw : asList(test.get("calls"))) {
        Map<String, Object> call = asMap(raw);
        Map<String, Object> result = new LinkedHashMap<>();
        try {
          result.put("v", calls.perform(call));
        } catch (java.lang.reflect.InvocationTargetException e) {
          Throwable cause = e.getCause();
          if (cause instanceof OutOfMemoryError || cause instanceof OutputLimitError) {
            return state.failed(cause);
          }
          result.put("x", describe(cause));
          state.results.add(result);
          if (!Boolean.TRUE.equals(call.get("raises"))) {
            break;
          }
          continue;
        } catch (ApiCalls.ApiMismatch e) {
          result.put("h", e.getMessage());
          state.results.add(result);
          break;
        }
        state.results.add(result);
      }
      state.status = "ok";
    } catch (OutOfMemoryError | OutputLimitError e) {
      return state.failed(e);
    } catch (RuntimeException | LinkageError e) {
      return state.failed(e);
    } finally {
      System.setOut(protocol);
      System.setErr(protocol);
    }
    return false;
  }

  static Map<String, Object> describe(Throwable t) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("type", t.getClass().getSimpleName());
    error.put("message", String.valueOf(t.getMessage()));
    StringBuilder trace = new StringBuilder(t.toString());
    for (StackTraceElement frame : t.getStackTrace()) {
      if (frame.getClassName().startsWith("dev.onsite.harness.")
          || frame.getClassName().startsWith("java.lang.reflect.")
          || frame.getClassName().startsWith("jdk.internal.reflect.")) {
        continue;
      }
      trace.append("\n    at ").append(frame);
      if (trace.length() > 2000) {
        break;
      }
    }
    error.put("trace", trace.toString());
    return error;
  }

  private static void reportExit() {
    TestState state = current;
    if (state != null) {
      state.status = "exit";
      emit(state.end());
      PROTOCOL.flush();
    }
  }

  /** Send events to {@code sink} instead of standard output (warming up), or back (null). */
  static void redirectProtocol(PrintStream sink) {
    protocol = sink == null ? PROTOCOL : sink;
    System.setOut(protocol);
    System.setErr(protocol);
  }

  static void emit(Map<String, Object> event) {
    // The leading newline ends any partial line the candidate wrote to the real stdout. The event
    // goes out in one write: one system call, and one wake-up of the judge's reader.
    StringBuilder line = new StringBuilder(256).append('\n');
    Json.write(event, line);
    byte[] bytes = line.append('\n').toString().getBytes(StandardCharsets.UTF_8);
    synchronized (LOCK) {
      PrintStream out = protocol;
      out.write(bytes, 0, bytes.length);
      out.flush();
    }
  }

  private static java.io.RandomAccessFile clearRefs;
  private static java.io.RandomAccessFile status;
  private static final byte[] STATUS_BUFFER = new byte[8192];

  /** Reset the peak resident memory (VmHWM) so the next reading covers one test only. */
  private static void resetPeakMemory() {
    try {
      if (clearRefs == null) {
        clearRefs = new java.io.RandomAccessFile("/proc/self/clear_refs", "rw");
      }
      clearRefs.seek(0);
      clearRefs.write('5');
    } catch (IOException | SecurityException e) {
      // Not Linux, or not allowed: the peak then covers every test so far.
    }
  }

  /** The peak resident memory since the last reset, from /proc/self/status (an fd kept open). */
  static long peakMemoryKb() {
    try {
      if (status == null) {
        status = new java.io.RandomAccessFile("/proc/self/status", "r");
      }
      status.seek(0);
      int n = 0;
      int read;
      while (n < STATUS_BUFFER.length
          && (read = status.read(STATUS_BUFFER, n, STATUS_BUFFER.length - n)) > 0) {
        n += read;
      }
      String text = new String(STATUS_BUFFER, 0, n, StandardCharsets.US_ASCII);
      int at = text.indexOf("VmHWM:");
      if (at >= 0) {
        long kb = 0;
        for (int i = at + 6; i < text.length() && text.charAt(i) != '\n'; i++) {
          char c = text.charAt(i);
          if (c >= '0' && c <= '9') {
            kb = kb * 10 + (c - '0');
          }
        }
        return kb;
      }
    } catch (IOException | RuntimeException e) {
      // fall through
    }
    Runtime rt = Runtime.getRuntime();
    return (rt.totalMemory() - rt.freeMemory()) / 1024;
  }

  static long processCpuNanos() {
    java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
      return sun.getProcessCpuTime();
    }
    return System.nanoTime();
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> asMap(Object value) {
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  static List<Object> asList(Object value) {
    return (List<Object>) value;
  }

  /** What one test did, reported when it ends (normally, by an error, or by System.exit). */
  static final class TestState {
    final int index;
    final LimitedOutput stdout;
    final LimitedOutput stderr;
    final List<Object> results = new ArrayList<>();
    volatile String status = "running";
    Map<String, Object> error;
    long cpuStart;
    long wallStart;

    TestState(int index, long outputLimit) {
      this.index = index;
      this.stdout = new LimitedOutput(outputLimit);
      this.stderr = new LimitedOutput(STDERR_TAIL * 16L);
    }

    void begin() {
      cpuStart = processCpuNanos();
      wallStart = System.nanoTime();
    }

    /** Record a failure of the candidate's code; return true when the JVM must not go on. */
    boolean failed(Throwable t) {
      if (t instanceof OutOfMemoryError) {
        status = "oom";
        return true;
      }
      if (t instanceof OutputLimitError || stdout.overflowed) {
        status = "ole";
        return false;
      }
      status = "exception";
      error = describe(t);
      return false;
    }

    void harnessError(String message) {
      status = "harness_error";
      error = Map.of("type", "HarnessError", "message", message, "trace", "");
    }

    Map<String, Object> end() {
      long cpu = processCpuNanos() - cpuStart;
      long wall = System.nanoTime() - wallStart;
      if (stdout.overflowed && !"oom".equals(status)) {
        status = "ole";
      }
      Map<String, Object> event = new LinkedHashMap<>();
      event.put("e", "end");
      event.put("i", (long) index);
      event.put("status", status);
      event.put("cpu_ns", cpu);
      event.put("wall_ns", wall);
      event.put("memory_kb", peakMemoryKb());
      event.put("stdout", stdout.text());
      event.put("stderr", stderr.tail(STDERR_TAIL));
      if (error != null) {
        event.put("error", error);
      }
      event.put("results", results);
      return event;
    }
  }

  /** Thrown into the candidate's code when it writes more than the output limit. */
  static final class OutputLimitError extends Error {
    private static final long serialVersionUID = 1L;

    OutputLimitError() {
      super("output limit exceeded", null, false, false);
    }
  }

  /** Buffer a test's output up to a limit; past it, remember the overflow and stop the program. */
  static final class LimitedOutput extends OutputStream {
    private final long limit;
    private byte[] buffer = new byte[256];
    private int size;
    volatile boolean overflowed;

    LimitedOutput(long limit) {
      this.limit = limit;
    }

    @Override
    public synchronized void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
      if (size + (long) len > limit) {
        overflowed = true;
        throw new OutputLimitError();
      }
      if (size + len > buffer.length) {
        buffer = java.util.Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + len));
      }
      System.arraycopy(b, off, buffer, size, len);
      size += len;
    }

    synchronized String text() {
      return new String(buffer, 0, size, StandardCharsets.UTF_8);
    }

    synchronized String tail(int max) {
      int from = Math.max(0, size - max);
      return new String(buffer, from, size - from, StandardCharsets.UTF_8);
    }
  }

  /**
   * Define the candidate's classes afresh for each test, isolated from the harness's own classes.
   */
  static final class CandidateLoader extends ClassLoader {
    private final Map<String, byte[]> classes;

    CandidateLoader(Map<String, byte[]> classes) {
      super("candidate", ClassLoader.getPlatformClassLoader());
      this.classes = classes;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      byte[] bytes = classes.get(name);
      if (bytes == null) {
        throw new ClassNotFoundException(name);
      }
      return defineClass(name, bytes, 0, bytes.length);
    }
  }
}
