package dev.onsite.judge.takehome;

import dev.onsite.judge.problem.PackageException;
import dev.onsite.judge.review.ReviewLoader;
import dev.onsite.judge.review.ReviewLoader.Doc;
import dev.onsite.judge.takehome.TakeHomePackage.WrongFinder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * Load take-home packages ({@code takehome.yaml}, {@code statement.md}, {@code
 * generator/generate.py}, {@code submissions/accepted|wrong/*.py}).
 *
 * <p>An error is a {@link PackageException} naming the file (and line). The YAML helpers are the
 * code review loader's.
 */
public final class TakeHomeLoader {

  /** The largest finder a candidate may submit. */
  public static final int MAX_SOURCE_BYTES = 256 * 1024;

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
  private static final Pattern MISSES =
      Pattern.compile("^#\\s*misses:\\s*(.+)$", Pattern.MULTILINE);

  private static final Set<String> KEYS =
      Set.of(
          "title", "hours", "difficulty", "companies", "tags", "wall_seconds", "faults", "rubric");
  private static final Set<String> FAULT_KEYS = Set.of("kind", "weight", "description");
  private static final Set<String> PART_KEYS =
      Set.of("part", "title", "weight", "graded", "checklist");
  private static final Set<String> DIFFICULTIES = Set.of("easy", "medium", "hard");

  private TakeHomeLoader() {}

  /** Whether {@code dir} looks like a take-home package (it has a takehome.yaml). */
  public static boolean isTakeHomePackage(Path dir) {
    return Files.isRegularFile(dir.resolve("takehome.yaml"));
  }

  /**
   * Load the take-home package at {@code dir}.
   *
   * @throws PackageException naming the file (and line) at fault
   */
  public static TakeHomePackage load(Path dir) {
    Path root = dir.toAbsolutePath().normalize();
    if (!Files.isDirectory(root)) {
      throw new PackageException(dir, Files.exists(root) ? "not a directory" : "no such directory");
    }
    Path yamlFile = root.resolve("takehome.yaml");
    if (!Files.isRegularFile(yamlFile)) {
      throw new PackageException(dir, "no takehome.yaml: is this a take-home package directory?");
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
    int hours = ReviewLoader.requiredInt(meta, top, "hours", 1, 72);
    String difficulty = ReviewLoader.requiredText(meta, top, "difficulty");
    if (!DIFFICULTIES.contains(difficulty)) {
      throw meta.error(
          "difficulty", "difficulty must be easy, medium or hard, was '" + difficulty + "'");
    }
    List<String> companies = ReviewLoader.stringList(meta, top, "companies");
    List<String> tags = ReviewLoader.stringList(meta, top, "tags");
    int wall =
        top.has("wall_seconds") ? ReviewLoader.requiredInt(meta, top, "wall_seconds", 1, 600) : 60;
    List<FaultKind> faults = faults(meta, top.get("faults"));
    List<RubricPart> rubric = rubric(meta, top.get("rubric"));

    Path statementFile = root.resolve("statement.md");
    if (!Files.isRegularFile(statementFile)) {
      throw new PackageException(statementFile, "missing: what the candidate is asked (Markdown)");
    }
    String statement = ReviewLoader.readText(statementFile);
    if (statement.isBlank()) {
      throw new PackageException(statementFile, "empty: describe the task and the data");
    }
    Path generator = root.resolve("generator/generate.py");
    if (!Files.isRegularFile(generator)) {
      throw new PackageException(
          generator, "missing: the script that writes the dataset and the answer key from a seed");
    }
    List<Path> accepted = finders(root.resolve("submissions/accepted"));
    List<WrongFinder> wrong = new ArrayList<>();
    Set<String> kinds = new LinkedHashSet<>(faults.stream().map(FaultKind::id).toList());
    for (Path file : finders(root.resolve("submissions/wrong"))) {
      Matcher m = MISSES.matcher(ReviewLoader.readText(file));
      if (!m.find()) {
        throw new PackageException(
            file,
            "a wrong finder says what it misses in a line such as '# misses: duplicate_rows'");
      }
      List<String> misses =
          Arrays.stream(m.group(1).split(","))
              .map(String::strip)
              .filter(s -> !s.isEmpty())
              .toList();
      for (String kind : misses) {
        if (!kinds.contains(kind)) {
          throw new PackageException(
              file,
              "'# misses:' names '"
                  + kind
                  + "', not a fault kind of takehome.yaml ("
                  + kinds
                  + ")");
        }
      }
      if (misses.isEmpty()) {
        throw new PackageException(file, "'# misses:' names no fault kind");
      }
      wrong.add(new WrongFinder(file, misses));
    }
    return new TakeHomePackage(
        root,
        id,
        title,
        hours,
        difficulty,
        companies,
        tags,
        statement,
        faults,
        rubric,
        wall,
        generator,
        accepted,
        wrong);
  }

  private static List<FaultKind> faults(Doc meta, JsonNode node) {
    if (node == null || !node.isArray() || node.isEmpty()) {
      throw meta.error(
          "faults", "faults must be a list such as [{kind: duplicate_rows, weight: 1}]");
    }
    List<FaultKind> faults = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (JsonNode f : node) {
      if (!f.isObject()) {
        throw meta.error("faults", "each fault is a mapping {kind, weight, description}");
      }
      for (String key : ReviewLoader.names(f)) {
        if (!FAULT_KEYS.contains(key)) {
          throw meta.error(
              key,
              "faults: unknown key '" + key + "' (known: " + ReviewLoader.sorted(FAULT_KEYS) + ")");
        }
      }
      String kind = ReviewLoader.requiredText(meta, f, "kind");
      if (!FaultKind.ID.matcher(kind).matches()) {
        throw meta.error("kind", "fault kind '" + kind + "' must be lower_snake_case");
      }
      if (!seen.add(kind)) {
        throw meta.error("kind", "fault kind '" + kind + "' is listed twice");
      }
      JsonNode weight = f.get("weight");
      if (weight == null || !weight.isNumber() || !(weight.asDouble() > 0)) {
        throw meta.error("weight", "faults: the weight of " + kind + " must be a number > 0");
      }
      String description = f.path("description").asString("");
      faults.add(new FaultKind(kind, weight.asDouble(), description));
    }
    return faults;
  }

  private static List<RubricPart> rubric(Doc meta, JsonNode node) {
    if (node == null || !node.isArray() || node.isEmpty()) {
      throw meta.error(
          "rubric",
          "rubric must be a list of parts such as [{part: detection, title: ..., weight: 40,"
              + " graded: true}, ...]");
    }
    List<RubricPart> parts = new ArrayList<>();
    for (JsonNode p : node) {
      if (!p.isObject()) {
        throw meta.error("rubric", "each rubric part is a mapping {part, title, weight, ...}");
      }
      for (String key : ReviewLoader.names(p)) {
        if (!PART_KEYS.contains(key)) {
          throw meta.error(
              key,
              "rubric: unknown key '" + key + "' (known: " + ReviewLoader.sorted(PART_KEYS) + ")");
        }
      }
      String id = ReviewLoader.requiredText(meta, p, "part");
      String title = ReviewLoader.requiredText(meta, p, "title");
      int weight = ReviewLoader.requiredInt(meta, p, "weight", 1, 100);
      boolean graded = p.path("graded").asBoolean(false);
      List<String> checklist = ReviewLoader.stringList(meta, p, "checklist");
      if (!graded && checklist.isEmpty()) {
        throw meta.error(
            "part", "rubric part '" + id + "' is not graded: give it a self-review checklist");
      }
      parts.add(new RubricPart(id, title, weight, graded, checklist));
    }
    long graded = parts.stream().filter(RubricPart::graded).count();
    if (graded != 1) {
      throw meta.error(
          "rubric",
          "exactly one rubric part is graded (detection, by precision and recall); "
              + graded
              + " are");
    }
    int total = parts.stream().mapToInt(RubricPart::weight).sum();
    if (total != 100) {
      throw meta.error("rubric", "the rubric's weights add up to " + total + ", not 100");
    }
    return parts;
  }

  private static List<Path> finders(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(dir)) {
      return entries
          .filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".py"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new PackageException(dir, "cannot read: " + e.getMessage());
    }
  }
}
