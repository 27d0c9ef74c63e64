package dev.onsite.judge.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Compare a value an api call returned with the expected one, and say precisely how they differ.
 *
 * <p>Integers compare exactly; other numbers within {@code abs + rel * |expected|} (NumPy's {@code
 * allclose}), NaN matching NaN; arrays ({@code $ndarray}) by shape, dtype kind and values; tensors
 * ({@code $tensor}) as arrays that must be tensors, float32 ones within at least {@link #FLOAT32};
 * tables ({@code $frame}) with {@link FrameComparator}.
 */
public final class ValueComparator {

  /** A numeric tolerance: {@code |got - expected| <= abs + rel * |expected|}. */
  public record Tolerance(double rel, double abs) {
    public static final Tolerance DEFAULT = new Tolerance(1e-9, 1e-9);

    public Tolerance {
      if (!(rel >= 0) || !(abs >= 0)) {
        throw new IllegalArgumentException(
            "tolerances must be non-negative numbers, were rel=" + rel + ", abs=" + abs);
      }
    }

    /** Read {@code {"rel": R, "abs": A}}, keeping this tolerance's value for a missing key. */
    public Tolerance with(JsonNode node) {
      if (node == null || !node.isObject()) {
        return this;
      }
      return new Tolerance(node.path("rel").asDouble(rel), node.path("abs").asDouble(abs));
    }
  }

  private ValueComparator() {}

  /** Return how {@code actual} differs from {@code expected}, or empty when they match. */
  public static Optional<String> compare(
      JsonNode expected, JsonNode actual, Tolerance tolerance, boolean unordered) {
    return Optional.ofNullable(diff("", expected, actual, tolerance, unordered));
  }

  private static String diff(
      String path, JsonNode expected, JsonNode actual, Tolerance tol, boolean unordered) {
    if (isTensor(expected)) {
      return diffTensor(path, expected, actual, tol);
    }
    if (Table.isFrame(expected)) {
      return FrameComparator.compare(expected, actual, tol)
          .map(m -> at(path) + m.message())
          .orElse(null);
    }
    if (isNdarray(expected)) {
      return diffArray(path, expected, actual, tol);
    }
    if (actual == null || actual.isMissingNode()) {
      actual = com();
    }
    if ((expected.isNumber() || expected.isBoolean())
        && isNdarray(actual)
        && actual.path("shape").isArray()
        && actual.get("shape").isEmpty()) {
      actual = actual.get("$ndarray"); // a 0-d tensor is a number, as loss.item() would be
    }
    if (expected == null || expected.isNull()) {
      return actual.isNull() ? null : at(path) + "expected null (None), got " + show(actual);
    }
    if (expected.isBoolean()) {
      return actual.isBoolean() && actual.asBoolean() == expected.asBoolean()
          ? null
          : at(path) + "expected " + expected.asBoolean() + ", got " + show(actual);
    }
    if (expected.isNumber()) {
      if (!actual.isNumber()) {
        return at(path) + "expected the number " + show(expected) + ", got " + show(actual);
      }
      if (expected.isIntegralNumber() && actual.isIntegralNumber()) {
        return expected.bigIntegerValue().equals(actual.bigIntegerValue())
            ? null
            : at(path) + "expected " + show(expected) + ", got " + show(actual);
      }
      return close(expected.asDouble(), actual.asDouble(), tol)
          ? null
          : at(path) + "expected " + show(expected) + ", got " + show(actual) + tolText(tol);
    }
    if (expected.isString()) {
      return actual.isString() && actual.asString().equals(expected.asString())
          ? null
          : at(path) + "expected " + show(expected) + ", got " + show(actual);
    }
    if (expected.isArray()) {
      JsonNode list = isNdarray(actual) ? actual.get("$ndarray") : actual;
      if (!list.isArray()) {
        return at(path) + "expected a list, got " + show(actual);
      }
      if (list.size() != expected.size()) {
        return at(path)
            + "expected a list of "
            + expected.size()
            + " items, got "
            + list.size()
            + ": "
            + show(list);
      }
      List<JsonNode> want = new ArrayList<>();
      expected.forEach(want::add);
      List<JsonNode> got = new ArrayList<>();
      list.forEach(got::add);
      if (unordered) {
        want = sortedByText(want);
        got = sortedByText(got);
      }
      for (int i = 0; i < want.size(); i++) {
        String d = diff(path + "[" + i + "]", want.get(i), got.get(i), tol, false);
        if (d != null) {
          return unordered
              ? at(path)
                  + "expected these items in any order: "
                  + show(expected)
                  + ", got "
                  + show(list)
              : d;
        }
      }
      return null;
    }
    if (expected.isObject()) {
      if (!actual.isObject()) {
        return at(path) + "expected an object (dict / map), got " + show(actual);
      }
      TreeSet<String> missing = new TreeSet<>(expected.propertyNames());
      missing.removeAll(actual.propertyNames());
      if (!missing.isEmpty()) {
        return at(path) + "missing key '" + missing.first() + "' in " + show(actual);
      }
      TreeSet<String> extra = new TreeSet<>(actual.propertyNames());
      extra.removeAll(expected.propertyNames());
      if (!extra.isEmpty()) {
        return at(path) + "unexpected key '" + extra.first() + "' in " + show(actual);
      }
      for (String key : new TreeSet<>(expected.propertyNames())) {
        String d =
            diff(path + "[" + quote(key) + "]", expected.get(key), actual.get(key), tol, false);
        if (d != null) {
          return d;
        }
      }
      return null;
    }
    return expected.equals(actual)
        ? null
        : at(path) + "expected " + show(expected) + ", got " + show(actual);
  }

  /** The least tolerance a float32 tensor is compared with: about its precision. */
  static final Tolerance FLOAT32 = new Tolerance(1e-5, 1e-6);

  private static String diffTensor(String path, JsonNode expected, JsonNode actual, Tolerance tol) {
    if (!isNdarray(actual) || !actual.path("tensor").asBoolean(false)) {
      return at(path) + "expected a torch.Tensor, got " + typeName(actual) + ": " + show(actual);
    }
    if (expected.path("requires_grad").asBoolean(false)
        && !actual.path("requires_grad").asBoolean(false)) {
      return at(path)
          + "expected a tensor attached to the autograd graph (requires_grad), got a detached one";
    }
    ObjectNode want = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    want.set("$ndarray", expected.get("$tensor"));
    String dtype = expected.path("dtype").asString("float32");
    want.put("dtype", dtype);
    if (expected.has("shape")) {
      want.set("shape", expected.get("shape"));
    }
    Tolerance used =
        dtype.equals("float32")
            ? new Tolerance(Math.max(tol.rel(), FLOAT32.rel()), Math.max(tol.abs(), FLOAT32.abs()))
            : tol;
    return diffArray(path, want, actual, used);
  }

  /** The Python type a result has, as a candidate would name it. */
  static String typeName(JsonNode actual) {
    if (actual == null || actual.isMissingNode() || actual.isNull()) {
      return "None";
    }
    if (isNdarray(actual)) {
      return actual.path("tensor").asBoolean(false) ? "torch.Tensor" : "numpy.ndarray";
    }
    if (Table.isFrame(actual)) {
      return actual.get("$frame").path("series").asBoolean(false)
          ? "pandas.Series"
          : "pandas.DataFrame";
    }
    if (actual.isObject() && actual.has("$module")) {
      return "the module " + actual.get("$module").asString("");
    }
    if (actual.isArray()) {
      return "list";
    }
    if (actual.isObject()) {
      return "dict";
    }
    if (actual.isBoolean()) {
      return "bool";
    }
    if (actual.isIntegralNumber()) {
      return "int";
    }
    if (actual.isNumber()) {
      return "float";
    }
    return actual.isString() ? "str" : "a value";
  }

  private static String diffArray(String path, JsonNode expected, JsonNode actual, Tolerance tol) {
    JsonNode want = expected.get("$ndarray");
    JsonNode got;
    char gotKind;
    List<Integer> gotShape;
    if (isNdarray(actual)) {
      got = actual.get("$ndarray");
      gotKind = kind(actual.path("dtype").asString(""), got);
      gotShape = actual.has("shape") ? ints(actual.get("shape")) : shape(got);
    } else if (actual != null && actual.isArray()) {
      got = actual;
      gotKind = kind("", got);
      gotShape = shape(got);
    } else {
      return at(path)
          + "expected an array of shape "
          + shapeText(shape(want))
          + ", got "
          + show(actual);
    }
    // An empty nested list cannot say its shape ((0,) or (0, 0)): an explicit "shape" can.
    List<Integer> wantShape = expected.has("shape") ? ints(expected.get("shape")) : shape(want);
    if (gotShape == null) {
      return at(path)
          + "expected an array of shape "
          + shapeText(wantShape)
          + ", got a ragged nested list";
    }
    if (!wantShape.equals(gotShape)) {
      return at(path) + "expected shape " + shapeText(wantShape) + ", got " + shapeText(gotShape);
    }
    char wantKind = kind(expected.path("dtype").asString(""), want);
    if (wantKind != gotKind && !(wantKind == 'f' && gotKind == '?') && gotKind != '?') {
      return at(path)
          + "expected dtype kind "
          + kindName(wantKind)
          + ", got "
          + kindName(gotKind)
          + (isNdarray(actual) ? " (" + actual.path("dtype").asString("") + ")" : "");
    }
    List<JsonNode> flatWant = new ArrayList<>();
    flatten(want, flatWant);
    List<JsonNode> flatGot = new ArrayList<>();
    flatten(got, flatGot);
    int mismatches = 0;
    int first = -1;
    double maxDiff = 0;
    for (int i = 0; i < flatWant.size(); i++) {
      JsonNode w = flatWant.get(i);
      JsonNode g = flatGot.get(i);
      boolean same;
      if (w.isNumber() && g.isNumber()) {
        same = close(w.asDouble(), g.asDouble(), tol);
        if (!same && Double.isFinite(w.asDouble()) && Double.isFinite(g.asDouble())) {
          maxDiff = Math.max(maxDiff, Math.abs(w.asDouble() - g.asDouble()));
        }
      } else {
        same = w.equals(g) || (isNanToken(w) && isNanToken(g));
      }
      if (!same) {
        mismatches++;
        if (first < 0) {
          first = i;
        }
      }
    }
    if (mismatches == 0) {
      return null;
    }
    return at(path)
        + mismatches
        + " of "
        + flatWant.size()
        + " elements differ; first at index "
        + indexText(first, wantShape)
        + ": expected "
        + show(flatWant.get(first))
        + ", got "
        + show(flatGot.get(first))
        + (maxDiff > 0
            ? String.format(java.util.Locale.ROOT, "; largest absolute difference %.3g", maxDiff)
            : "")
        + tolText(tol);
  }

  private static boolean isNanToken(JsonNode node) {
    return node.isNumber() && Double.isNaN(node.asDouble());
  }

  static boolean close(double want, double got, Tolerance tol) {
    if (Double.isNaN(want) || Double.isNaN(got)) {
      return Double.isNaN(want) && Double.isNaN(got);
    }
    if (Double.isInfinite(want) || Double.isInfinite(got)) {
      return want == got;
    }
    return Math.abs(got - want) <= tol.abs() + tol.rel() * Math.abs(want);
  }

  private static boolean isNdarray(JsonNode node) {
    return node != null && node.isObject() && node.has("$ndarray");
  }

  private static boolean isTensor(JsonNode node) {
    return node != null && node.isObject() && node.has("$tensor");
  }

  private static List<Integer> shape(JsonNode nested) {
    List<Integer> shape = new ArrayList<>();
    JsonNode node = nested;
    while (node.isArray()) {
      shape.add(node.size());
      if (node.isEmpty()) {
        break;
      }
      node = node.get(0);
    }
    return consistent(nested, shape, 0) ? shape : null;
  }

  private static boolean consistent(JsonNode node, List<Integer> shape, int depth) {
    if (depth == shape.size()) {
      return !node.isArray();
    }
    if (!node.isArray() || node.size() != shape.get(depth)) {
      return false;
    }
    for (JsonNode child : node) {
      if (!consistent(child, shape, depth + 1)) {
        return false;
      }
    }
    return true;
  }

  private static List<Integer> ints(JsonNode node) {
    List<Integer> out = new ArrayList<>();
    node.forEach(n -> out.add(n.asInt()));
    return out;
  }

  private static void flatten(JsonNode node, List<JsonNode> out) {
    if (node.isArray()) {
      node.forEach(child -> flatten(child, out));
    } else {
      out.add(node);
    }
  }

  /** The NumPy dtype kind of a dtype name, or inferred from the values when the name is empty. */
  private static char kind(String dtype, JsonNode values) {
    if (dtype.startsWith("float")
        || dtype.equals("bfloat16")
        || dtype.equals("f")
        || dtype.equals("double")) {
      return 'f';
    }
    if (dtype.startsWith("int") || dtype.startsWith("uint") || dtype.equals("long")) {
      return 'i';
    }
    if (dtype.equals("bool")) {
      return 'b';
    }
    if (dtype.startsWith("complex")) {
      return 'c';
    }
    if (!dtype.isEmpty()) {
      return 'O';
    }
    List<JsonNode> flat = new ArrayList<>();
    flatten(values, flat);
    if (flat.isEmpty()) {
      return '?';
    }
    if (flat.stream().allMatch(JsonNode::isBoolean)) {
      return 'b';
    }
    if (flat.stream().allMatch(JsonNode::isIntegralNumber)) {
      return 'i';
    }
    return flat.stream().allMatch(JsonNode::isNumber) ? 'f' : 'O';
  }

  private static String kindName(char kind) {
    return switch (kind) {
      case 'f' -> "float";
      case 'i' -> "int";
      case 'b' -> "bool";
      case 'c' -> "complex";
      case '?' -> "unknown (empty)";
      default -> "object";
    };
  }

  private static String shapeText(List<Integer> shape) {
    if (shape == null) {
      return "(ragged)";
    }
    if (shape.size() == 1) {
      return "(" + shape.get(0) + ",)";
    }
    return "(" + String.join(", ", shape.stream().map(String::valueOf).toList()) + ")";
  }

  private static String indexText(int flat, List<Integer> shape) {
    int[] index = new int[shape.size()];
    int rest = flat;
    for (int d = shape.size() - 1; d >= 0; d--) {
      int size = Math.max(1, shape.get(d));
      index[d] = rest % size;
      rest /= size;
    }
    StringBuilder sb = new StringBuilder("(");
    for (int d = 0; d < index.length; d++) {
      sb.append(d > 0 ? ", " : "").append(index[d]);
    }
    return sb.append(index.length == 1 ? ",)" : ")").toString();
  }

  private static String tolText(Tolerance tol) {
    return String.format(
        java.util.Locale.ROOT, " (tolerance rel=%.0e, abs=%.0e)", tol.rel(), tol.abs());
  }

  private static String at(String path) {
    return path.isEmpty() ? "" : "at " + path + ": ";
  }

  private static String quote(String key) {
    return "'" + key + "'";
  }

  /** The items in the order of their JSON text, each item written out once, not per comparison. */
  private static List<JsonNode> sortedByText(List<JsonNode> items) {
    List<Map.Entry<String, JsonNode>> keyed = new ArrayList<>(items.size());
    for (JsonNode item : items) {
      keyed.add(Map.entry(item.toString(), item));
    }
    keyed.sort(Map.Entry.comparingByKey());
    List<JsonNode> sorted = new ArrayList<>(items.size());
    for (Map.Entry<String, JsonNode> entry : keyed) {
      sorted.add(entry.getValue());
    }
    return sorted;
  }

  /** Render a value for a message, cut to a readable length. */
  public static String show(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    if (Table.isFrame(node)) {
      return showFrame(node);
    }
    String text =
        isNdarray(node)
            ? (node.path("tensor").asBoolean(false) ? "tensor(" : "array(")
                + node.get("$ndarray")
                + ")"
            : isTensor(node) ? "tensor(" + node.get("$tensor") + ")" : node.toString();
    return text.length() > 200 ? text.substring(0, 197) + "..." : text;
  }

  /** A table as its type, size and columns: its cells are for the comparison to point at. */
  private static String showFrame(JsonNode node) {
    JsonNode spec = node.get("$frame");
    long rows = spec.path("row_count").asLong(spec.path("rows").size());
    List<String> columns = new ArrayList<>();
    spec.path("columns").forEach(c -> columns.add(c.isNull() ? "(no name)" : c.asString()));
    String text =
        (spec.path("series").asBoolean(false) ? "Series(" : "DataFrame(")
            + rows
            + (rows == 1 ? " row" : " rows")
            + " × "
            + String.join(", ", columns)
            + ")";
    return text.length() > 200 ? text.substring(0, 197) + "...)" : text;
  }

  private static JsonNode com() {
    return tools.jackson.databind.node.JsonNodeFactory.instance.nullNode();
  }
}
