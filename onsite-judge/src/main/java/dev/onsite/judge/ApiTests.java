package dev.onsite.judge;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.onsite.judge.check.MetricCheck;
import dev.onsite.judge.check.Table;
import dev.onsite.judge.problem.PackageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Read api test files, check their shape, and make the copy that goes into the sandbox: the calls
 * without their expected values.
 */
final class ApiTests {

  static final JsonMapper JSON =
      JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

  private static final java.util.Set<String> CALL_KEYS =
      java.util.Set.of(
          "new",
          "as",
          "on",
          "call",
          "args",
          "expect",
          "raises",
          "unordered",
          "tolerance",
          "note",
          "numgrad",
          "wrt",
          "weights",
          "eps",
          "pick",
          "same_as",
          "slice",
          "check",
          "gradcheck",
          "inspect",
          "unchanged",
          "differs_from",
          "metric");

  /** What {@code "inspect"} may look at of an nn.Module instance. */
  static final java.util.Set<String> INSPECTIONS =
      java.util.Set.of("parameters", "buffers", "state", "grads", "training");

  /** The property checks a call may ask for with {@code "check"}. */
  static final java.util.Set<String> CHECKS = java.util.Set.of("probabilities", "finite");

  /** The dtypes a {@code $tensor} value may have (the Python harness knows the same list). */
  static final java.util.Set<String> TENSOR_DTYPES =
      java.util.Set.of("float32", "float64", "int64", "int32", "bool");

