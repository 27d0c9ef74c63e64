package dev.onsite.judge;

import dev.onsite.judge.check.ValueComparator.Tolerance;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Operations on returned values for the property checks of api tests: pick an item of a tuple,
 * slice an array on its leading axes, check that rows are probability distributions.
 */
final class Values {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Values() {}

  /** Item {@code index} of a list or tuple result (negative counts from the end), or null. */
  static JsonNode pick(JsonNode value, int index) {
    JsonNode list = items(value);
    if (list == null || !list.isArray()) {
      return null;
    }
    int i = index < 0 ? list.size() + index : index;
    return i >= 0 && i < list.size() ? list.get(i) : null;
  }

  /**
   * Slice {@code value} on its leading axes: {@code slice} holds one {@code [start, stop]} per axis
   * (null for the whole axis; negative indices count from the end, as in Python).
   */
  static JsonNode slice(JsonNode value, JsonNode slice) {
    if (slice == null || slice.isNull() || value == null) {
      return value;
    }
    boolean array = value.isObject() && value.has("$ndarray");
    JsonNode data = array ? value.get("$ndarray") : value;
    List<JsonNode> axes = new ArrayList<>();
    slice.forEach(axes::add);
    JsonNode cut = cut(data, axes, 0);
    if (!array) {
      return cut;
    }
    ObjectNode out = NODES.objectNode();
    out.set("$ndarray", cut);
    out.set("dtype", value.get("dtype"));
    return out;
  }

  private static JsonNode cut(JsonNode data, List<JsonNode> axes, int axis) {
    if (axis >= axes.size() || !data.isArray()) {
      return data;
    }
    JsonNode range = axes.get(axis);
    int size = data.size();
    int start = 0;
    int stop = size;
    if (range != null && range.isArray()) {
      start = bound(range.get(0), 0, size);
      stop = bound(range.get(1), size, size);
    }
    ArrayNode out = NODES.arrayNode();
    for (int i = start; i < stop; i++) {
      out.add(cut(data.get(i), axes, axis + 1));
    }
    return out;
  }

  private static int bound(JsonNode node, int fallback, int size) {
    if (node == null || node.isNull()) {
      return fallback;
    }
    int i = node.asInt();
    if (i < 0) {
      i += size;
    }
    return Math.max(0, Math.min(size, i));
  }

  /** Check a property of {@code value}; return what is wrong, or null. */
  static String check(String check, JsonNode value, Tolerance tolerance) {
    JsonNode data = items(value);
    if (check.equals("finite") && data != null && data.isNumber()) {
      return finite(data, "the result");
    }
    if (data == null || !data.isArray()) {
      return "expected an array, got " + dev.onsite.judge.check.ValueComparator.show(value);
    }
    return switch (check) {
      case "finite" -> finite(data, "");
      case "probabilities" -> probabilities(data, "", tolerance);
      default -> "unknown check " + check;
    };
  }

  private static String finite(JsonNode data, String path) {
    if (!data.isArray()) {
      return data.isNumber() && !Double.isFinite(data.asDouble())
          ? (path.startsWith("[") ? "at " + path : path) + ": " + data.asDouble() + " is not finite"
          : null;
    }
    for (int i = 0; i < data.size(); i++) {
      String problem = finite(data.get(i), path + "[" + i + "]");
      if (problem != null) {
        return problem;
      }
    }
    return null;
  }

  private static String probabilities(JsonNode data, String path, Tolerance tolerance) {
    if (data.size() > 0 && data.get(0).isArray()) {
      for (int i = 0; i < data.size(); i++) {
        String problem = probabilities(data.get(i), path + "[" + i + "]", tolerance);
        if (problem != null) {
          return problem;
        }
      }
      return null;
    }
    double sum = 0;
    for (int i = 0; i < data.size(); i++) {
      double p = data.get(i).asDouble();
      if (!(p >= -tolerance.abs())) {
        return String.format(Locale.ROOT, "at %s[%d]: probability %.6g is negative", path, i, p);
      }
      sum += p;
    }
    if (Math.abs(sum - 1) > tolerance.abs() + tolerance.rel()) {
      return String.format(
          Locale.ROOT,
          "%s sums to %.9g, not 1",
          path.isEmpty() ? "the distribution" : "row " + path,
          sum);
    }
    return null;
  }

  private static JsonNode items(JsonNode value) {
    if (value != null && value.isObject() && value.has("$ndarray")) {
      return value.get("$ndarray");
    }
    return value;
  }
}
