package dev.onsite.judge.workspace;

import dev.onsite.judge.problem.PackageException;
import dev.onsite.judge.review.ReviewLoader;
import dev.onsite.judge.review.ReviewLoader.Doc;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * Load workspace packages ({@code workspace.yaml}, {@code statement.md}, {@code tree/}, {@code
 * hidden/}, {@code logs/}, {@code submissions/accepted|wrong/NAME/}).
 *
 * <p>The YAML helpers are the code review loader's. An error is a {@link PackageException} naming
 * the file (and line).
 */
public final class WorkspaceLoader {

  /** The most files a package's tree and hidden tests may hold. */
  public static final int MAX_PACKAGE_FILES = 200;

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

  private static final Set<String> KEYS =
      Set.of(
          "title",
          "round",
          "language",
          "minutes",
          "difficulty",
          "companies",
          "tags",
          "limits",
          "targets",
          "benchmark");

  private static final Set<String> LIMIT_KEYS = Set.of("max_files", "max_bytes", "wall_seconds");
  private static final Set<String> BENCHMARK_KEYS =
      Set.of("script", "metric", "max", "timeout_seconds");
  private static final Set<String> DIFFICULTIES = Set.of("easy", "medium", "hard");

  private WorkspaceLoader() {}

  /** Whether {@code dir} looks like a workspace package (it has a workspace.yaml). */
  public static boolean isWorkspacePackage(Path dir) {
    return Files.isRegularFile(dir.resolve("workspace.yaml"));
  }

