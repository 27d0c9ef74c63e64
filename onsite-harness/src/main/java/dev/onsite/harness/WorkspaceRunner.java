package dev.onsite.harness;

import java.io.BufferedReader;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Run a Java workspace's tests inside the sandbox and print one JSON result line: the Java twin of
 * the judge's {@code driver.py}.
 *
 * <p>The judge stages the workspace read-only at {@code STAGE/ws} (starter, changes, then every
 * test file of the package on top), the starter alone at {@code STAGE/starter} for a refactoring
 * round, and {@code STAGE/spec.json}. This JVM compiles {@code src/main/java} and {@code
 * src/test/java} together with javac into its private working directory, runs the test classes on
 * the JUnit Platform (Jupiter only, each test under a timeout in a thread of its own so that an
 * endless loop fails that test instead of the run) and, when asked, measures the structure of the
 * sources. The nonce arrives on stdin; the result is the one line of the real stdout that starts
 * with it. Tests print to a log file, never to that stdout.
 *
 * <p>A compile error in a hidden test file is reported without its source: the file's name only.
 */
public final class WorkspaceRunner {

  /**
   * The words around a hidden file's name when it does not compile against the candidate's code:
   * the only compile error a sealed judgement passes on. Constants, so that the judge, which does
   * not have this class at run time, compiles them in.
   */
  public static final String HIDDEN_COMPILE_ERROR_BEFORE = "a hidden test (";

  public static final String HIDDEN_COMPILE_ERROR_AFTER =
      ") does not compile against your code: keep the classes and methods the starter has";

  static final String MAIN = "src/main/java/";
  static final String TEST = "src/test/java/";

  private WorkspaceRunner() {}

