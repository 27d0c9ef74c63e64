package dev.onsite.harness;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Exercise the harness on a stand-in submission while a pre-started harness waits for its job.
 *
 * <p>A started JVM still interprets everything, and a real submission would pay for it: parsing the
 * job, defining classes, linking lambdas and string concatenation, reflective calls, converting
 * values, writing events. So the harness first runs jobs of its own, through the same code, on
 * {@code sample/Sample} (bundled in this jar, defined afresh in a candidate class loader like any
 * submission), with its events written nowhere. It runs no code from outside the jar, and it leaves
 * nothing a submission can see but warm code: the submission's classes get a new class loader, and
 * every test resets the state the harness keeps per test.
 */
final class WarmUp {

  /**
   * How many stand-in tests a pre-started harness runs: one api test and one stdio test. With the
   * JVM's ahead-of-time cache, classes come loaded and linked and the methods the training run
   * compiled are compiled again at start; what is left is first-time work (initialising classes,
   * linking call sites, reflection data), which one test of each kind takes off the submission.
   * Every further test costs each pre-started process CPU (about 10 ms) and saves the submission
   * little: measured on two cores, four api and two stdio tests cost about 45 ms more CPU per
   * process than one of each, for about 7 ms less latency.
   */
  static final int API_TESTS = 1;

  static final int STDIO_TESTS = 1;

  /** The size of the job the warm-up only parses: about that of a real one (20 KB). */
  static final int PARSED_API_TESTS = 20;

  /** The training run for the ahead-of-time cache runs more, so that it records more profiles. */
  static final int TRAINING_API_TESTS = 4;

  static final int TRAINING_STDIO_TESTS = 2;

  private static final String PACKAGE = "dev.onsite.harness.sample.";
  private static final List<String> CLASSES = List.of("Sample", "Sample$Entry", "Sample$Kind");

  private WarmUp() {}

  /**
   * Run the stand-in jobs.
   *
   * @param training whether this is the training run for the ahead-of-time cache
   */
  static void run(boolean training) {
    PrintStream nowhere =
        new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
    Harness.redirectProtocol(nowhere);
    try {
      Harness.processCpuNanos();
      Harness.peakMemoryKb();
      Map<String, Object> classes = classes();
      int apiTests = training ? TRAINING_API_TESTS : API_TESTS;
      int stdioTests = training ? TRAINING_STDIO_TESTS : STDIO_TESTS;
      // A job of a real size decoded once: the reader's loops then run compiled, not
      // interpreted, when the submission's job comes. Jobs come in the compact form (BinaryJob).
      BinaryJob.decode(BinaryJob.encode(apiJob(classes, PARSED_API_TESTS)));
      Harness.runJob(BinaryJob.encode(apiJob(classes, apiTests)));
      Harness.runJob(BinaryJob.encode(stdioJob(classes, stdioTests)));
    } catch (IOException | RuntimeException | LinkageError e) {
      // Warming up is an optimisation: a failure here must not keep the harness from its job.
    } finally {
      Harness.redirectProtocol(null);
    }
  }

  private static Map<String, Object> classes() throws IOException {
    Map<String, Object> classes = new LinkedHashMap<>();
    Base64.Encoder base64 = Base64.getEncoder();
    for (String name : CLASSES) {
      String resource = "/" + (PACKAGE + name).replace('.', '/') + ".class";
      try (InputStream in = WarmUp.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IOException("missing " + resource);
        }
        classes.put(PACKAGE + name, base64.encodeToString(in.readAllBytes()));
      }
    }
    return classes;
  }

  private static Map<String, Object> job(String kind, Map<String, Object> classes, List<?> tests) {
    Map<String, Object> job = new LinkedHashMap<>();
    job.put("kind", kind);
    job.put("output_limit", 1L << 20);
    job.put("classes", classes);
    job.put("main", PACKAGE + "Sample");
    job.put("tests", tests);
    job.put("first", 0L);
    return job;
  }

  private static Map<String, Object> apiJob(Map<String, Object> classes, int count) {
    List<Object> tests = new ArrayList<>();
    for (int t = 0; t < count; t++) {
      List<Object> calls = new ArrayList<>();
      calls.add(
          t % 2 == 0
              ? call("new", PACKAGE + "Sample")
              : call("new", PACKAGE + "Sample", "args", List.of(8L)));
      for (int i = 0; i < 6; i++) {
        calls.add(call("call", "deposit", "args", List.of("a" + (i % 3), 10L + i * t)));
      }
      calls.add(call("call", "withdraw", "args", List.of("a0", 5L)));
      calls.add(call("call", "withdraw", "args", List.of("a1", 1_000_000L), "raises", true));
      calls.add(call("call", "deposit", "args", List.of("a2", -1L), "raises", true));
      calls.add(call("call", "balance", "args", List.of("a0")));
      calls.add(call("call", "accounts"));
      calls.add(call("call", "largest"));
      calls.add(call("call", "counts", "args", List.of(List.of("a", "B", "b", "c"))));
      calls.add(call("call", "describe"));
      calls.add(call("call", "kind", "args", List.of("deposit")));
      calls.add(call("call", "softmax", "args", List.of(List.of(1.0, 2.5, -0.5, 3L))));
      calls.add(
          call(
              "call",
              "matmul",
              "args",
              List.of(
                  List.of(List.of(1L, 2L), List.of(3L, 4L)), List.of(List.of(5L), List.of(6L)))));
      calls.add(call("call", "no_such_method"));
      Map<String, Object> test = new LinkedHashMap<>();
      test.put("calls", calls);
      tests.add(test);
    }
    return job("api", classes, tests);
  }

  private static Map<String, Object> stdioJob(Map<String, Object> classes, int count) {
    List<Object> tests = new ArrayList<>();
    for (int t = 1; t <= count; t++) {
      StringBuilder input = new StringBuilder().append(t * 4).append('\n');
      for (int i = 0; i < t * 4; i++) {
        input.append(i * 7 - 3).append(' ');
      }
      tests.add(Map.of("input", input.append('\n').toString()));
    }
    return job("stdio", classes, tests);
  }

  private static Map<String, Object> call(Object... keysAndValues) {
    Map<String, Object> call = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      call.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    call.putIfAbsent("raises", false);
    return call;
  }
}
