package dev.onsite.jmh;

import java.util.Locale;
import java.util.Random;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Realistic inputs shared by the benchmarks, built once per trial from a fixed seed. */
final class Inputs {

  /** The mapper the judge reads the harness protocol and the test files with. */
  static final JsonMapper JSON =
      JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

  private Inputs() {}

  /**
   * A {@code rows x cols} float64 array as the harness encodes a NumPy result: {@code {"$ndarray":
   * [[...]], "dtype": "float64", "shape": [rows, cols]}}; {@code relNoise} perturbs every value
   * relatively, so a copy can sit inside a tolerance without being equal.
   */
  static ObjectNode ndarray(int rows, int cols, long seed, double relNoise, boolean withShape) {
    Random random = new Random(seed);
    Random noise = new Random(seed + 1);
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ArrayNode outer = nodes.arrayNode(rows);
    for (int r = 0; r < rows; r++) {
      ArrayNode row = nodes.arrayNode(cols);
      for (int c = 0; c < cols; c++) {
        double value = random.nextGaussian();
        row.add(value * (1 + relNoise * (2 * noise.nextDouble() - 1)));
      }
      outer.add(row);
    }
    ObjectNode array = nodes.objectNode();
    array.set("$ndarray", outer);
    array.put("dtype", "float64");
    if (withShape) {
      array.putArray("shape").add(rows).add(cols);
    }
    return array;
  }

  /**
   * A stdio answer of {@code lines} lines of 5 integers then 5 floats (10 tokens a line); {@code
   * digits} is how many decimals the floats are printed with and {@code relNoise} perturbs them, so
   * a program's output can differ from the answer in its digits but not beyond a tolerance.
   */
  static String stdio(int lines, long seed, int digits, double relNoise) {
    Random random = new Random(seed);
    Random noise = new Random(seed + 1);
    StringBuilder out = new StringBuilder(lines * 80);
    String format = "%." + digits + "f";
    for (int line = 0; line < lines; line++) {
      for (int i = 0; i < 5; i++) {
        out.append(random.nextInt(2_000_001) - 1_000_000).append(' ');
      }
      for (int i = 0; i < 5; i++) {
        double value = random.nextDouble() * 1000 - 500;
        value *= 1 + relNoise * (2 * noise.nextDouble() - 1);
        out.append(String.format(Locale.ROOT, format, value)).append(i < 4 ? " " : "\n");
      }
    }
    return out.toString();
  }
}
