package dev.onsite.judge.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onsite.judge.check.ValueComparator.Tolerance;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ValueComparatorTests {

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

  private static Optional<String> compare(String expected, String actual) {
    return compare(expected, actual, Tolerance.DEFAULT, false);
  }

  private static Optional<String> compare(
      String expected, String actual, Tolerance tolerance, boolean unordered) {
    JsonNode want = JSON.readTree(expected);
    JsonNode got = JSON.readTree(actual);
    return ValueComparator.compare(want, got, tolerance, unordered);
  }

  @Test
  void integersCompareExactly() {
    assertThat(compare("3", "3")).isEmpty();
    assertThat(compare("3", "4")).contains("expected 3, got 4");
    assertThat(compare("12345678901234567890", "12345678901234567891")).isPresent();
  }

  @Test
  void floatsCompareWithinTolerance() {
    Tolerance tolerance = new Tolerance(1e-6, 1e-9);
    assertThat(compare("1.0", "1.0000005", tolerance, false)).isEmpty();
    assertThat(compare("1.0", "1.00001", tolerance, false))
        .get()
        .asString()
        .contains("expected 1.0, got 1.00001");
    assertThat(compare("2.0", "2", tolerance, false)).isEmpty();
  }

  @Test
  void nanMatchesNanOnly() {
    assertThat(compare("NaN", "NaN")).isEmpty();
    assertThat(compare("NaN", "1.0")).isPresent();
    assertThat(compare("Infinity", "Infinity")).isEmpty();
    assertThat(compare("Infinity", "-Infinity")).isPresent();
  }

  @Test
  void booleansAreNotNumbers() {
    assertThat(compare("true", "1")).contains("expected true, got 1");
    assertThat(compare("1", "true")).isPresent();
  }

  @Test
  void nullMeansNone() {
    assertThat(compare("null", "null")).isEmpty();
    assertThat(compare("null", "0")).contains("expected null (None), got 0");
  }

  @Test
  void listsCompareElementwiseWithThePath() {
    assertThat(compare("[[1, 2], [3, 4]]", "[[1, 2], [3, 5]]"))
        .contains("at [1][1]: expected 4, got 5");
    assertThat(compare("[1, 2]", "[1, 2, 3]"))
        .get()
        .asString()
        .contains("expected a list of 2 items, got 3");
  }

  @Test
  void unorderedListsMatchInAnyOrder() {
    assertThat(compare("[\"a\", \"b\", \"c\"]", "[\"c\", \"a\", \"b\"]", Tolerance.DEFAULT, true))
        .isEmpty();
    assertThat(compare("[\"a\", \"b\"]", "[\"a\", \"a\"]", Tolerance.DEFAULT, true)).isPresent();
  }

  @Test
  void objectsNameTheMissingKey() {
    assertThat(compare("{\"a\": 1, \"b\": 2}", "{\"a\": 1}"))
        .get()
        .asString()
        .contains("missing key 'b'");
    assertThat(compare("{\"a\": 1}", "{\"a\": 1, \"z\": 0}"))
        .get()
        .asString()
        .contains("unexpected key 'z'");
  }

  @Test
  void arrayShapeMismatchIsReportedAsSuch() {
    String expected = "{\"$ndarray\": " + zeros(2, 4, 8) + ", \"dtype\": \"float64\"}";
    String actual =
        "{\"$ndarray\": " + zeros(2, 8, 4) + ", \"dtype\": \"float64\", \"shape\": [2, 8, 4]}";
    assertThat(compare(expected, actual)).contains("expected shape (2, 4, 8), got (2, 8, 4)");
  }

  @Test
  void arrayDtypeKindIsChecked() {
    assertThat(
            compare(
                "{\"$ndarray\": [1.0, 2.0], \"dtype\": \"float64\"}",
                "{\"$ndarray\": [1, 2], \"dtype\": \"int64\", \"shape\": [2]}"))
        .get()
        .asString()
        .contains("expected dtype kind float, got int");
  }

  @Test
  void arrayValuesCompareWithToleranceAndNameTheFirstDifference() {
    Tolerance tolerance = new Tolerance(1e-5, 1e-8);
    String expected = "{\"$ndarray\": [[0.1, 0.2], [0.3, 0.4]], \"dtype\": \"float64\"}";
    assertThat(
            compare(
                expected,
                "{\"$ndarray\": [[0.1000001, 0.2], [0.3, 0.4]], \"dtype\": \"float32\"}",
                tolerance,
                false))
        .isEmpty();
    assertThat(
            compare(
                expected,
                "{\"$ndarray\": [[0.1, 0.2], [0.3, 0.5]], \"dtype\": \"float64\"}",
                tolerance,
                false))
        .get()
        .asString()
        .contains("1 of 4 elements differ; first at index (1, 1): expected 0.4, got 0.5");
  }

  @Test
  void javaNestedListsMatchAnExpectedArray() {
    assertThat(compare("{\"$ndarray\": [[1.0, 2.0]], \"dtype\": \"float64\"}", "[[1.0, 2.0]]"))
        .isEmpty();
    assertThat(compare("{\"$ndarray\": [[1.0, 2.0]], \"dtype\": \"float64\"}", "[[1.0], [2.0]]"))
        .get()
        .asString()
        .contains("expected shape (1, 2), got (2, 1)");
  }

  @Test
  void nanInsideArraysMatchesNan() {
    assertThat(
            compare(
                "{\"$ndarray\": [NaN, 1.0], \"dtype\": \"float64\"}",
                "{\"$ndarray\": [NaN, 1.0], \"dtype\": \"float64\"}"))
        .isEmpty();
  }

  @Test
  void emptyArraysKeepTheirExplicitShape() {
    String expected = "{\"$ndarray\": [], \"dtype\": \"bool\", \"shape\": [0, 0]}";
    assertThat(compare(expected, "{\"$ndarray\": [], \"dtype\": \"bool\", \"shape\": [0, 0]}"))
        .isEmpty();
    assertThat(compare(expected, "{\"$ndarray\": [], \"dtype\": \"bool\", \"shape\": [0]}"))
        .get()
        .asString()
        .contains("expected shape (0, 0), got (0,)");
  }

  private static String zeros(int... shape) {
    if (shape.length == 1) {
      return "[" + String.join(", ", java.util.Collections.nCopies(shape[0], "0.0")) + "]";
    }
    int[] rest = java.util.Arrays.copyOfRange(shape, 1, shape.length);
    return "[" + String.join(", ", java.util.Collections.nCopies(shape[0], zeros(rest))) + "]";
  }

  private static final String TENSOR =
      "{\"$ndarray\": [[1.0, 2.0]], \"dtype\": \"float32\", \"shape\": [1, 2], \"tensor\": true}";

  @Test
  void anExpectedTensorMatchesATensorOfTheSameShapeKindAndValues() {
    assertThat(compare("{\"$tensor\": [[1.0, 2.0]]}", TENSOR)).isEmpty();
    assertThat(compare("{\"$tensor\": [[1.0, 2.0]], \"dtype\": \"float64\"}", TENSOR)).isEmpty();
    assertThat(compare("{\"$tensor\": [1.0, 2.0]}", TENSOR))
        .contains("expected shape (2,), got (1, 2)");
    assertThat(compare("{\"$tensor\": [[1, 2]], \"dtype\": \"int64\"}", TENSOR))
        .contains("expected dtype kind int, got float (float32)");
    assertThat(compare("{\"$tensor\": [[1.0, 2.5]]}", TENSOR).get())
        .contains("1 of 2 elements differ; first at index (0, 1)");
  }

  @Test
  void aNumpyArrayOrListWhereATensorIsExpectedIsAMismatch() {
    assertThat(
            compare("{\"$tensor\": [[1.0, 2.0]]}", TENSOR.replace(", \"tensor\": true", "")).get())
        .startsWith("expected a torch.Tensor, got numpy.ndarray");
    assertThat(compare("{\"$tensor\": [[1.0, 2.0]]}", "[[1.0, 2.0]]").get())
        .startsWith("expected a torch.Tensor, got list");
    assertThat(compare("{\"$tensor\": 3.0}", "3.0").get())
        .startsWith("expected a torch.Tensor, got float");
    assertThat(compare("{\"$tensor\": 3.0}", "{\"$module\": \"Net\"}").get())
        .startsWith("expected a torch.Tensor, got the module Net");
  }

  @Test
  void float32TensorsAreComparedWithinFloat32Precision() {
    String rounded =
        "{\"$ndarray\": [0.10000000149011612], \"dtype\": \"float32\", \"shape\": [1], \"tensor\": true}";
    assertThat(compare("{\"$tensor\": [0.1]}", rounded)).isEmpty();
    assertThat(compare("{\"$tensor\": [0.1], \"dtype\": \"float64\"}", rounded)).isPresent();
    assertThat(compare("{\"$tensor\": [0.1001]}", rounded)).isPresent();
  }

  @Test
  void requiresGradIsCheckedOnlyWhenTheExpectedTensorAsksForIt() {
    String attached = TENSOR.replace("}", ", \"requires_grad\": true}");
    assertThat(compare("{\"$tensor\": [[1.0, 2.0]], \"requires_grad\": true}", attached)).isEmpty();
    assertThat(compare("{\"$tensor\": [[1.0, 2.0]]}", attached)).isEmpty();
    assertThat(compare("{\"$tensor\": [[1.0, 2.0]], \"requires_grad\": true}", TENSOR).get())
        .contains("attached to the autograd graph");
  }

  @Test
  void aZeroDimensionalTensorMatchesANumber() {
    String scalar = "{\"$ndarray\": 4.0, \"dtype\": \"float32\", \"shape\": [], \"tensor\": true}";
    assertThat(compare("4.0", scalar)).isEmpty();
    assertThat(compare("{\"$tensor\": 4.0}", scalar)).isEmpty();
    assertThat(compare("5.0", scalar).get()).startsWith("expected 5.0, got 4.0");
    assertThat(compare("{\"$module\": \"Net\"}", "{\"$module\": \"Net\"}")).isEmpty();
  }
}
