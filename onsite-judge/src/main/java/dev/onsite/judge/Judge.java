package dev.onsite.judge;

import dev.onsite.judge.check.CheckResult;
import dev.onsite.judge.check.FrameComparator;
import dev.onsite.judge.check.MetricCheck;
import dev.onsite.judge.check.OutputValidator;
import dev.onsite.judge.check.Table;
import dev.onsite.judge.check.TokenChecker;
import dev.onsite.judge.check.ValueComparator;
import dev.onsite.judge.check.ValueComparator.Tolerance;
import dev.onsite.judge.lang.JavaCompiler;
import dev.onsite.judge.lang.Language;
import dev.onsite.judge.lang.Runtimes;
import dev.onsite.judge.problem.Limits;
import dev.onsite.judge.problem.PackageException;
import dev.onsite.judge.problem.ProblemKind;
import dev.onsite.judge.problem.ProblemPackage;
import dev.onsite.judge.problem.TestCase;
import dev.onsite.judge.run.HarnessRunner;
import dev.onsite.judge.run.Outcome;
import dev.onsite.judge.run.WarmPool;
import dev.onsite.judge.sandbox.Sandbox;
import dev.onsite.judge.sandbox.SandboxCommand;
import dev.onsite.judge.sandbox.StreamTail;
import dev.onsite.judge.sql.SqlCheck;
import dev.onsite.judge.verdict.CompileResult;
import dev.onsite.judge.verdict.JudgeReport;
import dev.onsite.judge.verdict.LevelResult;
import dev.onsite.judge.verdict.TestResult;
import dev.onsite.judge.verdict.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Judge a submission against a problem package: compile, run every test in one sandboxed harness,
 * check each result, and report verdicts per test, per level and overall.
 *
 * <p>Failures of the candidate's code are verdicts, never exceptions. A broken package is a {@link
 * PackageException} when it is found before anything runs (an unreadable test file), and a {@link
 * Verdict#JE} verdict when it shows while judging (a crashing output validator). Thread-safe: one
 * judge serves concurrent submissions.
 */
public final class Judge implements AutoCloseable {

  /** The largest source accepted, in bytes. */
  public static final int MAX_SOURCE_BYTES = 256 * 1024;

  private static final Duration COMPILE_LIMIT = Duration.ofSeconds(10);

  /**
   * How many sources a long-lived judge's first compile server compiles before the first
   * submission: about 10 s of CPU once, after which a small source compiles in about a third of the
   * time it takes after 30 (docs/performance.md).
   */
  private static final int COMPILER_WARM_UP = 150;

  /** The heap of a compile server: what compiling one source may use. */
  private static final int COMPILER_HEAP_MB = 384;

  private final Sandbox sandbox;
  private final Runtimes runtimes;
  private final HarnessRunner runner;
  private final WarmPool pool;
  private final ApiTests apiTests = new ApiTests();
  private final TimeLimits timeLimits;
  private final Map<Path, OutputValidator> validators = new ConcurrentHashMap<>();
  private volatile JavaCompiler javac;

  /** A judge that starts each submission's runtime when the submission comes. */
  public Judge(Sandbox sandbox, Runtimes runtimes) {
    this(sandbox, runtimes, 0);
  }

  /**
   * A judge that keeps {@code warmProcesses} sandboxed runtimes started ahead of demand for each
   * harness command it has used (0 for none). Each pre-started runtime serves one submission only.
   */
  public Judge(Sandbox sandbox, Runtimes runtimes, int warmProcesses) {
    this.sandbox = Objects.requireNonNull(sandbox, "sandbox");
    this.runtimes = Objects.requireNonNull(runtimes, "runtimes");
    if (warmProcesses < 0) {
      throw new IllegalArgumentException(
          "warmProcesses must not be negative, was " + warmProcesses);
    }
    // Zygotes kill every other process in their box between submissions: only in boxes of their
    // own, which the hardened sandbox gives. ONSITE_ZYGOTES=off starts a box per Python submission
    // instead (for comparison, or should a zygote misbehave somewhere).
    this.pool =
        warmProcesses > 0
            ? new WarmPool(
                sandbox,
                warmProcesses,
                sandbox.hardened() && !"off".equals(System.getenv("ONSITE_ZYGOTES"))
                    ? runtimes::zygoteCommand
                    : command -> java.util.Optional.empty())
            : null;
    if (pool != null) {
      // A long-lived judge: give the Java harness the JVM's ahead-of-time cache, which lowers the
      // CPU each runtime start costs. Made or verified off the caller's path; until then, and
      // wherever it cannot be used, the harness runs without it.
      Thread aot = new Thread(() -> runtimes.prepareAotCache(sandbox), "onsite-aot-cache");
      aot.setDaemon(true);
      aot.setPriority(Thread.MIN_PRIORITY);
      aot.start();
    }
    this.runner = pool != null ? new HarnessRunner(pool) : new HarnessRunner(sandbox);
    this.timeLimits = new TimeLimits(this, Runtimes.cacheDir());
  }

  /**
   * Wait until the warm pool's runtimes being started now are ready, and the compile server that
   * {@link #prepare} started has warmed up (no-op without either).
   */
  public void awaitWarm(java.time.Duration timeout) throws InterruptedException {
    if (pool != null) {
      pool.awaitReady(timeout);
    }
    JavaCompiler compiler = javac;
    if (compiler != null) {
      compiler.awaitPrepared(timeout);
    }
  }

  /**
   * Start runtimes for {@code language} ahead of the first submission (no-op without a warm pool).
   */
  public void prepare(Language language, int memoryMb) {
    prepare(language, memoryMb, List.of());
  }

  /**
   * Start runtimes for {@code language} with Python modules preloaded ({@code onsite.preload})
   * ahead of the first submission (no-op without a warm pool).
   */
  public void prepare(Language language, int memoryMb, List<String> preload) {
    if (pool != null) {
      pool.prepare(runtimes.harnessCommand(language, memoryMb, preload));
    }
    if (language == Language.JAVA) {
      // A judge with a warm pool lives long: it warms its compile server up properly, once.
      compiler().prepare(pool != null ? COMPILER_WARM_UP : 1);
    }
  }

  /** Stop the compile servers and the pre-started runtimes. */
  @Override
  public void close() {
    JavaCompiler compiler = javac;
    if (compiler != null) {
      compiler.close();
    }
    if (pool != null) {
      pool.close();
    }
  }

  public Sandbox sandbox() {
    return sandbox;
  }

  public Runtimes runtimes() {
    return runtimes;
  }

  /** Judge {@code source}, written in {@code language}, against {@code pkg}. */
  public JudgeReport judge(
      ProblemPackage pkg, Language language, String source, JudgeListener listener) {
    return judge(pkg, language, source, listener, timeLimits.of(pkg));
  }

  /**
   * Check what can be checked of a package without running anything: every api test file parses and
   * has the right shape, every stdio test is readable text.
   *
   * @throws PackageException naming the first file at fault
   */
  public void validate(ProblemPackage pkg) {
    for (TestCase test : pkg.tests()) {
      payloadOf(pkg, test);
    }
    if (pkg.validatorDir() != null) {
      validators.computeIfAbsent(
          pkg.validatorDir(),
          dir -> OutputValidator.prepare(dir, runtimes.python(), Runtimes.cacheDir()));
    }
  }

  /** The time limit, in CPU seconds per test, that judging {@code pkg} uses. */
  public double timeLimit(ProblemPackage pkg) {
    return timeLimits.of(pkg);
  }

  JudgeReport judge(
      ProblemPackage pkg,
      Language language,
      String source,
      JudgeListener listener,
      double timeLimit) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(listener, "listener");
    String invalid = invalidSource(source);
    if (invalid == null && (pkg.kind() == ProblemKind.SQL) != (language == Language.SQL)) {
      invalid =
          pkg.kind() == ProblemKind.SQL
              ? "this is an SQL problem: submit one SELECT query (a .sql file, language sql)"
              : "only SQL problems take SQL queries; this one takes " + languageList(pkg);
    }
    if (invalid != null) {
      CompileResult compile = CompileResult.failed(0, invalid);
      notify(listener, l -> l.compiled(compile));
      return new JudgeReport(
          Verdict.CE, 0, language.id(), compile, List.of(), levelsOf(pkg, List.of()), invalid);
    }
    List<TestCase> tests = pkg.tests();
    ObjectNode job = ApiTests.JSON.createObjectNode();
    job.put("kind", pkg.kind().name().toLowerCase(java.util.Locale.ROOT));
    job.put("output_limit", pkg.limits().outputBytes());
    CompileResult compile;
    if (language == Language.JAVA) {
      JavaCompiler.Compiled compiled = compiler().compile(source, COMPILE_LIMIT);
      compile =
          compiled.ok()
              ? CompileResult.ok(compiled.timeMs())
              : CompileResult.failed(compiled.timeMs(), compiled.messages());
      if (!compiled.ok()) {
        notify(listener, l -> l.compiled(compile));
        return new JudgeReport(
            Verdict.CE,
            0,
            language.id(),
            compile,
            List.of(),
            levelsOf(pkg, List.of()),
            compiled.messages());
      }
      ObjectNode classes = job.putObject("classes");
      Base64.Encoder base64 = Base64.getEncoder();
      compiled.classes().forEach((name, bytes) -> classes.put(name, base64.encodeToString(bytes)));
      job.put("main", compiled.mainClass());
    } else {
      job.put("source", source);
      if (language == Language.SQL) {
        // The harness's SQL driver stops a query itself just before the watchdog would.
        job.put("language", "sql");
        job.put("time_limit", timeLimit);
      }
      compile = CompileResult.ok(0);
    }

    ArrayNode payload = ApiTests.JSON.createArrayNode();
    for (TestCase test : tests) {
      payload.add(payloadOf(pkg, test));
    }
    SandboxCommand command =
        runtimes.harnessCommand(language, pkg.limits().memoryMb(), pkg.preload());
    int memoryMb =
        pkg.limits().memoryMb()
            + (language == Language.PYTHON ? Runtimes.preloadResidentMb(pkg.preload()) : 0);
    TestResult[] results = new TestResult[tests.size()];
    HarnessRunner.Run run;
    boolean[] started = {false};
    try {
      run =
          runner.run(
              command,
              job,
              payload,
              timeLimit,
              memoryMb,
              pkg.limits().outputBytes(),
              (index, outcome) -> {
                if (!started[0]) {
                  started[0] = true;
                  notify(listener, l -> l.compiled(compile));
                }
                TestResult result =
                    evaluate(pkg, language, source, tests.get(index), outcome, timeLimit);
                results[index] = result;
                notify(listener, l -> l.testFinished(result));
              });
    } catch (IOException e) {
      String message = "could not run the " + language.id() + " harness: " + e.getMessage();
      return new JudgeReport(
          Verdict.JE, 0, language.id(), compile, List.of(), levelsOf(pkg, List.of()), message);
    }
    if (run.compileError() != null) {
      CompileResult failed = CompileResult.failed(0, run.compileError());
      notify(listener, l -> l.compiled(failed));
      return new JudgeReport(
          Verdict.CE,
          0,
          language.id(),
          failed,
          List.of(),
          levelsOf(pkg, List.of()),
          run.compileError());
    }
    for (int i = 0; i < tests.size(); i++) {
      if (results[i] == null) {
        results[i] =
            evaluate(pkg, language, source, tests.get(i), run.outcomes().get(i), timeLimit);
      }
    }
    List<TestResult> all = List.of(results);
    List<LevelResult> levels = levelsOf(pkg, all);
    Verdict verdict = overall(all);
    return new JudgeReport(
        verdict, score(pkg, all, levels), language.id(), compile, all, levels, "");
  }

  private JsonNode payloadOf(ProblemPackage pkg, TestCase test) {
    if (pkg.kind() == ProblemKind.API) {
      return apiTests.read(test.input()).forHarness();
    }
    if (pkg.kind() == ProblemKind.SQL) {
      return apiTests.readSql(test.input()).forHarness();
    }
    ObjectNode node = ApiTests.JSON.createObjectNode();
    try {
      node.put("input", Files.readString(test.input(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new PackageException(test.input(), "cannot read: " + e.getMessage());
    } catch (RuntimeException e) {
      throw new PackageException(test.input(), "is not UTF-8 text");
    }
    return node;
  }

  private TestResult evaluate(
      ProblemPackage pkg,
      Language language,
      String source,
      TestCase test,
      Outcome outcome,
      double timeLimit) {
    if (outcome.status().equals("skipped")) {
      return TestResult.skipped(test.name(), test.group(), test.level(), test.visible());
    }
    Verdict verdict;
    String message;
    switch (outcome.status()) {
      case "ok", "exit" -> {
        if (outcome.status().equals("exit")
            && (outcome.exitCode() != 0 || pkg.kind() == ProblemKind.API)) {
          verdict = Verdict.RE;
          message = "the program called exit(" + outcome.exitCode() + ")";
        } else {
          CheckResult check =
              switch (pkg.kind()) {
                case API -> checkApi(pkg, language, test, outcome);
                case SQL -> checkSql(pkg, source, test, outcome);
                case STDIO -> checkStdio(pkg, test, outcome);
              };
          verdict = check.verdict();
          message = test.visible() ? check.message() : check.hiddenMessage();
        }
      }
      case "exception" -> {
        verdict = Verdict.RE;
        message = describeError(outcome.error(), test.visible());
      }
      case "harness_error" -> {
        verdict = Verdict.RE;
        message =
            outcome.error() == null
                ? "the program could not be run"
                : outcome.error().path("message").asString();
      }
      case "oom", "mle" -> {
        verdict = Verdict.MLE;
        message = "used more than " + pkg.limits().memoryMb() + " MiB of memory";
      }
      case "ole" -> {
        verdict = Verdict.OLE;
        message = "wrote more than " + pkg.limits().outputMb() + " MiB of output";
      }
      case "tle" -> {
        verdict = Verdict.TLE;
        message =
            outcome.wallNanos() > Limits.wallLimitSeconds(timeLimit) * 1e9
                    && outcome.cpuNanos() < timeLimit * 1e9
                ? "ran longer than the wall-clock limit of "
                    + fmt(Limits.wallLimitSeconds(timeLimit))
                    + " s (is it waiting or sleeping?)"
                : "used more than the time limit of " + fmt(timeLimit) + " s of CPU time";
      }
      default -> {
        verdict = Verdict.RE;
        int status = outcome.exitCode();
        message =
            (status > 128
                    ? "the program was killed by signal " + (status - 128)
                    : "the program ended unexpectedly with status " + status)
                + (test.visible() ? lastLine(outcome.stderr()) : "");
      }
    }
    return new TestResult(
        test.name(),
        test.group(),
        test.level(),
        verdict,
        outcome.cpuMs(),
        outcome.wallMs(),
        outcome.memoryKb(),
        test.visible(),
        message);
  }

  private static String describeError(JsonNode error, boolean visible) {
    if (error == null) {
      return "run-time error";
    }
    String type = error.path("type").asString("Error");
    if (!visible) {
      return "raised " + type;
    }
    String trace = error.path("trace").asString("");
    return trace.isBlank() ? type + ": " + error.path("message").asString("") : trace;
  }

  private CheckResult checkStdio(ProblemPackage pkg, TestCase test, Outcome outcome) {
    if (pkg.validatorDir() != null) {
      OutputValidator validator =
          validators.computeIfAbsent(
              pkg.validatorDir(),
              dir -> OutputValidator.prepare(dir, runtimes.python(), Runtimes.cacheDir()));
      return validator.check(test.input(), test.answer(), outcome.stdout(), test.validatorArgs());
    }
    TokenChecker checker;
    try {
      checker = TokenChecker.fromFlags(test.validatorArgs());
    } catch (IllegalArgumentException e) {
      return CheckResult.judgeError(e.getMessage());
    }
    try {
      String expected = Files.readString(test.answer(), StandardCharsets.UTF_8);
      CheckResult result = checker.check(expected, outcome.stdout());
      if (result.accepted() || !test.visible()) {
        return result;
      }
      return new CheckResult(
          result.verdict(),
          result.message()
              + "\n"
              + excerpt("expected", expected)
              + "\n"
              + excerpt("received", outcome.stdout()),
          result.hiddenMessage());
    } catch (IOException e) {
      return CheckResult.judgeError("cannot read " + test.answer() + ": " + e.getMessage());
    }
  }

  /** The first lines of an output, labelled, for a visible test's readable diff. */
  static String excerpt(String label, String text) {
    List<String> lines = text.lines().toList();
    StringBuilder sb =
        new StringBuilder("--- ")
            .append(label)
            .append(lines.size() > 8 ? " (first 8 of " + lines.size() + " lines)" : "");
    if (lines.isEmpty()) {
      sb.append("\n(nothing)");
    }
    for (String line : lines.subList(0, Math.min(8, lines.size()))) {
      sb.append('\n').append(line.length() > 120 ? line.substring(0, 117) + "..." : line);
    }
    return sb.toString();
  }

  private CheckResult checkSql(ProblemPackage pkg, String source, TestCase test, Outcome outcome) {
    JsonNode results = outcome.results();
    return SqlCheck.check(
        apiTests.readSql(test.input()).test(),
        results == null || results.isEmpty() ? null : results.get(0),
        source,
        Tolerance.DEFAULT.with(pkg.tolerance()));
  }

  private static String languageList(ProblemPackage pkg) {
    return String.join(", ", pkg.languages().stream().map(Language::id).toList());
  }

  private CheckResult checkApi(
      ProblemPackage pkg, Language language, TestCase test, Outcome outcome) {
    JsonNode spec = apiTests.read(test.input()).test();
    JsonNode calls = spec.get("calls");
    JsonNode results =
        outcome.results() == null ? ApiTests.JSON.createArrayNode() : outcome.results();
    Tolerance base = Tolerance.DEFAULT.with(pkg.tolerance()).with(spec.get("tolerance"));
    int total = calls.size();
    List<JsonNode> values = new ArrayList<>(java.util.Collections.nCopies(total, (JsonNode) null));
    for (int i = 0; i < total; i++) {
      JsonNode call = calls.get(i);
      int number = i + 1;
      // Messages are only made for a failing call: showing every call's arguments costs more
      // than checking them.
      Supplier<String> where =
          () -> "call " + number + " of " + total + " (" + callName(call) + ")";
      Supplier<String> shown = () -> "call " + number + " of " + total + ", " + callText(call);
      JsonNode result = results.get(i);
      if (result == null) {
        return CheckResult.runtimeError(
            shown.get() + ": the program stopped before this call",
            where.get() + ": the program stopped before this call");
      }
      if (result.has("h")) {
        String text = where.get() + ": " + result.get("h").asString();
        return CheckResult.runtimeError(text, text);
      }
      JsonNode raises = call.get("raises");
      boolean mustRaise =
          raises != null && !raises.isNull() && !(raises.isBoolean() && !raises.asBoolean());
      if (result.has("x")) {
        JsonNode error = result.get("x");
        String type = error.path("type").asString("");
        if (!mustRaise) {
          String visibleText =
              shown.get()
                  + " raised "
                  + type
                  + ": "
                  + error.path("message").asString("")
                  + (error.path("trace").asString("").isBlank()
                      ? ""
                      : "\n" + error.path("trace").asString(""));
          return CheckResult.runtimeError(visibleText, where.get() + " raised " + type);
        }
        String wanted = expectedException(raises, language);
        if (wanted != null && !wanted.equals(type)) {
          return CheckResult.wrong(
              shown.get() + ": expected " + wanted + " to be raised, got " + type,
              where.get() + ": raised the wrong exception");
        }
        continue;
      }
      JsonNode value = result.get("v");
      if (mustRaise) {
        return CheckResult.wrong(
            shown.get() + ": expected an exception, got " + ValueComparator.show(value),
            where.get() + ": expected an exception");
      }
      if (call.path("unchanged").asBoolean(false) && result.path("mutated").isArray()) {
        List<String> mutated = new ArrayList<>();
        result.get("mutated").forEach(m -> mutated.add(m.asString()));
        return CheckResult.wrong(
            shown.get()
                + ": changed "
                + String.join(", ", mutated)
                + " in place; the call must leave its inputs as they were",
            where.get() + ": changed an input in place");
      }
      if (call.has("gradcheck")) {
        String wrt =
            call.path("wrt").isString()
                ? "parameter " + call.get("wrt").asString()
                : "args[" + call.path("wrt").asInt(0) + "]";
        if (value == null || !value.isObject() || !value.has("$gradcheck")) {
          return CheckResult.wrong(
              shown.get() + ": expected a gradient check, got " + ValueComparator.show(value),
              where.get() + ": wrong kind of result");
        }
        JsonNode autograd = value.get("autograd");
        if (autograd == null || autograd.isNull()) {
          return CheckResult.wrong(
              shown.get()
                  + ": the output does not depend on "
                  + wrt
                  + " through autograd (a detached graph, .data, .item(), NumPy, or an unused"
                  + " parameter?)",
              where.get() + ": no autograd gradient with respect to " + wrt);
        }
        var diff =
            ValueComparator.compare(
                value.get("numerical"),
                autograd,
                base.with(call.get("tolerance")),
                call.path("unordered").asBoolean(false));
        if (diff.isPresent()) {
          return CheckResult.wrong(
              shown.get()
                  + ": autograd's gradient with respect to "
                  + wrt
                  + " differs from finite differences: "
                  + diff.get(),
              where.get() + ": autograd's gradient differs from finite differences");
        }
        value = autograd;
      }
      if (call.has("pick") && !call.has("numgrad") && !call.has("gradcheck")) {
        value = Values.pick(value, call.get("pick").asInt());
        if (value == null) {
          return CheckResult.wrong(
              shown.get()
                  + ": expected a tuple or list with an item "
                  + call.get("pick").asInt()
                  + ", got "
                  + ValueComparator.show(result.get("v")),
              where.get() + ": wrong kind of result");
        }
      }
      values.set(i, value);
      Tolerance tolerance = base.with(call.get("tolerance"));
      if (call.has("expect") && Table.isFrame(call.get("expect"))) {
        var mismatch = FrameComparator.compare(call.get("expect"), value, tolerance);
        if (mismatch.isPresent()) {
          return CheckResult.wrong(
              shown.get() + ": " + mismatch.get().message(),
              where.get() + ": " + mismatch.get().aspect());
        }
      } else if (call.has("expect")) {
        var diff =
            ValueComparator.compare(
                call.get("expect"), value, tolerance, call.path("unordered").asBoolean(false));
        if (diff.isPresent()) {
          return CheckResult.wrong(shown.get() + ": " + diff.get(), where.get() + ": wrong value");
        }
      }
      if (call.has("same_as")) {
        int other = call.get("same_as").asInt() - 1;
        JsonNode slice = call.get("slice");
        var diff =
            ValueComparator.compare(
                Values.slice(values.get(other), slice),
                Values.slice(value, slice),
                tolerance,
                false);
        if (diff.isPresent()) {
          String relation =
              calls.get(other).has("numgrad")
                  ? "the numerical gradient of call " + (other + 1)
                  : "call " + (other + 1);
          return CheckResult.wrong(
              shown.get()
                  + ": differs from "
                  + relation
                  + (slice == null ? "" : " on " + slice)
                  + ": "
                  + diff.get(),
              where.get()
                  + ": inconsistent with "
                  + (calls.get(other).has("numgrad")
                      ? "the numerical gradient"
                      : "an earlier call"));
        }
      }
      if (call.has("differs_from")) {
        int other = call.get("differs_from").asInt() - 1;
        if (ValueComparator.compare(values.get(other), value, tolerance, false).isEmpty()) {
          return CheckResult.wrong(
              shown.get()
                  + ": expected a result that differs from call "
                  + (other + 1)
                  + "'s, got the same: "
                  + ValueComparator.show(value),
              where.get() + ": the same as an earlier call, where a difference was expected");
        }
      }
      if (call.has("check")) {
        String problem = Values.check(call.get("check").asString(), value, tolerance);
        if (problem != null) {
          return CheckResult.wrong(
              shown.get() + ": " + problem,
              where.get() + ": " + problem.replaceAll("-?\\d[\\d.]*(?:[eE][-+]?\\d+)?", "…"));
        }
      }
      if (call.has("metric")) {
        // The labels stay here: only the call and its arguments went into the sandbox.
        var problem = MetricCheck.parse(call.get("metric")).grade(value);
        if (problem.isPresent()) {
          return CheckResult.wrong(
              shown.get() + ": " + problem.get(), where.get() + ": " + problem.get());
        }
      }
    }
    return CheckResult.ACCEPTED;
  }

  private static String expectedException(JsonNode raises, Language language) {
    if (raises.isString()) {
      return raises.asString();
    }
    if (raises.isObject() && raises.has(language.id())) {
      return raises.get(language.id()).asString();
    }
    return null;
  }

  private static String callName(JsonNode call) {
    if (call.has("numgrad")) {
      return "numerical gradient of " + call.get("numgrad").asString();
    }
    if (call.has("gradcheck")) {
      return "gradient check of " + call.get("gradcheck").asString();
    }
    if (call.has("inspect")) {
      return "inspect " + call.get("inspect").asString();
    }
    return call.has("new") ? "new " + call.get("new").asString() : call.path("call").asString();
  }

  private static String callText(JsonNode call) {
    StringBuilder sb =
        new StringBuilder(
            call.has("new")
                ? call.get("new").asString()
                : call.has("numgrad")
                    ? "numgrad " + call.get("numgrad").asString()
                    : call.has("gradcheck")
                        ? "gradcheck " + call.get("gradcheck").asString()
                        : call.has("inspect")
                            ? "inspect " + call.get("inspect").asString()
                            : call.path("call").asString());
    sb.append('(');
    JsonNode args = call.path("args");
    for (int i = 0; i < args.size(); i++) {
      sb.append(i > 0 ? ", " : "").append(ValueComparator.show(args.get(i)));
    }
    String text = sb.append(')').toString();
    return text.length() > 300 ? text.substring(0, 297) + "...)" : text;
  }

  static Verdict overall(List<TestResult> tests) {
    if (tests.stream().anyMatch(t -> t.verdict() == Verdict.JE)) {
      return Verdict.JE;
    }
    return tests.stream()
        .map(TestResult::verdict)
        .filter(v -> v != Verdict.AC && v != Verdict.SK)
        .findFirst()
        .orElse(Verdict.AC);
  }

  static List<LevelResult> levelsOf(ProblemPackage pkg, List<TestResult> results) {
    List<LevelResult> levels = new ArrayList<>();
    for (var level : pkg.levels()) {
      int total = (int) pkg.tests().stream().filter(t -> level.id().equals(t.level())).count();
      int passed =
          (int)
              results.stream()
                  .filter(r -> level.id().equals(r.level()) && r.verdict() == Verdict.AC)
                  .count();
      levels.add(new LevelResult(level.id(), total > 0 && passed == total, passed, total));
    }
    return levels;
  }

  static double score(ProblemPackage pkg, List<TestResult> results, List<LevelResult> levels) {
    if (!pkg.levels().isEmpty()) {
      double total = pkg.levels().stream().mapToDouble(l -> l.points()).sum();
      double earned = 0;
      for (int i = 0; i < levels.size(); i++) {
        double points = pkg.levels().get(i).points();
        if (levels.get(i).passed()) {
          earned += points;
          continue;
        }
        String id = levels.get(i).name();
        earned +=
            points * fractionPassed(results.stream().filter(r -> id.equals(r.level())).toList());
        break;
      }
      return total <= 0 ? 0 : clamp(100 * earned / total);
    }
    if (!pkg.groupScores().isEmpty()) {
      double total = pkg.groupScores().values().stream().mapToDouble(Double::doubleValue).sum();
      double earned = 0;
      for (var entry : pkg.groupScores().entrySet()) {
        List<TestResult> group =
            results.stream()
                .filter(
                    r ->
                        r.group().equals(entry.getKey())
                            || r.group().startsWith(entry.getKey() + "/"))
                .toList();
        if (!group.isEmpty() && group.stream().allMatch(r -> r.verdict() == Verdict.AC)) {
          earned += entry.getValue();
        }
      }
      return total <= 0 ? 0 : clamp(100 * earned / total);
    }
    return clamp(100 * fractionPassed(results));
  }

  private static double fractionPassed(List<TestResult> tests) {
    List<TestResult> hidden = tests.stream().filter(t -> !t.visible()).toList();
    List<TestResult> counted = hidden.isEmpty() ? tests : hidden;
    if (counted.isEmpty()) {
      return 0;
    }
    return counted.stream().filter(t -> t.verdict() == Verdict.AC).count()
        / (double) counted.size();
  }

  private static double clamp(double score) {
    return Math.max(0, Math.min(100, Math.round(score * 100) / 100.0));
  }

  /** Reject what is not source code: too large, or binary. */
  static String invalidSource(String source) {
    int bytes = source.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > MAX_SOURCE_BYTES) {
      return "the source is "
          + (bytes / 1024)
          + " KiB; the limit is "
          + (MAX_SOURCE_BYTES / 1024)
          + " KiB";
    }
    if (source.indexOf('\0') >= 0) {
      return "the source contains NUL bytes: it is a binary file, not source code";
    }
    return null;
  }

  /** The compiler this judge compiles Java submissions with. */
  public JavaCompiler javaCompiler() {
    return compiler();
  }

  private JavaCompiler compiler() {
    JavaCompiler compiler = javac;
    if (compiler == null) {
      synchronized (this) {
        if (javac == null) {
          int servers = Math.min(2, Runtime.getRuntime().availableProcessors());
          javac =
              new JavaCompiler(
                  sandbox, runtimes.compilerCommand(COMPILER_HEAP_MB), COMPILER_HEAP_MB, servers);
        }
        compiler = javac;
      }
    }
    return compiler;
  }

  private static void notify(
      JudgeListener listener, java.util.function.Consumer<JudgeListener> event) {
    try {
      event.accept(listener);
    } catch (RuntimeException e) {
      // A listener's failure must not change the verdict.
    }
  }

  /** ": " and the last line the program wrote on standard error, if any, for a visible test. */
  private static String lastLine(String stderr) {
    if (stderr == null || stderr.isBlank()) {
      return "";
    }
    String last = StreamTail.lastLine(stderr);
    return ": " + (last.length() > 300 ? last.substring(0, 300) + "..." : last);
  }

  private static String fmt(double seconds) {
    return seconds == Math.rint(seconds) ? String.valueOf((long) seconds) : String.valueOf(seconds);
  }
}
