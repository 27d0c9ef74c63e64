package dev.onsite.judge.review;

import dev.onsite.judge.problem.PackageException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Load code review packages ({@code review.yaml}, {@code statement.md}, {@code code/}, {@code
 * defects.yaml}) and parse candidates' reviews (YAML, or the same as JSON).
 *
 * <p>A package error is a {@link PackageException} naming the file and line; a review error is a
 * {@link ReviewException} naming the comment.
 */
public final class ReviewLoader {

  /** The most a review file may hold; reviews are a few kilobytes. */
  public static final int MAX_REVIEW_BYTES = 256 * 1024;

  /** The most comments one review may have. */
  public static final int MAX_COMMENTS = 200;

  /** The limits on the code under review. */
  public static final int MAX_FILES = 6;

  public static final int MIN_LINES = 40;
  public static final int MAX_LINES = 250;

  private static final YAMLMapper YAML = YAMLMapper.builder().build();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

  private static final Set<String> REVIEW_KEYS =
      Set.of(
          "title",
          "round",
          "difficulty",
          "minutes",
          "language",
          "ai_generated",
          "companies",
          "tags",
          "pass_mark",
          "line_tolerance");

  private static final Set<String> DEFECT_KEYS =
      Set.of("id", "file", "lines", "category", "severity", "title", "explanation");

  private static final Set<String> COMMENT_KEYS =
      Set.of("file", "line", "lines", "category", "text");

  private static final Set<String> DIFFICULTIES = Set.of("easy", "medium", "hard");
  private static final Set<String> LANGUAGES = Set.of("python", "java");

  private ReviewLoader() {}

  /** Whether {@code dir} looks like a review package (it has a review.yaml). */
  public static boolean isReviewPackage(Path dir) {
    return Files.isRegularFile(dir.resolve("review.yaml"));
  }

  /**
   * Load the review package at {@code dir}.
   *
   * @throws PackageException naming the file (and line) at fault
   */
  public static ReviewPackage load(Path dir) {
    Path root = dir.toAbsolutePath().normalize();
    if (!Files.isDirectory(root)) {
      throw new PackageException(
          dir,
          Files.exists(root)
              ? "not a directory (give the review's directory)"
              : "no such directory");
    }
    Path yamlFile = root.resolve("review.yaml");
    if (!Files.isRegularFile(yamlFile)) {
      throw new PackageException(dir, "no review.yaml: is this a review package directory?");
    }
    String id = root.getFileName().toString();
    if (!ID.matcher(id).matches()) {
      throw new PackageException(
          dir, "the directory name '" + id + "' is not an id: use lowercase words joined by '-'");
    }
    Doc meta = Doc.read(yamlFile);
    JsonNode top = meta.node();
    for (String key : names(top)) {
      if (!REVIEW_KEYS.contains(key)) {
        throw meta.error(key, "unknown key '" + key + "' (known: " + sorted(REVIEW_KEYS) + ")");
      }
    }
    String title = requiredText(meta, top, "title");
    String round = requiredText(meta, top, "round");
    if (!round.equals("code-review")) {
      throw meta.error("round", "round must be 'code-review', was '" + round + "'");
    }
    String difficulty = requiredText(meta, top, "difficulty");
    if (!DIFFICULTIES.contains(difficulty)) {
      throw meta.error(
          "difficulty", "difficulty must be easy, medium or hard, was '" + difficulty + "'");
    }
    int minutes = requiredInt(meta, top, "minutes", 1, 600);
    String language = requiredText(meta, top, "language");
    if (!LANGUAGES.contains(language)) {
      throw meta.error("language", "language must be python or java, was '" + language + "'");
    }
    boolean aiGenerated = false;
    if (top.hasNonNull("ai_generated")) {
      if (!top.get("ai_generated").isBoolean()) {
        throw meta.error("ai_generated", "ai_generated must be true or false");
      }
      aiGenerated = top.get("ai_generated").asBoolean();
    }
    List<String> companies = stringList(meta, top, "companies");
    List<String> tags = stringList(meta, top, "tags");
    int passMark = requiredInt(meta, top, "pass_mark", 0, 100);
    int tolerance =
        top.hasNonNull("line_tolerance")
            ? requiredInt(meta, top, "line_tolerance", 0, 20)
            : ReviewPackage.DEFAULT_LINE_TOLERANCE;

    Path statementFile = root.resolve("statement.md");
    if (!Files.isRegularFile(statementFile)) {
      throw new PackageException(statementFile, "missing: the context a reviewer gets (Markdown)");
    }
    String statement = readText(statementFile);
    if (statement.isBlank()) {
      throw new PackageException(statementFile, "empty: describe the change under review");
    }

    Map<String, String> code = code(root);
    List<Defect> defects = defects(root, code);
    return new ReviewPackage(
        root,
        id,
        title,
        round,
        difficulty,
        minutes,
        language,
        aiGenerated,
        companies,
        tags,
        passMark,
        tolerance,
        statement,
        code,
        defects,
        reviews(root.resolve("submissions/full")),
        reviews(root.resolve("submissions/weak")));
  }