  /** What is wrong with the first malformed {@code $tensor} value in {@code node}, or null. */
  static String tensorProblem(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isArray()) {
      for (JsonNode item : node) {
        String problem = tensorProblem(item);
        if (problem != null) {
          return problem;
        }
      }
      return null;
    }
    if (!node.isObject()) {
      return null;
    }
    if (!node.has("$tensor")) {
      for (JsonNode item : node) {
        String problem = tensorProblem(item);
        if (problem != null) {
          return problem;
        }
      }
      return null;
    }
    for (String key : node.propertyNames()) {
      if (!java.util.Set.of("$tensor", "dtype", "shape", "requires_grad").contains(key)) {
        return "a $tensor has an unknown key '" + key + "' (known: dtype, shape, requires_grad)";
      }
    }
    String dtype = node.path("dtype").asString("float32");
    if (!TENSOR_DTYPES.contains(dtype)) {
      return "a $tensor's dtype must be one of float32, float64, int64, int32, bool, was '"
          + node.path("dtype")
          + "'";
    }
    JsonNode grad = node.get("requires_grad");
    if (grad != null && !grad.isBoolean()) {
      return "a $tensor's requires_grad must be true or false";
    }
    if (grad != null && grad.asBoolean() && !dtype.startsWith("float")) {
      return "only a float32 or float64 $tensor can require grad, not " + dtype;
    }
    long count = count(node.get("$tensor"));
    if (count < 0) {
      return "a $tensor's values must be a number, a boolean or a nested list of them";
    }
    JsonNode shape = node.get("shape");
    if (shape != null) {
      long product = 1;
      if (!shape.isArray()) {
        return "a $tensor's shape must be a list of sizes, like [2, 3]";
      }
      for (JsonNode size : shape) {
        if (!size.isIntegralNumber() || size.asLong() < 0) {
          return "a $tensor's shape must be a list of sizes, like [2, 3], was " + shape;
        }
        product *= size.asLong();
      }
      if (product != count) {
        return "a $tensor of shape " + shape + " needs " + product + " values, has " + count;
      }
    }
    return null;
  }

  private static String callKind(JsonNode call) {
    for (String kind : new String[] {"new", "numgrad", "gradcheck", "inspect"}) {
      if (call.has(kind)) {
        return "\"" + kind + "\"";
      }
    }
    return "call";
  }

  /** The number of scalars in nested lists, or -1 when something else is in there. */
  private static long count(JsonNode values) {
    if (values.isNumber() || values.isBoolean()) {
      return 1;
    }
    if (!values.isArray()) {
      return -1;
    }
    long total = 0;
    for (JsonNode item : values) {
      long n = count(item);
      if (n < 0) {
        return -1;
      }
      total += n;
    }
    return total;
  }

  /**
   * How many bytes of test files stay parsed between submissions. A parsed tree takes five to ten
   * times its file in memory; unbounded, the shipped catalogue's trees grew the server's heap by
   * 170 MB as submissions visited package after package (`./onsite bench --catalogue`, soak).
   */
  static final long CACHED_TEST_BYTES = 4L << 20;

  private final Cache<Path, Parsed> cache =
      Caffeine.newBuilder()
          .maximumWeight(CACHED_TEST_BYTES)
          .weigher((Path file, Parsed parsed) -> (int) Math.min(Integer.MAX_VALUE, parsed.bytes()))
          .build();

  /** A test file: the full test and the copy for the harness. */
  record Parsed(JsonNode test, ObjectNode forHarness, long modified, long bytes) {}

  Parsed read(Path file) {
    return read(file, false);
  }

  /**
   * Read an SQL problem's test file: {@code {"tables": {"name": $frame, ...}, "expect": $frame}},
   * with optional {@code "tolerance"} and {@code "note"}. The copy for the harness holds the tables
   * only.
   */
  Parsed readSql(Path file) {
    return read(file, true);
  }

  private Parsed read(Path file, boolean sql) {
    long modified;
    try {
      modified = Files.getLastModifiedTime(file).toMillis();
    } catch (IOException e) {
      throw new PackageException(file, "cannot read: " + e.getMessage());
    }
    Parsed cached = cache.getIfPresent(file);
    if (cached != null && cached.modified == modified) {
      return cached;
    }
    Parsed parsed = sql ? parseSql(file, modified, size(file)) : parse(file, modified, size(file));
    cache.put(file, parsed);
    return parsed;
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new PackageException(file, "cannot read: " + e.getMessage());
    }
  }

  /** The keys of an SQL test file. */
  private static final java.util.Set<String> SQL_KEYS =
      java.util.Set.of("tables", "expect", "tolerance", "note");

  private static Parsed parseSql(Path file, long modified, long bytes) {
    JsonNode test = readJson(file);
    if (test == null || !test.isObject()) {
      throw new PackageException(
          file,
          "an sql test is an object: {\"tables\": {\"name\": {\"$frame\": ...}}, \"expect\": ...}");
    }
    for (String key : test.propertyNames()) {
      if (!SQL_KEYS.contains(key)) {
        throw new PackageException(
            file,
            "an sql test has an unknown key '"
                + key
                + "' (known: "
                + String.join(", ", new java.util.TreeSet<>(SQL_KEYS))
                + ")");
      }
    }
    JsonNode tables = test.get("tables");
    if (tables == null || !tables.isObject() || tables.isEmpty()) {
      throw new PackageException(
          file, "an sql test needs \"tables\": an object of table names to $frame values");
    }
    for (String name : tables.propertyNames()) {
      if (!name.matches("[A-Za-z_][A-Za-z0-9_]*") || name.toLowerCase().startsWith("sqlite_")) {
        throw new PackageException(
            file,
            "table '"
                + name
                + "': a table name is letters, digits and _ (not starting with a digit or"
                + " sqlite_)");
      }
      JsonNode table = tables.get(name);
      String problem = Table.isFrame(table) ? Table.problem(table) : "must be a $frame value";
      if (problem == null && table.has("ordered")) {
        problem = "\"ordered\" belongs to the expected result, not to a table";
      }
      if (problem != null) {
        throw new PackageException(file, "table '" + name + "': " + problem);
      }
    }
    JsonNode expect = test.get("expect");
    String problem = Table.isFrame(expect) ? Table.problem(expect) : "must be a $frame value";
    if (problem != null) {
      throw new PackageException(file, "expect: " + problem);
    }
    if (test.has("tolerance") && !test.get("tolerance").isObject()) {
      throw new PackageException(file, "tolerance must be an object like {\"rel\": 1e-9}");
    }
    ObjectNode forHarness = JSON.createObjectNode();
    forHarness.set("tables", tables);
    return new Parsed(test, forHarness, modified, bytes);
  }

  private static JsonNode readJson(Path file) {
    try {
      return JSON.readTree(Files.readString(file));
    } catch (JacksonException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new PackageException(
          file, line, "invalid JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""));
    } catch (IOException e) {
      throw new PackageException(file, "cannot read: " + e.getMessage());
    }
  }

  private static Parsed parse(Path file, long modified, long bytes) {
    JsonNode test = readJson(file);
    if (test == null
        || !test.isObject()
        || !test.path("calls").isArray()
        || test.get("calls").isEmpty()) {
      throw new PackageException(file, "an api test is an object with a non-empty \"calls\" list");
    }
    ArrayNode calls = JSON.createArrayNode();
    int index = 0;
    for (JsonNode call : test.get("calls")) {
      index++;
      if (!call.isObject()) {
        throw new PackageException(
            file, "call " + index + " must be an object like {\"call\": \"get\", \"args\": [1]}");
      }
      for (String key : call.propertyNames()) {
        if (!CALL_KEYS.contains(key)) {
          throw new PackageException(
              file,
              "call "
                  + index
                  + " has an unknown key '"
                  + key
                  + "' (known: "
                  + String.join(", ", new java.util.TreeSet<>(CALL_KEYS))
                  + ")");
        }
      }
      int kinds =
          (call.path("new").isString() ? 1 : 0)
              + (call.path("call").isString() ? 1 : 0)
              + (call.path("numgrad").isString() ? 1 : 0)
              + (call.path("gradcheck").isString() ? 1 : 0)
              + (call.path("inspect").isString() ? 1 : 0);
      if (kinds != 1) {
        throw new PackageException(
            file,
            "call "
                + index
                + " needs exactly one of \"new\" (a class), \"call\" (a method), \"numgrad\" (a"
                + " function), \"gradcheck\" (a torch function or method) or \"inspect\" (an"
                + " nn.Module)");
      }
      for (String kind : new String[] {"numgrad", "gradcheck"}) {
        if (call.has(kind) && !call.has("weights")) {
          throw new PackageException(
              file,
              "call "
                  + index
                  + ": "
                  + kind
                  + " needs \"weights\", the upstream gradient to project the output on");
        }
      }
      if (call.has("gradcheck")
          && call.has("wrt")
          && !call.get("wrt").isIntegralNumber()
          && !call.get("wrt").isString()) {
        throw new PackageException(
            file,
            "call "
                + index
                + ": gradcheck's wrt is an argument's index (0) or a parameter's name"
                + " (\"linear.weight\")");
      }
      if (call.has("inspect") && !INSPECTIONS.contains(call.get("inspect").asString(""))) {
        throw new PackageException(
            file,
            "call "
                + index
                + ": unknown inspect '"
                + call.get("inspect").asString("")
                + "' (known: "
                + String.join(", ", new java.util.TreeSet<>(INSPECTIONS))
                + ")");
      }
      if (call.has("unchanged") && !call.get("unchanged").isBoolean()) {
        throw new PackageException(file, "call " + index + ": unchanged must be true or false");
      }
      for (String key : new String[] {"same_as", "differs_from"}) {
        if (call.has(key)) {
          int target = call.get(key).asInt(0);
          if (target < 1 || target >= index) {
            throw new PackageException(
                file,
                "call " + index + ": " + key + " must name an earlier call, 1 to " + (index - 1));
          }
        }
      }
      if (call.has("check") && !CHECKS.contains(call.get("check").asString(""))) {
        throw new PackageException(
            file,
            "call "
                + index
                + ": unknown check '"
                + call.get("check").asString("")
                + "' (known: "
                + String.join(", ", new java.util.TreeSet<>(CHECKS))
                + ")");
      }
      if (call.has("metric")) {
        if (!call.path("call").isString()) {
          throw new PackageException(
              file,
              "call "
                  + index
                  + ": a metric grades what a \"call\" returns (predictions), not a "
                  + callKind(call));
        }
        try {
          MetricCheck.parse(call.get("metric"));
        } catch (IllegalArgumentException e) {
          throw new PackageException(file, "call " + index + ": " + e.getMessage());
        }
      }
      if (call.has("slice") && !call.get("slice").isArray()) {
        throw new PackageException(
            file,
            "call "
                + index
                + ": slice must be a list of [start, stop] pairs, one per leading axis");
      }
      if (call.has("args") && !call.get("args").isArray()) {
        throw new PackageException(file, "call " + index + ": \"args\" must be a list");
      }
      for (String key : new String[] {"args", "weights", "expect"}) {
        String problem = tensorProblem(call.get(key));
        if (problem == null) {
          problem = Table.problem(call.get(key));
        }
        if (problem != null) {
          throw new PackageException(file, "call " + index + ": " + key + ": " + problem);
        }
      }
      ObjectNode copy = JSON.createObjectNode();
      for (String key :
          new String[] {
            "new",
            "as",
            "on",
            "call",
            "args",
            "numgrad",
            "gradcheck",
            "inspect",
            "unchanged",
            "wrt",
            "weights",
            "eps",
            "pick"
          }) {
        if (call.has(key)) {
          copy.set(key, call.get(key));
        }
      }
      JsonNode raises = call.get("raises");
      copy.put(
          "raises",
          raises != null && !raises.isNull() && !(raises.isBoolean() && !raises.asBoolean()));
      calls.add(copy);
    }
    ObjectNode forHarness = JSON.createObjectNode();
    forHarness.set("calls", calls);
    return new Parsed(test, forHarness, modified, bytes);
  }
}
