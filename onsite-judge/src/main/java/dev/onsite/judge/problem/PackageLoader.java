package dev.onsite.judge.problem;

import dev.onsite.judge.lang.Language;
import dev.onsite.judge.verdict.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Load a problem package from a directory: the legacy Kattis layout, the 2023-07 and 2025-09
 * layouts, and Onsite's additions (an {@code onsite:} block in problem.yaml, api tests, levels).
 *
 * <p>Every error names the file, and the line where the file is YAML.
 */
public final class PackageLoader {

  private static final YAMLMapper YAML = YAMLMapper.builder().build();

  private static final Set<String> ONSITE_KEYS =
      Set.of(
          "type",
          "round",
          "difficulty",
          "tags",
          "companies",
          "languages",
          "minutes",
          "levels",
          "tolerance",
          "patterns",
          "task",
          "preload");

  private static final Set<String> LEVEL_KEYS = Set.of("id", "title", "minutes", "points");

  private static final Map<String, Verdict> SUBMISSION_DIRS = submissionDirs();

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]*");

  private PackageLoader() {}

  private static Map<String, Verdict> submissionDirs() {
    Map<String, Verdict> dirs = new LinkedHashMap<>();
    dirs.put("accepted", Verdict.AC);
    dirs.put("wrong_answer", Verdict.WA);
    dirs.put("time_limit_exceeded", Verdict.TLE);
    dirs.put("run_time_error", Verdict.RE);
    dirs.put("memory_limit_exceeded", Verdict.MLE);
    dirs.put("output_limit_exceeded", Verdict.OLE);
    return dirs;
  }

  /**
   * Load the package at {@code dir}.
   *
   * @throws PackageException when the package is malformed, naming the file (and line) at fault
   */
  public static ProblemPackage load(Path dir) {
    Path root = dir.toAbsolutePath().normalize();
    if (!Files.isDirectory(root)) {
      throw new PackageException(
          dir,
          Files.exists(root)
              ? "not a directory (give the problem's directory)"
              : "no such directory");
    }
    Path yamlFile = root.resolve("problem.yaml");
    if (!Files.isRegularFile(yamlFile)) {
      throw new PackageException(dir, "no problem.yaml: is this a problem package directory?");
    }
    YamlDoc yaml = YamlDoc.read(yamlFile);
    JsonNode top = yaml.node();
    String id = root.getFileName().toString();
    String title = title(top.get("name"), id);
    boolean modern =
        top.hasNonNull("problem_format_version")
            && !top.get("problem_format_version").asString().equals("legacy");

    JsonNode onsiteNode = top.get("onsite");
    boolean onsite = onsiteNode != null && !onsiteNode.isNull();
    if (onsite && !onsiteNode.isObject()) {
      throw yaml.error(
          "onsite", "the onsite block must be a mapping of keys (type, round, levels, ...)");
    }
    JsonNode on = onsite ? onsiteNode : JsonNodeFactory.instance.objectNode();
    for (String key : names(on)) {
      if (!ONSITE_KEYS.contains(key)) {
        throw yaml.error(
            key,
            "unknown key '"
                + key
                + "' in the onsite block (known: "
                + String.join(", ", ONSITE_KEYS.stream().sorted().toList())
                + ")");
      }
    }

    ProblemKind kind =
        switch (text(on, "type", "stdio")) {
          case "stdio" -> ProblemKind.STDIO;
          case "api" -> ProblemKind.API;
          case "sql" -> ProblemKind.SQL;
          default ->
              throw yaml.error(
                  "type",
                  "onsite.type must be 'stdio', 'api' or 'sql', was '"
                      + text(on, "type", "")
                      + "'");
        };
    checkProblemType(yaml, top);

    Limits limits = limits(yaml, root, top, onsite, modern);
    Metadata metadata = metadata(yaml, top, on, onsite);
    List<Level> levels = levels(yaml, root, on);

    Path validatorDir = validatorDir(root, top);
    List<String> defaultArgs = splitArgs(top.get("validator_flags"));

    Path data = root.resolve("data");
    if (!Files.isDirectory(data)) {
      throw new PackageException(
          root.resolve("data"),
          "missing: a package keeps its tests under data/sample and data/secret");
    }
    List<TestCase> tests = new ArrayList<>();
    Map<String, Double> groupScores = new LinkedHashMap<>();
    if (levels.isEmpty()) {
      collectTests(root, data.resolve("sample"), null, kind, defaultArgs, tests);
      collectTests(root, data.resolve("secret"), null, kind, defaultArgs, tests);
      groupScores.putAll(groupScores(data.resolve("secret")));
    } else {
      for (Level level : levels) {
        Path levelDir = data.resolve(level.id());
        if (!Files.isDirectory(levelDir)) {
          throw new PackageException(
              levelDir,
              "missing: level " + level.id() + " is listed in problem.yaml but has no tests");
        }
        int before = tests.size();
        collectTests(root, levelDir.resolve("sample"), level.id(), kind, defaultArgs, tests);
        collectTests(root, levelDir.resolve("secret"), level.id(), kind, defaultArgs, tests);
        if (tests.size() == before) {
          throw new PackageException(
              levelDir,
              "level "
                  + level.id()
                  + " has no tests (expected sample/ and secret/ with "
                  + (kind.jsonTests() ? ".json" : ".in/.ans")
                  + " files)");
        }
      }
    }
    if (tests.isEmpty()) {
      throw new PackageException(
          data,
          "no tests found (expected "
              + (kind.jsonTests() ? "*.json" : "*.in with *.ans")
              + " files under data/sample and data/secret)");
    }

    Map<Language, Path> starters = starters(root.resolve("starter"));
    List<SubmissionFile> submissions = submissions(root.resolve("submissions"));
    List<Language> languages = languages(yaml, on, submissions, starters, onsite, kind);
    JsonNode tolerance = on.get("tolerance");
    if (tolerance != null && !tolerance.isObject()) {
      throw yaml.error(
          "tolerance", "onsite.tolerance must be a mapping like {rel: 1.0e-6, abs: 1.0e-9}");
    }

    List<String> preload = new ArrayList<>();
    for (String module : strings(yaml, on, "preload")) {
      if (!ProblemPackage.PRELOADABLE.contains(module)) {
        throw yaml.error(
            "preload",
            "onsite.preload: unknown module '"
                + module
                + "' (known: "
                + String.join(", ", ProblemPackage.PRELOADABLE)
                + ")");
      }
      if (!module.equals("numpy")) {
        preload.add(module); // NumPy is always there
      }
    }

    return new ProblemPackage(
        root,
        id,
        title,
        kind,
        onsite,
        metadata,
        limits,
        levels,
        tests,
        validatorDir,
        defaultArgs,
        tolerance,
        languages,
        starters,
        submissions,
        statement(root),
        firstExisting(root.resolve("notes.md")),
        groupScores,
        preload);
  }

  private static void checkProblemType(YamlDoc yaml, JsonNode top) {
    String type = top.hasNonNull("type") ? top.get("type").asString("") : "";
    String validation = top.hasNonNull("validation") ? top.get("validation").asString("") : "";
    if (type.contains("interactive")
        || type.contains("multi-pass")
        || validation.contains("interactive")) {
      throw yaml.error(
          top.has("type") ? "type" : "validation",
          "interactive and multi-pass problems are not supported yet");
    }
    if (type.contains("submit-answer")) {
      throw yaml.error("type", "submit-answer problems are not supported");
    }
  }

  private static String title(JsonNode name, String fallback) {
    if (name == null || name.isNull()) {
      return fallback;
    }
    if (name.isObject()) {
      JsonNode en = name.get("en");
      if (en != null) {
        return en.asString();
      }
      Iterator<JsonNode> values = name.values().iterator();
      return values.hasNext() ? values.next().asString() : fallback;
    }
    return name.asString();
  }

  private static Limits limits(
      YamlDoc yaml, Path root, JsonNode top, boolean onsite, boolean modern) {
    JsonNode limits = top.get("limits");
    if (limits == null || limits.isNull()) {
      limits = JsonNodeFactory.instance.objectNode();
    }
    if (!limits.isObject()) {
      throw yaml.error("limits", "limits must be a mapping (time_limit, memory, output, ...)");
    }
    OptionalDouble timeLimit = OptionalDouble.empty();
    if (limits.has("time_limit")) {
      timeLimit = OptionalDouble.of(positive(yaml, limits, "time_limit"));
    } else {
      Path file = root.resolve(".timelimit");
      if (Files.isRegularFile(file)) {
        try {
          timeLimit = OptionalDouble.of(Double.parseDouble(Files.readString(file).trim()));
        } catch (IOException | NumberFormatException e) {
          throw new PackageException(file, "must hold the time limit in seconds, such as 2");
        }
      }
    }
    double multiplier;
    JsonNode multipliers = limits.get("time_multipliers");
    if (multipliers != null && multipliers.isObject() && multipliers.has("ac_to_time_limit")) {
      multiplier = positive(yaml, multipliers, "ac_to_time_limit");
    } else if (limits.has("time_multiplier")) {
      multiplier = positive(yaml, limits, "time_multiplier");
    } else {
      multiplier = modern ? 2.0 : 5.0;
    }
    double resolution =
        limits.has("time_resolution") ? positive(yaml, limits, "time_resolution") : 1.0;
    int memory =
        limits.has("memory") ? (int) positive(yaml, limits, "memory") : (onsite ? 256 : 2048);
    int output = limits.has("output") ? (int) positive(yaml, limits, "output") : 8;
    try {
      return new Limits(timeLimit, Math.max(1, multiplier), resolution, memory, output);
    } catch (IllegalArgumentException e) {
      throw yaml.error("limits", e.getMessage());
    }
  }

  private static double positive(YamlDoc yaml, JsonNode node, String key) {
    JsonNode value = node.get(key);
    if (value == null || !value.isNumber() || !(value.asDouble() > 0)) {
      throw yaml.error(
          key,
          key
              + " must be a positive number, was '"
              + (value == null ? "" : value.asString())
              + "'");
    }
    return value.asDouble();
  }

  private static Metadata metadata(YamlDoc yaml, JsonNode top, JsonNode on, boolean onsite) {
    String round = text(on, "round", "coding");
    if (!Metadata.ROUNDS.contains(round)) {
      throw yaml.error(
          "round",
          "unknown round id '" + round + "' (known: " + String.join(", ", Metadata.ROUNDS) + ")");
    }
    String difficulty = text(on, "difficulty", "medium");
    if (!Metadata.DIFFICULTIES.contains(difficulty)) {
      throw yaml.error(
          "difficulty", "difficulty must be easy, medium or hard, was '" + difficulty + "'");
    }
    List<String> tags = onsite ? strings(yaml, on, "tags") : keywords(top.get("keywords"));
    List<String> companies = strings(yaml, on, "companies");
    for (String company : companies) {
      if (!ID.matcher(company).matches()) {
        throw yaml.error(
            "companies",
            "company ids are lowercase words joined by '-', such as scale-ai; got '"
                + company
                + "'");
      }
    }
    int minutes = on.has("minutes") ? on.get("minutes").asInt() : 0;
    List<String> patterns = strings(yaml, on, "patterns");
    for (String pattern : patterns) {
      if (!Metadata.PATTERNS.contains(pattern)) {
        throw yaml.error(
            "patterns",
            "unknown pattern '"
                + pattern
                + "' (known: "
                + String.join(", ", Metadata.PATTERNS)
                + ")");
      }
    }
    JsonNode task = on.get("task");
    if (task != null && !task.isNull() && !task.isString()) {
      throw yaml.error("task", "onsite.task must be one sentence of text");
    }
    return new Metadata(
        round, difficulty, tags, companies, minutes, patterns, text(on, "task", ""));
  }

  private static List<String> keywords(JsonNode node) {
    if (node == null || node.isNull()) {
      return List.of();
    }
    if (node.isArray()) {
      List<String> out = new ArrayList<>();
      node.forEach(n -> out.add(n.asString()));
      return out;
    }
    return List.of(node.asString().trim().split("\\s+"));
  }

  private static List<Level> levels(YamlDoc yaml, Path root, JsonNode on) {
    JsonNode node = on.get("levels");
    if (node == null || node.isNull()) {
      return List.of();
    }
    if (!node.isArray() || node.isEmpty()) {
      throw yaml.error("levels", "onsite.levels must be a list of levels, each with an id");
    }
    List<Level> levels = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    for (JsonNode level : node) {
      if (!level.isObject() || !level.hasNonNull("id")) {
        throw yaml.error("levels", "each level needs an id, such as '- id: level-1'");
      }
      for (String key : names(level)) {
        if (!LEVEL_KEYS.contains(key)) {
          throw yaml.error(
              key, "unknown key '" + key + "' in a level (known: id, title, minutes, points)");
        }
      }
      String id = level.get("id").asString();
      if (!ID.matcher(id).matches() || id.equals("sample") || id.equals("secret")) {
        throw yaml.error(
            "levels",
            "level id '" + id + "' must be lowercase words joined by '-', such as level-1");
      }
      if (!seen.add(id)) {
        throw yaml.error("levels", "level id '" + id + "' appears twice");
      }
      Path statement =
          firstExisting(
              root.resolve("statement").resolve(id + ".md"),
              root.resolve("statement").resolve(id + ".en.md"));
      levels.add(
          new Level(
              id,
              text(level, "title", id),
              level.path("minutes").asInt(0),
              level.has("points") ? level.get("points").asDouble() : 100.0,
              statement));
    }
    return levels;
  }

  private static Path validatorDir(Path root, JsonNode top) {
    for (Path candidate :
        List.of(root.resolve("output_validator"), root.resolve("output_validators"))) {
      if (Files.isDirectory(candidate)) {
        if (candidate.getFileName().toString().equals("output_validators")) {
          try (Stream<Path> children = Files.list(candidate)) {
            List<Path> dirs = children.filter(Files::isDirectory).sorted().toList();
            if (!dirs.isEmpty()) {
              return dirs.get(0);
            }
          } catch (IOException e) {
            throw new PackageException(candidate, "cannot list: " + e.getMessage());
          }
        }
        return candidate;
      }
    }
    String validation =
        top.hasNonNull("validation") ? top.get("validation").asString("") : "default";
    if (validation.startsWith("custom")) {
      throw new PackageException(
          root.resolve("problem.yaml"),
          "validation is custom but there is no output_validator/ directory");
    }
    return null;
  }

  private static void collectTests(
      Path root,
      Path dir,
      String level,
      ProblemKind kind,
      List<String> defaultArgs,
      List<TestCase> out) {
    if (!Files.isDirectory(dir)) {
      return;
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files =
          walk.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList();
    } catch (IOException e) {
      throw new PackageException(dir, "cannot read: " + e.getMessage());
    }
    Path data = root.resolve("data");
    for (Path file : files) {
      String fileName = file.getFileName().toString();
      String extension = kind.jsonTests() ? ".json" : ".in";
      if (!fileName.endsWith(extension)) {
        continue;
      }
      String relative = data.relativize(file).toString().replace('\\', '/');
      String name = relative.substring(0, relative.length() - extension.length());
      String group = data.relativize(file.getParent()).toString().replace('\\', '/');
      if (level != null) {
        group = level;
      }
      boolean visible = ("/" + relative).contains("/sample/");
      Path answer = null;
      if (kind == ProblemKind.STDIO) {
        answer = file.resolveSibling(fileName.substring(0, fileName.length() - 3) + ".ans");
        if (!Files.isRegularFile(answer)) {
          throw new PackageException(answer, "missing: every .in needs its .ans beside it");
        }
      }
      out.add(
          new TestCase(
              name,
              group,
              level,
              visible,
              file,
              answer,
              validatorArgs(data, file.getParent(), defaultArgs)));
    }
  }

  /**
   * Find the output validator arguments for tests in {@code dir}: the nearest test group file that
   * sets them.
   */
  private static List<String> validatorArgs(Path data, Path dir, List<String> defaultArgs) {
    for (Path d = dir; d != null && d.startsWith(data); d = d.getParent()) {
      for (String name : List.of("test_group.yaml", "testdata.yaml")) {
        Path file = d.resolve(name);
        if (Files.isRegularFile(file)) {
          JsonNode node = YamlDoc.read(file).node();
          for (String key : List.of("output_validator_args", "output_validator_flags")) {
            if (node.has(key)) {
              return splitArgs(node.get(key));
            }
          }
        }
      }
    }
    return defaultArgs;
  }

  private static Map<String, Double> groupScores(Path secret) {
    Map<String, Double> scores = new LinkedHashMap<>();
    if (!Files.isDirectory(secret)) {
      return scores;
    }
    try (Stream<Path> children = Files.list(secret)) {
      for (Path group : children.filter(Files::isDirectory).sorted().toList()) {
        for (String name : List.of("test_group.yaml", "testdata.yaml")) {
          Path file = group.resolve(name);
          if (Files.isRegularFile(file)) {
            JsonNode node = YamlDoc.read(file).node();
            JsonNode score =
                node.has("score") ? node.get("score") : node.path("scoring").get("score");
            if (score == null) {
              score = node.get("accept_score");
            }
            if (score != null && score.isNumber()) {
              scores.put("secret/" + group.getFileName(), score.asDouble());
            }
          }
        }
      }
    } catch (IOException e) {
      throw new PackageException(secret, "cannot read: " + e.getMessage());
    }
    return scores;
  }

  static List<String> splitArgs(JsonNode node) {
    if (node == null || node.isNull()) {
      return List.of();
    }
    if (node.isArray()) {
      List<String> args = new ArrayList<>();
      node.forEach(n -> args.add(n.asString()));
      return args;
    }
    String text = node.asString().trim();
    return text.isEmpty() ? List.of() : List.of(text.split("\\s+"));
  }

  private static Map<Language, Path> starters(Path dir) {
    Map<Language, Path> starters = new EnumMap<>(Language.class);
    for (Path file : listFiles(dir)) {
      Language.byFile(file).ifPresent(language -> starters.putIfAbsent(language, file));
    }
    return starters;
  }

  private static List<SubmissionFile> submissions(Path dir) {
    List<SubmissionFile> submissions = new ArrayList<>();
    for (Map.Entry<String, Verdict> entry : SUBMISSION_DIRS.entrySet()) {
      for (Path file : listFiles(dir.resolve(entry.getKey()))) {
        if (Language.byFile(file).isPresent()) {
          submissions.add(new SubmissionFile(file, entry.getValue()));
        }
      }
    }
    return submissions;
  }

  private static List<Language> languages(
      YamlDoc yaml,
      JsonNode on,
      List<SubmissionFile> submissions,
      Map<Language, Path> starters,
      boolean onsite,
      ProblemKind kind) {
    if (kind == ProblemKind.SQL) {
      for (String id : on.has("languages") ? strings(yaml, on, "languages") : List.<String>of()) {
        if (Language.byId(id).orElse(null) != Language.SQL) {
          throw yaml.error(
              "languages",
              "an sql problem takes SQL queries only: drop languages, or list just sql (was '"
                  + id
                  + "')");
        }
      }
      return List.of(Language.SQL);
    }
    if (on.has("languages")) {
      List<Language> languages = new ArrayList<>();
      for (String id : strings(yaml, on, "languages")) {
        Language language =
            Language.byId(id)
                .orElseThrow(
                    () ->
                        yaml.error(
                            "languages",
                            "unknown language '" + id + "' (known: " + Language.ids() + ")"));
        if (language == Language.SQL) {
          throw yaml.error(
              "languages", "sql is the language of SQL problems only: set onsite.type: sql");
        }
        languages.add(language);
      }
      return languages;
    }
    if (!onsite) {
      return Language.programming();
    }
    Set<Language> found = new java.util.TreeSet<>(starters.keySet());
    submissions.stream()
        .filter(s -> s.expected() == Verdict.AC)
        .forEach(s -> Language.byFile(s.path()).ifPresent(found::add));
    found.remove(Language.SQL);
    return found.isEmpty() ? Language.programming() : List.copyOf(found);
  }

  private static Path statement(Path root) {
    return firstExisting(
        root.resolve("statement/problem.md"),
        root.resolve("statement/problem.en.md"),
        root.resolve("problem_statement/problem.md"),
        root.resolve("problem_statement/problem.en.md"),
        root.resolve("statement/problem.en.tex"),
        root.resolve("problem_statement/problem.en.tex"),
        root.resolve("problem_statement/problem.tex"));
  }

  private static Path firstExisting(Path... paths) {
    for (Path path : paths) {
      if (Files.isRegularFile(path)) {
        return path;
      }
    }
    return null;
  }

  private static List<Path> listFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> children = Files.list(dir)) {
      return children.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new PackageException(dir, "cannot read: " + e.getMessage());
    }
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.propertyNames().forEach(names::add);
    return names;
  }

  private static String text(JsonNode node, String key, String fallback) {
    JsonNode value = node.get(key);
    return value == null || value.isNull() ? fallback : value.asString();
  }

  private static List<String> strings(YamlDoc yaml, JsonNode node, String key) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (!value.isArray()) {
      throw yaml.error(key, key + " must be a list, such as [a, b]");
    }
    List<String> out = new ArrayList<>();
    value.forEach(v -> out.add(v.asString().trim().toLowerCase(Locale.ROOT)));
    return out;
  }

  /** A parsed YAML file that can point at the line of a key in its errors. */
  record YamlDoc(Path file, String text, JsonNode node) {

    static YamlDoc read(Path file) {
      String text;
      try {
        text = Files.readString(file);
      } catch (IOException e) {
        throw new PackageException(file, "cannot read: " + e.getMessage());
      }
      try {
        JsonNode node = YAML.readTree(text);
        if (node == null || node.isNull() || node.isMissingNode()) {
          node = JsonNodeFactory.instance.objectNode();
        }
        if (!node.isObject()) {
          throw new PackageException(file, 1, "must be a YAML mapping of keys to values");
        }
        return new YamlDoc(file, text, node);
      } catch (JacksonException e) {
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        throw new PackageException(
            file,
            line,
            "invalid YAML: " + e.getOriginalMessage().lines().findFirst().orElse("syntax error"));
      }
    }

    PackageException error(String key, String problem) {
      return new PackageException(file, lineOf(key), problem);
    }

    private int lineOf(String key) {
      Matcher m =
          Pattern.compile("^\\s*-?\\s*" + Pattern.quote(key) + "\\s*:", Pattern.MULTILINE)
              .matcher(text);
      if (!m.find()) {
        return 0;
      }
      return (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
    }
  }
}