  private static Map<String, String> code(Path root) {
    Path codeDir = root.resolve("code");
    if (!Files.isDirectory(codeDir)) {
      throw new PackageException(codeDir, "missing: the files under review go in code/");
    }
    Map<String, String> code = new TreeMap<>();
    try (Stream<Path> files = Files.walk(codeDir)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        String name = root.relativize(file).toString().replace('\\', '/');
        code.put(name, readText(file));
      }
    } catch (IOException e) {
      throw new PackageException(codeDir, "cannot read: " + e.getMessage());
    }
    if (code.isEmpty() || code.size() > MAX_FILES) {
      throw new PackageException(
          codeDir,
          "has " + code.size() + " files; a review has 1 to " + MAX_FILES + " files under code/");
    }
    int lines = code.values().stream().mapToInt(ReviewPackage::countLines).sum();
    if (lines < MIN_LINES || lines > MAX_LINES) {
      throw new PackageException(
          codeDir,
          "has "
              + lines
              + " lines in all; a review has "
              + MIN_LINES
              + " to "
              + MAX_LINES
              + " lines of code");
    }
    return code;
  }

  private static List<Defect> defects(Path root, Map<String, String> code) {
    Path file = root.resolve("defects.yaml");
    if (!Files.isRegularFile(file)) {
      throw new PackageException(file, "missing: the planted defects (the answer key)");
    }
    Doc doc = Doc.read(file);
    for (String key : names(doc.node())) {
      if (!key.equals("defects")) {
        throw doc.error(key, "unknown key '" + key + "' (defects.yaml has one key: defects)");
      }
    }
    JsonNode list = doc.node().get("defects");
    if (list == null || !list.isArray() || list.isEmpty()) {
      throw doc.error("defects", "defects must be a non-empty list of defects");
    }
    List<Integer> itemLines = Doc.itemLines(doc.text(), "defects", YAML);
    List<Defect> defects = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode d = list.get(i);
      int line = i < itemLines.size() ? itemLines.get(i) : 0;
      String where = "defect " + (i + 1);
      if (!d.isObject()) {
        throw new PackageException(file, line, where + " must be a mapping (id, file, lines, ...)");
      }
      for (String key : names(d)) {
        if (!DEFECT_KEYS.contains(key)) {
          throw new PackageException(
              file,
              line,
              where + ": unknown key '" + key + "' (known: " + sorted(DEFECT_KEYS) + ")");
        }
      }
      for (String key : List.of("id", "file", "lines", "category", "severity", "title")) {
        if (!d.hasNonNull(key)) {
          throw new PackageException(file, line, where + ": missing key '" + key + "'");
        }
      }
      String id = d.get("id").asString("");
      where = "defect " + id;
      if (!ID.matcher(id).matches()) {
        throw new PackageException(
            file, line, where + ": the id must be lowercase words joined by '-'");
      }
      if (!ids.add(id)) {
        throw new PackageException(file, line, where + ": duplicate id (ids are unique)");
      }
      String path = d.get("file").asString("");
      if (!code.containsKey(path)) {
        throw new PackageException(
            file,
            line,
            where
                + ": file '"
                + path
                + "' is not under code/ (files: "
                + String.join(", ", code.keySet())
                + ")");
      }
      int[] range = range(d.get("lines"));
      if (range == null) {
        throw new PackageException(
            file, line, where + ": lines must be [first, last] with 1 <= first <= last");
      }
      int count = ReviewPackage.countLines(code.get(path));
      if (range[1] > count) {
        throw new PackageException(
            file,
            line,
            where
                + ": lines "
                + range[0]
                + "-"
                + range[1]
                + " run past the end of "
                + path
                + " ("
                + count
                + " lines)");
      }
      String categoryId = d.get("category").asString("");
      Category category =
          Category.byId(categoryId)
              .orElseThrow(
                  () ->
                      new PackageException(
                          file,
                          line,
                          "defect "
                              + id
                              + ": unknown category '"
                              + categoryId
                              + "' (known: "
                              + Category.ids()
                              + ")"));
      JsonNode severity = d.get("severity");
      if (!severity.isIntegralNumber() || severity.asInt() < 1 || severity.asInt() > 3) {
        throw new PackageException(
            file,
            line,
            where + ": severity must be 1 (minor), 2 (major) or 3 (critical), was " + severity);
      }
      String title = d.get("title").asString("");
      if (title.isBlank()) {
        throw new PackageException(file, line, where + ": the title is empty");
      }
      String explanation = d.hasNonNull("explanation") ? d.get("explanation").asString("") : "";
      if (explanation.isBlank()) {
        throw new PackageException(
            file, line, where + ": missing key 'explanation' (what is wrong, why, the fix)");
      }
      defects.add(
          new Defect(
              id,
              path,
              range[0],
              range[1],
              category,
              severity.asInt(),
              title,
              explanation.strip()));
    }
    return defects;
  }

  /** [first, last] from a list of one or two positive integers, or null. */
  private static int[] range(JsonNode lines) {
    if (lines == null) {
      return null;
    }
    if (lines.isIntegralNumber()) {
      int n = lines.asInt();
      return n >= 1 ? new int[] {n, n} : null;
    }
    if (!lines.isArray() || lines.isEmpty() || lines.size() > 2) {
      return null;
    }
    for (JsonNode n : lines) {
      if (!n.isIntegralNumber()) {
        return null;
      }
    }
    int first = lines.get(0).asInt();
    int last = lines.get(lines.size() - 1).asInt();
    return first >= 1 && last >= first ? new int[] {first, last} : null;
  }

  private static List<Path> reviews(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(Files::isRegularFile)
          .filter(
              f -> {
                String n = f.getFileName().toString();
                return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
              })
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new PackageException(dir, "cannot read: " + e.getMessage());
    }
  }

  /**
   * Read a candidate's review file.
   *
   * @throws ReviewException with a one-line reason naming the file and the comment
   */
  public static List<Comment> readReview(ReviewPackage pkg, Path file) {
    if (!Files.isRegularFile(file)) {
      throw new ReviewException(file + ": no such file");
    }
    byte[] bytes;
    try {
      if (Files.size(file) > MAX_REVIEW_BYTES) {
        throw new ReviewException(
            file + ": the file is larger than " + (MAX_REVIEW_BYTES / 1024) + " KiB");
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ReviewException(file + ": cannot read: " + e.getMessage());
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new ReviewException(file + ": not UTF-8 text");
    }
    return parseReview(pkg, text, file.toString());
  }

  /**
   * Parse a review given as YAML or JSON: a mapping with a {@code comments:} list. An empty
   * document or an empty list is an empty review (it scores 0), not an error.
   *
   * @param source how errors name the review (a file name)
   * @throws ReviewException with a one-line reason naming the comment
   */
  public static List<Comment> parseReview(ReviewPackage pkg, String text, String source) {
    if (text.length() > MAX_REVIEW_BYTES) {
      throw new ReviewException(
          source + ": the review is larger than " + (MAX_REVIEW_BYTES / 1024) + " KiB");
    }
    String trimmed = text.strip();
    ObjectMapper mapper = trimmed.startsWith("{") || trimmed.startsWith("[") ? JSON : YAML;
    JsonNode top;
    try {
      top = trimmed.isEmpty() ? null : mapper.readTree(text);
    } catch (JacksonException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new ReviewException(
          source
              + (line > 0 ? ":" + line : "")
              + ": does not parse as "
              + (mapper == JSON ? "JSON" : "YAML")
              + ": "
              + e.getOriginalMessage().lines().findFirst().orElse("syntax error"));
    }
    if (top == null || top.isNull() || top.isMissingNode()) {
      return List.of();
    }
    if (!top.isObject()) {
      throw new ReviewException(
          source + ": a review is a mapping with a 'comments:' list (see docs/problem-format.md)");
    }
    for (String key : names(top)) {
      if (!key.equals("comments")) {
        throw new ReviewException(
            source + ": unknown key '" + key + "' (a review has one key: comments)");
      }
    }
    JsonNode list = top.get("comments");
    if (list == null || list.isNull()) {
      return List.of();
    }
    if (!list.isArray()) {
      throw new ReviewException(source + ": comments must be a list of comments");
    }
    if (list.size() > MAX_COMMENTS) {
      throw new ReviewException(
          source + ": " + list.size() + " comments; a review has at most " + MAX_COMMENTS);
    }
    List<Integer> itemLines = Doc.itemLines(text, "comments", mapper);
    List<Comment> comments = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      int line = i < itemLines.size() ? itemLines.get(i) : 0;
      String where = source + (line > 0 ? ":" + line : "") + ": comment " + (i + 1);
      comments.add(comment(pkg, list.get(i), i + 1, where));
    }
    return comments;
  }

  private static Comment comment(ReviewPackage pkg, JsonNode c, int index, String where) {
    if (!c.isObject()) {
      throw new ReviewException(where + " must be a mapping (file, line, category, text)");
    }
    for (String key : names(c)) {
      if (!COMMENT_KEYS.contains(key)) {
        throw new ReviewException(
            where + ": unknown key '" + key + "' (known: " + sorted(COMMENT_KEYS) + ")");
      }
    }
    if (!c.hasNonNull("file")) {
      throw new ReviewException(where + ": missing key 'file' (such as code/...)");
    }
    String file = c.get("file").asString("");
    if (!pkg.code().containsKey(file) && pkg.code().containsKey("code/" + file)) {
      file = "code/" + file;
    }
    if (!pkg.code().containsKey(file)) {
      throw new ReviewException(
          where
              + ": file '"
              + c.get("file").asString("")
              + "' is not in the package (files: "
              + String.join(", ", pkg.code().keySet())
              + ")");
    }
    JsonNode lines = c.hasNonNull("lines") ? c.get("lines") : c.get("line");
    if (lines == null || lines.isNull()) {
      throw new ReviewException(where + ": missing key 'line' (or lines: [first, last])");
    }
    if (c.hasNonNull("line") && c.hasNonNull("lines")) {
      throw new ReviewException(where + ": give either line or lines, not both");
    }
    int[] range = range(lines);
    if (range == null) {
      throw new ReviewException(
          where + ": the line must be a number >= 1, or lines: [first, last] with first <= last");
    }
    int count = pkg.lineCount(file);
    if (range[1] > count) {
      throw new ReviewException(
          where + ": line " + range[1] + " does not exist (" + file + " has " + count + " lines)");
    }
    if (!c.hasNonNull("category")) {
      throw new ReviewException(where + ": missing key 'category' (" + Category.ids() + ")");
    }
    String categoryId = c.get("category").asString("");
    Category category =
        Category.byId(categoryId)
            .orElseThrow(
                () ->
                    new ReviewException(
                        where
                            + ": unknown category '"
                            + categoryId
                            + "' (known: "
                            + Category.ids()
                            + ")"));
    String text = c.hasNonNull("text") ? c.get("text").asString("") : "";
    return new Comment(index, file, range[0], range[1], category, text.strip());
  }

  private static String readText(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new PackageException(file, "not UTF-8 text");
    } catch (IOException e) {
      throw new PackageException(file, "cannot read: " + e.getMessage());
    }
  }

  private static String requiredText(Doc doc, JsonNode top, String key) {
    JsonNode value = top.get(key);
    if (value == null || value.isNull()) {
      throw new PackageException(doc.file(), "missing key '" + key + "'");
    }
    if (!value.isString() || value.asString().isBlank()) {
      throw doc.error(key, key + " must be a non-empty string");
    }
    return value.asString().strip();
  }

  private static int requiredInt(Doc doc, JsonNode top, String key, int min, int max) {
    JsonNode value = top.get(key);
    if (value == null || value.isNull()) {
      throw new PackageException(doc.file(), "missing key '" + key + "'");
    }
    if (!value.isIntegralNumber() || value.asInt() < min || value.asInt() > max) {
      throw doc.error(
          key, key + " must be a whole number from " + min + " to " + max + ", was " + value);
    }
    return value.asInt();
  }

  private static List<String> stringList(Doc doc, JsonNode top, String key) {
    JsonNode value = top.get(key);
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (!value.isArray()) {
      throw doc.error(key, key + " must be a list, such as [a, b]");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode item : value) {
      if (!item.isString() || item.asString().isBlank()) {
        throw doc.error(key, key + " must be a list of names");
      }
      out.add(item.asString().strip());
    }
    return out;
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.propertyNames().forEach(names::add);
    return names;
  }

  private static String sorted(Set<String> keys) {
    return String.join(", ", keys.stream().sorted().toList());
  }

  /** A YAML file's text and tree, to name the line of a key in errors. */
  record Doc(Path file, String text, JsonNode node) {

    static Doc read(Path file) {
      String text = readText(file);
      try {
        JsonNode node = YAML.readTree(text);
        if (node == null || node.isNull() || node.isMissingNode()) {
          node = JsonNodeFactory.instance.objectNode();
        }
        if (!node.isObject()) {
          throw new PackageException(file, 1, "must be a YAML mapping of keys to values");
        }
        return new Doc(file, text, node);
      } catch (JacksonException e) {
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        throw new PackageException(
            file,
            line,
            "invalid YAML: " + e.getOriginalMessage().lines().findFirst().orElse("syntax error"));
      }
    }

    PackageException error(String key, String problem) {
      var m =
          Pattern.compile("^\\s*" + Pattern.quote(key) + "\\s*:", Pattern.MULTILINE).matcher(text);
      int line =
          m.find()
              ? (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1
              : 0;
      return new PackageException(file, line, problem);
    }

    /**
     * The line on which each item of the top-level list {@code key} starts (best effort: empty when
     * the text cannot be streamed).
     */
    static List<Integer> itemLines(String text, String key, ObjectMapper mapper) {
      List<Integer> lines = new ArrayList<>();
      try (JsonParser p = mapper.createParser(text)) {
        int depth = 0;
        boolean inList = false;
        JsonToken t;
        while ((t = p.nextToken()) != null) {
          if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
            depth++;
            if (depth == 2 && t == JsonToken.START_ARRAY && key.equals(p.currentName())) {
              inList = true;
            } else if (depth == 3 && inList) {
              lines.add(p.currentTokenLocation().getLineNr());
            }
          } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
            if (depth == 2) {
              inList = false;
            }
            depth--;
          } else if (depth == 2 && inList) {
            lines.add(p.currentTokenLocation().getLineNr());
          }
        }
      } catch (JacksonException e) {
        return List.of();
      }
      return lines;
    }
  }
}