  /**
   * Load the workspace package at {@code dir}.
   *
   * @throws PackageException naming the file (and line) at fault
   */
  public static WorkspacePackage load(Path dir) {
    Path root = dir.toAbsolutePath().normalize();
    if (!Files.isDirectory(root)) {
      throw new PackageException(
          dir,
          Files.exists(root)
              ? "not a directory (give the workspace's directory)"
              : "no such directory");
    }
    Path yamlFile = root.resolve("workspace.yaml");
    if (!Files.isRegularFile(yamlFile)) {
      throw new PackageException(dir, "no workspace.yaml: is this a workspace package directory?");
    }
    String id = root.getFileName().toString();
    if (!ID.matcher(id).matches()) {
      throw new PackageException(
          dir, "the directory name '" + id + "' is not an id: use lowercase words joined by '-'");
    }
    Doc meta = Doc.read(yamlFile);
    JsonNode top = meta.node();
    for (String key : ReviewLoader.names(top)) {
      if (!KEYS.contains(key)) {
        throw meta.error(
            key, "unknown key '" + key + "' (known: " + ReviewLoader.sorted(KEYS) + ")");
      }
    }
    String title = ReviewLoader.requiredText(meta, top, "title");
    String roundId = ReviewLoader.requiredText(meta, top, "round");
    Round round =
        Round.byId(roundId)
            .orElseThrow(
                () ->
                    meta.error(
                        "round",
                        "round must be debugging, refactoring or ai-assisted, was '"
                            + roundId
                            + "'"));
    String language = ReviewLoader.requiredText(meta, top, "language");
    if (!language.equals("python") && !language.equals("java")) {
      throw meta.error("language", "language must be python or java, was '" + language + "'");
    }
    int minutes = ReviewLoader.requiredInt(meta, top, "minutes", 1, 600);
    String difficulty = ReviewLoader.requiredText(meta, top, "difficulty");
    if (!DIFFICULTIES.contains(difficulty)) {
      throw meta.error(
          "difficulty", "difficulty must be easy, medium or hard, was '" + difficulty + "'");
    }
    List<String> companies = ReviewLoader.stringList(meta, top, "companies");
    List<String> tags = ReviewLoader.stringList(meta, top, "tags");
    WorkspaceLimits limits = limits(meta, top.get("limits"));
    List<Target> targets = targets(meta, top.get("targets"));
    Optional<Benchmark> benchmark = benchmark(meta, top.get("benchmark"), limits, language);
    switch (round) {
      case REFACTORING -> {
        if (targets.isEmpty()) {
          throw meta.error(
              "round", "a refactoring package needs targets: such as {max_complexity: 6}");
        }
        if (benchmark.isPresent()) {
          throw meta.error("benchmark", "only an ai-assisted package has a benchmark");
        }
      }
      case AI_ASSISTED -> {
        if (benchmark.isEmpty()) {
          throw meta.error(
              "round", "an ai-assisted package needs a benchmark: {script, metric, max}");
        }
        if (!targets.isEmpty()) {
          throw meta.error("targets", "only a refactoring package has structure targets");
        }
      }
      case DEBUGGING -> {
        if (!targets.isEmpty() || benchmark.isPresent()) {
          throw meta.error(
              targets.isEmpty() ? "benchmark" : "targets",
              "a debugging package is graded by its tests alone (no targets, no benchmark)");
        }
      }
    }

    Path statementFile = root.resolve("statement.md");
    if (!Files.isRegularFile(statementFile)) {
      throw new PackageException(statementFile, "missing: what the candidate is asked (Markdown)");
    }
    String statement = ReviewLoader.readText(statementFile);
    if (statement.isBlank()) {
      throw new PackageException(statementFile, "empty: describe the task");
    }
    Map<String, byte[]> tree = files(root.resolve("tree"), true);
    if (tree.keySet().stream().anyMatch(p -> p.equals("logs") || p.startsWith("logs/"))) {
      throw new PackageException(
          root.resolve("tree/logs"),
          "tree/ may not have a logs/ directory: open writes logs there");
    }
    Map<String, byte[]> hidden = files(root.resolve("hidden"), false);
    for (String path : hidden.keySet()) {
      if (tree.containsKey(path)) {
        throw new PackageException(
            root.resolve("hidden").resolve(path),
            "also in tree/: a hidden file must not replace a starter file");
      }
      if (!WorkspacePackage.isTestFile(path) && !isBenchmark(benchmark, path)) {
        throw new PackageException(
            root.resolve("hidden").resolve(path),
            "hidden/ holds test files (test_*.py, *_test.py, *Test.java, *Tests.java) and the"
                + " benchmark script only");
      }
      if (language.equals("java") && !path.startsWith("src/test/java/")) {
        throw new PackageException(
            root.resolve("hidden").resolve(path),
            "a Java workspace's hidden tests go under hidden/src/test/java/ (its package's path)");
      }
    }
    if (language.equals("java")) {
      checkJavaLayout(root, tree);
    }
    if (tree.size() + hidden.size() > MAX_PACKAGE_FILES) {
      throw new PackageException(
          root, "more than " + MAX_PACKAGE_FILES + " files in tree/ and hidden/");
    }
    if (benchmark.isPresent() && !hidden.containsKey(benchmark.get().script())) {
      throw meta.error(
          "benchmark",
          "benchmark script '"
              + benchmark.get().script()
              + "' is not under hidden/ (the candidate must not be able to change it)");
    }
    Map<String, String> logs = new TreeMap<>();
    Path logsDir = root.resolve("logs");
    if (Files.isDirectory(logsDir)) {
      for (var e : files(logsDir, false).entrySet()) {
        logs.put(e.getKey(), new String(e.getValue(), StandardCharsets.UTF_8));
      }
    }
    return new WorkspacePackage(
        root,
        id,
        title,
        round,
        language,
        minutes,
        difficulty,
        companies,
        tags,
        statement,
        limits,
        tree,
        hidden,
        logs,
        targets,
        benchmark,
        submissions(root.resolve("submissions/accepted")),
        submissions(root.resolve("submissions/wrong")));
  }

  /**
   * A Java tree is laid out as Maven lays it out: sources under src/main/java, JUnit 5 tests under
   * src/test/java, in directories that match their packages (javac finds nothing otherwise).
   */
  private static void checkJavaLayout(Path root, Map<String, byte[]> tree) {
    if (tree.keySet().stream()
        .noneMatch(p -> p.startsWith("src/main/java/") && p.endsWith(".java"))) {
      throw new PackageException(
          root.resolve("tree/src/main/java"),
          "a Java workspace needs its sources under tree/src/main/java/ (Maven's layout)");
    }
    for (String path : tree.keySet()) {
      if (path.endsWith(".java")
          && !path.startsWith("src/main/java/")
          && !path.startsWith("src/test/java/")) {
        throw new PackageException(
            root.resolve("tree").resolve(path),
            "a Java source outside src/main/java/ and src/test/java/ would not be compiled:"
                + " move it");
      }
      if (path.startsWith("src/main/java/") && WorkspacePackage.isTestFile(path)) {
        throw new PackageException(
            root.resolve("tree").resolve(path),
            "a test class belongs under src/test/java/, not src/main/java/");
      }
    }
  }

  private static boolean isBenchmark(Optional<Benchmark> benchmark, String path) {
    return benchmark.map(b -> b.script().equals(path)).orElse(false);
  }

