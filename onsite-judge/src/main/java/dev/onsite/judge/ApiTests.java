package dev.onsite.judge;

import dev.onsite.judge.problem.PackageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
          "check");

  /** The property checks a call may ask for with {@code "check"}. */
  static final java.util.Set<String> CHECKS = java.util.Set.of("probabilities", "finite");

  private final Map<Path, Parsed> cache = new ConcurrentHashMap<>();

  /** A test file: the full test and the copy for the harness. */
  record Parsed(JsonNode test, ObjectNode forHarness, long modified) {}

  Parsed read(Path file) {
    long modified;
    try {
      modified = Files.getLastModifiedTime(file).toMillis();
    } catch (IOException e) {
      throw new PackageException(file, "cannot read: " + e.getMessage());
    }
    Parsed cached = cache.get(file);
    if (cached != null && cached.modified == modified) {
      return cached;
    }
    Parsed parsed = parse(file, modified);
    cache.put(file, parsed);
    return parsed;
  }

  private static Parsed parse(Path file, long modified) {
    JsonNode test;
    try {
      test = JSON.readTree(Files.readString(file));
    } catch (JacksonException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new PackageException(
          file, line, "invalid JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""));
    } catch (IOException e) {
      throw new PackageException(file, "cannot read: " + e.getMessage());
    }
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
              + (call.path("numgrad").isString() ? 1 : 0);
      if (kinds != 1) {
        throw new PackageException(
            file,
            "call "
                + index
                + " needs exactly one of \"new\" (a class), \"call\" (a method) or \"numgrad\" (a function)");
      }
      if (call.has("numgrad") && !call.has("weights")) {
        throw new PackageException(
            file,
            "call "
                + index
                + ": numgrad needs \"weights\", the upstream gradient to project the output on");
      }
      if (call.has("same_as")) {
        int target = call.get("same_as").asInt(0);
        if (target < 1 || target >= index) {
          throw new PackageException(
              file, "call " + index + ": same_as must name an earlier call, 1 to " + (index - 1));
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
      ObjectNode copy = JSON.createObjectNode();
      for (String key :
          new String[] {
            "new", "as", "on", "call", "args", "numgrad", "wrt", "weights", "eps", "pick"
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
    return new Parsed(test, forHarness, modified);
  }
}
