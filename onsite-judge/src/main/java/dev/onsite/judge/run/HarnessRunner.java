package dev.onsite.judge.run;

import dev.onsite.judge.sandbox.IoThreads;
import dev.onsite.judge.sandbox.Sandbox;
import dev.onsite.judge.sandbox.SandboxCommand;
import dev.onsite.judge.sandbox.SandboxProcess;
import dev.onsite.judge.sandbox.StreamTail;
import dev.onsite.judge.sandbox.TreeMeter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Run a harness in the sandbox over all tests of one submission and collect what each test did.
 *
 * <p>A watchdog checks the running test's CPU time, wall time and the process tree's memory every
 * few milliseconds and kills the tree when a limit is passed. When the process ends in the middle
 * of a test (killed, crashed, or the program exited), that test gets its outcome and a new harness
 * starts at the next test, up to {@link #MAX_RESTARTS} times; the tests after that are skipped.
 */
public final class HarnessRunner {

  /** How many times a submission's harness is restarted after a test ends its process. */
  public static final int MAX_RESTARTS = 4;

  /**
   * Reads and writes NaN and the infinities as bare tokens, as both harnesses do: written as
   * strings, a test argument {@code NaN} reached the candidate's code as the text "NaN".
   */
  static final JsonMapper JSON =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .disable(tools.jackson.core.json.JsonWriteFeature.WRITE_NAN_AS_STRINGS)
          .build();

  private static final ScheduledExecutorService WATCHDOG =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "onsite-watchdog");
            t.setDaemon(true);
            t.setPriority(Thread.MAX_PRIORITY);
            return t;
          });

  /** Kills and reaps the processes whose submission has all its outcomes. */
  private static final java.util.concurrent.ExecutorService REAPER =
      Executors.newSingleThreadExecutor(
          Thread.ofPlatform().name("onsite-reaper").daemon(true).factory());

  static {
    // Load the process-inspection code before the first submission needs the watchdog to be quick.
    WATCHDOG.execute(() -> new TreeMeter(ProcessHandle.current()).usage());
  }

  private static final boolean TRACE = System.getenv("ONSITE_TRACE") != null;

  private static final System.Logger LOG = System.getLogger(HarnessRunner.class.getName());

  private static final long STARTUP_LIMIT_NANOS = 20_000_000_000L;

  private final ProcessSource processes;

  /** Where harness processes come from: started on demand, or ahead of it ({@link WarmPool}). */
  @FunctionalInterface
  public interface ProcessSource {
    SandboxProcess start(SandboxCommand command) throws IOException;

    /** Hear that a process from {@link #start} has finished its work and been closed. */
    default void finished(SandboxCommand command) {}
  }

  public HarnessRunner(Sandbox sandbox) {
    this(sandbox::start);
  }

  public HarnessRunner(ProcessSource processes) {
    this.processes = processes;
  }

  /** What the harness reported before any test: a Python syntax error. */
  public record Run(List<Outcome> outcomes, String compileError) {}

  /**
   * Run all {@code tests}.
   *
   * @param job the job without its tests: kind, classes or source, output limit
   * @param onTest called with a test's index as soon as its outcome is known
   * @throws IOException when the harness cannot be started at all
   */
  public Run run(
      SandboxCommand command,
      ObjectNode job,
      ArrayNode tests,
      double timeLimitSeconds,
      int memoryMb,
      long outputLimitBytes,
      BiConsumer<Integer, Outcome> onTest)
      throws IOException {
    Outcome[] outcomes = new Outcome[tests.size()];
    job.set("tests", tests);
    int next = 0;
    int restarts = 0;
    // A runtime that ends mid-test without hitting a limit (no kill of ours, no exit() of the
    // program's) is run again from that test once: a program that kills its own runtime does it
    // again and gets its runtime error, while a machine's hiccup does not cost a verdict.
    boolean[] retried = new boolean[tests.size()];
    long cpuLimit = (long) (timeLimitSeconds * 1e9);
    long wallLimit =
        (long) (dev.onsite.judge.problem.Limits.wallLimitSeconds(timeLimitSeconds) * 1e9);
    boolean java = command.argv().get(0).endsWith("java");
    long memoryLimitKb = memoryMb * 1024L + (java ? 160 * 1024L : 64 * 1024L);
    while (next < tests.size()) {
      job.put("first", next);
      Attempt attempt =
          new Attempt(
              command,
              // The Java harness reads the compact form fast even while interpreted.
              java ? JobEncoding.encode(job) : JSON.writeValueAsBytes(job),
              cpuLimit,
              wallLimit,
              memoryLimitKb,
              outputLimitBytes * 2 + (4 << 20));
      attempt.retried = retried;
      attempt.execute(outcomes, onTest);
      if (attempt.compileError != null) {
        return new Run(Arrays.asList(outcomes), attempt.compileError);
      }
      int reached = attempt.nextIndex;
      if (attempt.done) {
        break;
      }
      if (reached <= next && attempt.started < 0) {
        // The harness died before it started a test: the runtime itself is broken.
        throw new IOException(
            "the "
                + command.argv().get(0)
                + " harness exited with status "
                + attempt.exitCode
                + " before running a test"
                + (attempt.stderr.isBlank() ? "" : ": " + StreamTail.lastLine(attempt.stderr)));
      }
      if (attempt.retryIndex >= 0) {
        retried[attempt.retryIndex] = true;
        if (restarts >= MAX_RESTARTS) {
          outcomes[attempt.retryIndex] = attempt.retryOutcome;
          onTest.accept(attempt.retryIndex, attempt.retryOutcome);
        }
      }
      next = reached;
      restarts++;
      if (restarts > MAX_RESTARTS) {
        break;
      }
    }
    for (int i = 0; i < outcomes.length; i++) {
      if (outcomes[i] == null) {
        outcomes[i] = Outcome.of("skipped", 0, 0, 0, 0);
        onTest.accept(i, outcomes[i]);
      }
    }
    return new Run(Arrays.asList(outcomes), null);
  }

  /** One harness process, from start to exit. */
  private final class Attempt {
    private final SandboxCommand command;
    private final byte[] job;
    private final long cpuLimit;
    private final long wallLimit;
    private final long memoryLimitKb;
    private final long lineLimit;

    volatile int started = -1;
    volatile long startCpu;
    volatile long startWall;
    volatile String killReason;
    volatile long lastEnd;
    volatile long observedCpu;

    /** The highest resident memory of the whole process tree seen during the current test. */
    volatile long testPeakKb;

    long traceStart;
    int nextIndex;
    boolean done;
    String compileError;
    int exitCode;
    String stderr = "";

    /** The tests already run again after their runtime ended by itself (null: never retry). */
    boolean[] retried;

    /** The test during which the runtime ended by itself, to be run again; -1 for none. */
    int retryIndex = -1;

    /** What that test's outcome is if it is not run again. */
    Outcome retryOutcome;

    Attempt(
        SandboxCommand command,
        byte[] job,
        long cpuLimit,
        long wallLimit,
        long memoryLimitKb,
        long lineLimit) {
      this.command = command;
      this.job = job;
      this.cpuLimit = cpuLimit;
      this.wallLimit = wallLimit;
      this.memoryLimitKb = memoryLimitKb;
      this.lineLimit = lineLimit;
    }

    void execute(Outcome[] outcomes, BiConsumer<Integer, Outcome> onTest) throws IOException {
      try {
        executeOnce(outcomes, onTest);
      } finally {
        processes.finished(command);
      }
    }

    private void executeOnce(Outcome[] outcomes, BiConsumer<Integer, Outcome> onTest)
        throws IOException {
      traceStart = System.nanoTime();
      SandboxProcess process = processes.start(command);
      boolean handedOff = false;
      try {
        if (TRACE) {
          System.err.printf("trace: process in %.1f ms%n", (System.nanoTime() - traceStart) / 1e6);
        }
        long launched = System.nanoTime();
        StreamTail tail = StreamTail.of(process.stderr(), 8192, "onsite-stderr");
        // On a thread of its own: a harness that does not read its job must not block the reader.
        IoThreads.start(
            "onsite-job-writer",
            () -> {
              try (OutputStream in = process.stdin()) {
                in.write(job);
              } catch (IOException e) {
                // The harness died before reading its job; the reader sees the exit.
              }
            });
        ScheduledFuture<?> watch =
            WATCHDOG.scheduleAtFixedRate(
                () -> watch(process, launched), 5, 5, TimeUnit.MILLISECONDS);
        try {
          read(process, outcomes, onTest);
        } finally {
          watch.cancel(false);
        }
        if (done || compileError != null) {
          // Every test has its outcome (or none will run): the verdict does not wait for the
          // process to exit and its box to be torn down, which takes tens of milliseconds. It is
          // killed and reaped off the submission's path; nothing more is read from it.
          handedOff = true;
          REAPER.execute(process::close);
          if (TRACE) {
            System.err.printf(
                "trace: handed off at %.1f ms%n", (System.nanoTime() - traceStart) / 1e6);
          }
          return;
        }
        try {
          if (killReason == null) {
            // The harness closed its output by itself: give it a moment to end, so that its own
            // exit status (not the kill that follows) says what happened.
            long until = System.nanoTime() + 500_000_000L;
            while (process.isAlive() && System.nanoTime() < until) {
              Thread.sleep(5);
            }
          }
          process.kill();
          exitCode = process.waitFor();
          tail.await(1000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          process.kill();
        }
        stderr = tail.text();
        int running = started;
        if (compileError == null && running >= 0 && outcomes[running] == null) {
          // The process is gone: its CPU time is what the watchdog saw last.
          long cpu = Math.max(0, Math.max(observedCpu, process.cpuNanos()) - startCpu);
          long wall = System.nanoTime() - startWall;
          String reason = killReason;
          String status = reason != null ? reason : "died";
          if (reason == null) {
            // Not a limit: the runtime itself ended mid-test. Say why, for whoever runs the judge.
            LOG.log(
                System.Logger.Level.WARNING,
                "a harness ended during test {0} with status {1}; its last output: {2}",
                running,
                exitCode,
                stderr.strip().lines().reduce((a, b) -> a + " | " + b).orElse("(none)"));
          }
          Outcome died =
              new Outcome(status, cpu, wall, testPeakKb, "", stderr, null, null, exitCode);
          if (reason == null && retried != null && !retried[running]) {
            retryIndex = running;
            retryOutcome = died;
            nextIndex = running;
          } else {
            outcomes[running] = died;
            onTest.accept(running, died);
            nextIndex = running + 1;
          }
        }
      } finally {
        if (!handedOff) {
          process.close();
        }
      }
    }

    private void watch(SandboxProcess process, long launched) {
      try {
        long now = System.nanoTime();
        int running = started;
        if (running < 0) {
          // Starting up (-1) or between tests (-2): only the harness's own code runs.
          long since = running == -1 ? launched : lastEnd;
          if (now - since > STARTUP_LIMIT_NANOS && killReason == null) {
            killReason = "died";
            process.kill();
          }
          return;
        }
        if (now - startWall > wallLimit) {
          kill(process, "tle");
        }
        // CPU and memory from one read of each process's stat.
        TreeMeter.Usage usage = process.usage();
        observedCpu = usage.cpuNanos();
        if (now - startWall > wallLimit) {
          return;
        } else if (observedCpu - startCpu > cpuLimit + 50_000_000L) {
          kill(process, "tle");
          return;
        }
        long rss = usage.rssKb();
        testPeakKb = Math.max(testPeakKb, rss);
        if (rss > memoryLimitKb) {
          kill(process, "mle");
        }
      } catch (RuntimeException e) {
        // The process is gone; the reader will see the end of its output.
      }
    }

    private void kill(SandboxProcess process, String reason) {
      if (killReason == null) {
        killReason = reason;
      }
      process.kill();
    }

    private void read(
        SandboxProcess process, Outcome[] outcomes, BiConsumer<Integer, Outcome> onTest)
        throws IOException {
      BufferedReader reader =
          new BufferedReader(
              new InputStreamReader(process.stdout(), StandardCharsets.UTF_8), 1 << 16);
      long junk = 0;
      StringBuilder line = new StringBuilder();
      int c;
      while (true) {
        line.setLength(0);
        boolean eof = false;
        while ((c = reader.read()) != -1 && c != '\n') {
          line.append((char) c);
          if (line.length() > lineLimit) {
            kill(process, "ole");
            return;
          }
        }
        if (c == -1) {
          eof = true;
        }
        if (line.length() > 0) {
          JsonNode event = parse(line);
          if (event == null) {
            junk += line.length();
            if (junk > lineLimit) {
              kill(process, "ole");
              return;
            }
          } else {
            handle(process, event, outcomes, onTest);
            if (done || compileError != null) {
              return;
            }
          }
        }
        if (eof) {
          return;
        }
      }
    }

    private JsonNode parse(CharSequence line) {
      if (line.length() < 6 || line.charAt(0) != '{') {
        return null;
      }
      try {
        JsonNode node = JSON.readTree(line.toString());
        return node != null && node.has("e") ? node : null;
      } catch (JacksonException e) {
        return null;
      }
    }

    private void handle(
        SandboxProcess process,
        JsonNode event,
        Outcome[] outcomes,
        BiConsumer<Integer, Outcome> onTest) {
      switch (event.get("e").asString()) {
        case "start" -> {
          if (TRACE) {
            System.err.printf(
                "trace: start %s at %.1f ms%n",
                event.get("i"), (System.nanoTime() - traceStart) / 1e6);
          }
          startCpu = process.cpuNanos();
          startWall = System.nanoTime();
          testPeakKb = 0;
          started = event.get("i").asInt();
        }
        case "end" -> {
          int index = event.get("i").asInt();
          if (index < 0 || index >= outcomes.length) {
            return;
          }
          started = -2;
          lastEnd = System.nanoTime();
          String status = event.path("status").asString("died");
          long cpu = event.path("cpu_ns").asLong();
          long wall = event.path("wall_ns").asLong();
          int exit = 0;
          if (status.equals("exit")) {
            // Reported from a shutdown hook: the exit status comes when the process ends.
            try {
              exit = process.waitFor();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
          if (cpu > cpuLimit || wall > wallLimit) {
            status = "tle";
          }
          outcomes[index] =
              new Outcome(
                  status,
                  cpu,
                  wall,
                  // The harness's own peak, or the whole tree's (child processes count too).
                  Math.max(event.path("memory_kb").asLong(), testPeakKb),
                  event.path("stdout").asString(""),
                  event.path("stderr").asString(""),
                  event.get("error"),
                  event.get("results"),
                  exit);
          nextIndex = index + 1;
          onTest.accept(index, outcomes[index]);
        }
        case "compile_error" -> compileError = event.path("message").asString("syntax error");
        case "done" -> {
          // The program can print this line itself: believe it only once every test has an outcome.
          if (Arrays.stream(outcomes).anyMatch(java.util.Objects::isNull)) {
            return;
          }
          done = true;
          if (TRACE) {
            System.err.printf("trace: done at %.1f ms%n", (System.nanoTime() - traceStart) / 1e6);
          }
        }
        default -> {
          // Unknown events are ignored, for forward compatibility.
        }
      }
    }
  }
}