  private static Map<String, byte[]> files(Path dir, boolean required) {
    if (!Files.isDirectory(dir)) {
      if (!required) {
        return Map.of();
      }
      throw new PackageException(dir, "missing: the candidate's starter files go in tree/");
    }
    Map<String, byte[]> files;
    try {
      files = Overlay.readTree(dir, null, Set.of());
    } catch (WorkspaceException e) {
      throw new PackageException(dir, e.getMessage());
    }
    if (required && files.isEmpty()) {
      throw new PackageException(dir, "empty: the candidate's starter files go in tree/");
    }
    return files;
  }

  private static WorkspaceLimits limits(Doc meta, JsonNode node) {
    if (node == null || node.isNull()) {
      return WorkspaceLimits.DEFAULT;
    }
    if (!node.isObject()) {
      throw meta.error("limits", "limits must be a mapping: {max_files, max_bytes, wall_seconds}");
    }
    for (String key : ReviewLoader.names(node)) {
      if (!LIMIT_KEYS.contains(key)) {
        throw meta.error(
            key,
            "limits: unknown key '" + key + "' (known: " + ReviewLoader.sorted(LIMIT_KEYS) + ")");
      }
    }
    int files =
        node.has("max_files")
            ? ReviewLoader.requiredInt(meta, node, "max_files", 1, 1000)
            : WorkspaceLimits.DEFAULT_MAX_FILES;
    long bytes =
        node.has("max_bytes")
            ? ReviewLoader.requiredInt(meta, node, "max_bytes", 1, 16 << 20)
            : WorkspaceLimits.DEFAULT_MAX_BYTES;
    int wall =
        node.has("wall_seconds")
            ? ReviewLoader.requiredInt(meta, node, "wall_seconds", 1, 600)
            : WorkspaceLimits.DEFAULT_WALL_SECONDS;
    return new WorkspaceLimits(files, bytes, wall);
  }

  private static List<Target> targets(Doc meta, JsonNode node) {
    if (node == null || node.isNull()) {
      return List.of();
    }
    if (!node.isObject() || node.isEmpty()) {
      throw meta.error(
          "targets", "targets must be a mapping of metric to bound, such as {max_complexity: 6}");
    }
    List<Target> targets = new ArrayList<>();
    for (String key : ReviewLoader.names(node)) {
      if (!Target.STRUCTURE.contains(key)) {
        throw meta.error(
            key,
            "targets: unknown metric '"
                + key
                + "' (known: "
                + ReviewLoader.sorted(Target.STRUCTURE)
                + ")");
      }
      JsonNode value = node.get(key);
      if (!value.isNumber() || value.asDouble() < 0) {
        throw meta.error(key, "targets: " + key + " must be a number >= 0, was " + value);
      }
      targets.add(new Target(key, value.asDouble()));
    }
    return targets;
  }

  private static Optional<Benchmark> benchmark(
      Doc meta, JsonNode node, WorkspaceLimits limits, String language) {
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isObject()) {
      throw meta.error("benchmark", "benchmark must be a mapping: {script, metric, max}");
    }
    for (String key : ReviewLoader.names(node)) {
      if (!BENCHMARK_KEYS.contains(key)) {
        throw meta.error(
            key,
            "benchmark: unknown key '"
                + key
                + "' (known: "
                + ReviewLoader.sorted(BENCHMARK_KEYS)
                + ")");
      }
    }
    String script = ReviewLoader.requiredText(meta, node, "script");
    String problem = Overlay.pathProblem(script);
    boolean java = language.equals("java");
    boolean fits =
        java
            ? script.startsWith("src/test/java/") && script.endsWith(".java")
            : script.endsWith(".py");
    if (problem != null || !fits) {
      throw meta.error(
          "script",
          "benchmark: "
              + (problem != null
                  ? problem
                  : java
                      ? "the script must be a class with a main method under src/test/java/"
                          + " (such as src/test/java/acme/SpeedBench.java)"
                      : "the script must be a .py file"));
    }
    String metric = ReviewLoader.requiredText(meta, node, "metric");
    JsonNode max = node.get("max");
    if (max == null || !max.isNumber() || max.asDouble() <= 0) {
      throw meta.error("max", "benchmark: max must be a number > 0 (the target's bound)");
    }
    int timeout =
        node.has("timeout_seconds")
            ? ReviewLoader.requiredInt(meta, node, "timeout_seconds", 1, limits.wallSeconds())
            : Math.max(1, limits.wallSeconds() / 2);
    return Optional.of(new Benchmark(script, new Target(metric, max.asDouble()), timeout));
  }

  private static List<Path> submissions(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      throw new PackageException(dir, "cannot read: " + e.getMessage());
    }
  }
}