  public static void main(String[] args) throws Exception {
    PrintStream out = System.out;
    String nonce;
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
      nonce = String.valueOf(in.readLine()).strip();
    }
    Path stage = Path.of(args[0]);
    Path run = Path.of("").toAbsolutePath();
    @SuppressWarnings("unchecked")
    Map<String, Object> spec =
        (Map<String, Object>) Json.parse(Files.readString(stage.resolve("spec.json")));
    PrintStream log =
        new PrintStream(new FileOutputStream(run.resolve("onsite-tests.log").toFile()));
    System.setOut(log);
    System.setErr(log);
    Map<String, Object> result = new LinkedHashMap<>();
    try {
      run(stage.resolve("ws"), run, spec, result);
    } catch (RuntimeException | LinkageError e) {
      result.put("error", e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    log.flush();
    out.print(nonce + " " + Json.write(result) + "\n");
    out.flush();
    // Tests that passed their timeout still run in abandoned threads: end them with the JVM.
    Runtime.getRuntime().halt(0);
  }

  private static void run(Path ws, Path run, Map<String, Object> spec, Map<String, Object> result)
      throws IOException {
    Set<String> hidden = Set.copyOf(strings(spec.get("hidden")));
    List<String> sources = javaFiles(ws);
    Path classes = run.resolve("classes");
    Files.createDirectories(classes);
    Map<String, String> sourceOf = new ConcurrentHashMap<>();
    String error = compile(ws, sources, classes, hidden, sourceOf);
    Map<String, Object> compile = new LinkedHashMap<>();
    compile.put("ok", error == null);
    compile.put("message", error == null ? "" : error);
    result.put("compile", compile);
    if (error == null) {
      long timeout = ((Number) spec.getOrDefault("test_timeout_seconds", 10L)).longValue();
      result.put("tests", runTests(ws, classes, sourceOf, timeout));
    } else {
      result.put("tests", List.of());
    }
    if (error == null && spec.get("benchmark") instanceof Map<?, ?> bench) {
      result.put("benchmark", benchmark(bench, sourceOf));
    }
    if (spec.get("metric_files") != null) {
      Path starter = ws.resolveSibling("starter");
      result.put(
          "before", JavaStructure.measure(starter, strings(spec.get("metric_files_before"))));
      result.put("after", JavaStructure.measure(ws, strings(spec.get("metric_files"))));
    }
  }

  /**
   * Run the benchmark class's {@code main} in a thread of its own under its timeout and read the
   * metric from the last line it printed: a JSON object.
   */
  private static Map<String, Object> benchmark(Map<?, ?> bench, Map<String, String> sourceOf) {
    String script = String.valueOf(bench.get("script"));
    String metric = String.valueOf(bench.get("metric"));
    long timeout = ((Number) bench.get("timeout_seconds")).longValue();
    Map<String, Object> out = new LinkedHashMap<>();
    String className =
        sourceOf.entrySet().stream()
            .filter(e -> e.getValue().equals(script) && !e.getKey().contains("$"))
            .map(Map.Entry::getKey)
            .findFirst()
            .orElse(null);
    if (className == null) {
      out.put("error", script + " compiled to no class");
      return out;
    }
    java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
    PrintStream before = System.out;
    Throwable[] failure = {null};
    long started = System.nanoTime();
    Thread thread =
        Thread.ofPlatform()
            .daemon(true)
            .unstarted(
                () -> {
                  try {
                    Class<?> main =
                        Class.forName(
                            className, true, Thread.currentThread().getContextClassLoader());
                    main.getMethod("main", String[].class).invoke(null, (Object) new String[0]);
                  } catch (java.lang.reflect.InvocationTargetException e) {
                    failure[0] = e.getCause();
                  } catch (ReflectiveOperationException | RuntimeException e) {
                    failure[0] = e;
                  }
                });
    thread.setContextClassLoader(Thread.currentThread().getContextClassLoader());
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      thread.start();
      thread.join(timeout * 1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      System.setOut(before);
    }
    out.put("wall_seconds", (System.nanoTime() - started) / 1e9);
    if (thread.isAlive()) {
      out.put("error", "the benchmark ran past " + timeout + " s");
      out.put("timeout", true);
      return out;
    }
    if (failure[0] != null) {
      out.put("error", describe(failure[0]));
      return out;
    }
    List<String> lines =
        printed.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
    try {
      Object last = lines.isEmpty() ? null : Json.parse(lines.getLast());
      if (last instanceof Map<?, ?> m && m.get(metric) instanceof Number n) {
        out.put("value", n.doubleValue());
        return out;
      }
    } catch (IllegalArgumentException e) {
      // Reported below.
    }
    out.put("error", "the benchmark's last line is not JSON with '" + metric + "'");
    return out;
  }

  private static List<String> strings(Object value) {
    List<String> out = new ArrayList<>();
    if (value instanceof List<?> list) {
      list.forEach(v -> out.add(String.valueOf(v)));
    }
    return out;
  }

  /** The workspace's Java sources under src/main/java and src/test/java, sorted. */
  private static List<String> javaFiles(Path ws) throws IOException {
    List<String> out = new ArrayList<>();
    for (String root : List.of(MAIN, TEST)) {
      Path dir = ws.resolve(root);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> paths = Files.walk(dir)) {
        paths
            .filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p))
            .map(p -> ws.relativize(p).toString().replace('\\', '/'))
            .sorted()
            .forEach(out::add);
      }
    }
    return out;
  }

  /**
   * Compile {@code sources} into {@code classes}, recording each class's source file.
   *
   * @return null when it compiled, else one line about the first error (a visible file's first)
   */
  private static String compile(
      Path ws, List<String> sources, Path classes, Set<String> hidden, Map<String, String> sourceOf)
      throws IOException {
    if (sources.isEmpty()) {
      return "no Java sources under " + MAIN + " or " + TEST;
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      return "this Java runtime has no compiler (a JDK is needed)";
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager standard =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      standard.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
      var files = standard.getJavaFileObjectsFromPaths(sources.stream().map(ws::resolve).toList());
      var manager =
          new ForwardingJavaFileManager<StandardJavaFileManager>(standard) {
            @Override
            public JavaFileObject getJavaFileForOutput(
                Location location, String className, JavaFileObject.Kind kind, FileObject sibling)
                throws IOException {
              if (sibling != null) {
                sourceOf.put(className, relative(ws, sibling));
              }
              return super.getJavaFileForOutput(location, className, kind, sibling);
            }
          };
      List<String> options =
          List.of(
              "--release",
              "21",
              "-proc:none",
              "-encoding",
              "UTF-8",
              "-g",
              "-nowarn",
              "-Xmaxerrs",
              "50",
              "-cp",
              System.getProperty("java.class.path"));
      boolean ok = javac.getTask(null, manager, diagnostics, options, null, files).call();
      if (ok) {
        return null;
      }
    }
    String hiddenError = null;
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() != Diagnostic.Kind.ERROR) {
        continue;
      }
      String file = d.getSource() == null ? "" : relative(ws, d.getSource());
      if (hidden.contains(file)) {
        if (hiddenError == null) {
          hiddenError =
              HIDDEN_COMPILE_ERROR_BEFORE
                  + file.substring(file.lastIndexOf('/') + 1)
                  + HIDDEN_COMPILE_ERROR_AFTER;
        }
        continue;
      }
      String message = d.getMessage(Locale.ROOT).lines().findFirst().orElse("");
      return (file.isEmpty() ? "" : file + ":" + d.getLineNumber() + ": ") + message;
    }
    return hiddenError != null ? hiddenError : "javac failed without a message";
  }

  private static String relative(Path ws, FileObject file) {
    Path path = Path.of(file.toUri());
    return path.startsWith(ws)
        ? ws.relativize(path).toString().replace('\\', '/')
        : path.toString();
  }

  private static List<Object> runTests(
      Path ws, Path classes, Map<String, String> sourceOf, long timeoutSeconds) throws IOException {
    List<URL> urls = new ArrayList<>();
    urls.add(classes.toUri().toURL());
    for (String resources : List.of("src/main/resources", "src/test/resources")) {
      if (Files.isDirectory(ws.resolve(resources))) {
        urls.add(ws.resolve(resources).toUri().toURL());
      }
    }
    URLClassLoader loader =
        new URLClassLoader(urls.toArray(URL[]::new), WorkspaceRunner.class.getClassLoader());
    Thread.currentThread().setContextClassLoader(loader);
    List<String> testClasses =
        sourceOf.entrySet().stream()
            .filter(e -> e.getValue().startsWith(TEST) && !e.getKey().contains("$"))
            .map(Map.Entry::getKey)
            .sorted()
            .toList();
    LauncherDiscoveryRequest request =
        LauncherDiscoveryRequestBuilder.request()
            .selectors(
                testClasses.stream()
                    .map(name -> DiscoverySelectors.selectClass(loader, name))
                    .toList())
            .filters(EngineFilter.includeEngines("junit-jupiter"))
            .configurationParameter(
                "junit.jupiter.execution.timeout.default", timeoutSeconds + " s")
            .configurationParameter(
                "junit.jupiter.execution.timeout.thread.mode.default", "SEPARATE_THREAD")
            .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "false")
            .build();
    Results results = new Results(sourceOf);
    Launcher launcher = LauncherFactory.create();
    launcher.execute(request, results);
    return new ArrayList<>(results.tests.values());
  }

  /** Each test's outcome, in the order they finished, keyed by its unique id. */
  private static final class Results implements TestExecutionListener {

    private final Map<String, String> sourceOf;
    final Map<String, Object> tests = new LinkedHashMap<>();

    Results(Map<String, String> sourceOf) {
      this.sourceOf = sourceOf;
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
      if (test.isTest()) {
        record(test, "skipped", String.valueOf(reason), false);
      }
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
      Throwable thrown = result.getThrowable().orElse(null);
      switch (result.getStatus()) {
        case SUCCESSFUL -> {
          if (test.isTest()) {
            record(test, "passed", "", false);
          }
        }
        case ABORTED -> {
          if (test.isTest()) {
            record(test, "skipped", describe(thrown), false);
          }
        }
        case FAILED -> {
          // A class whose set-up fails reports no tests: it counts as one failing entry.
          if (test.isTest() || test.getSource().orElse(null) instanceof ClassSource) {
            boolean timeout = thrown instanceof TimeoutException;
            String outcome = thrown instanceof AssertionError || timeout ? "failed" : "error";
            record(test, outcome, describe(thrown), timeout);
          }
        }
      }
    }

    private void record(TestIdentifier test, String outcome, String message, boolean timeout) {
      String className = null;
      String name = test.getDisplayName();
      TestSource source = test.getSource().orElse(null);
      if (source instanceof MethodSource m) {
        className = m.getClassName();
        name = m.getMethodName();
      } else if (source instanceof ClassSource c) {
        className = c.getClassName();
        name = null;
      }
      UniqueId.Segment last = UniqueId.parse(test.getUniqueId()).getLastSegment();
      if (last.getType().contains("invocation")) {
        name = name + "[" + last.getValue().replace("#", "") + "]";
      }
      String topLevel = className == null ? "" : className.replaceAll("\\$.*", "");
      String file = sourceOf.getOrDefault(topLevel, topLevel.replace('.', '/') + ".java");
      StringBuilder id = new StringBuilder(file);
      if (className != null && className.contains("$")) {
        id.append("::").append(className.substring(className.indexOf('$') + 1));
      }
      if (name != null) {
        id.append("::").append(name);
      }
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("id", id.toString());
      entry.put("file", file);
      entry.put("outcome", outcome);
      entry.put("message", message);
      if (timeout) {
        entry.put("timeout", true);
      }
      tests.put(test.getUniqueId(), entry);
    }
  }

  /** One line about a failure: the assertion's message, or the exception and where it came from. */
  static String describe(Throwable thrown) {
    if (thrown == null) {
      return "";
    }
    String message = thrown.getMessage() == null ? "" : thrown.getMessage().strip();
    String first = message.lines().findFirst().orElse("");
    String line;
    if (thrown instanceof AssertionError) {
      line = first.isEmpty() ? "assertion failed" : first;
    } else {
      line = thrown.getClass().getSimpleName() + (first.isEmpty() ? "" : ": " + first);
      for (StackTraceElement frame : thrown.getStackTrace()) {
        String cls = frame.getClassName();
        if (!cls.startsWith("java.")
            && !cls.startsWith("jdk.")
            && !cls.startsWith("org.junit.")
            && !cls.startsWith("sun.")
            && frame.getFileName() != null) {
          line += " (at " + frame.getFileName() + ":" + frame.getLineNumber() + ")";
          break;
        }
      }
    }
    return line.length() > 300 ? line.substring(0, 300) : line;
  }
}
