package dev.onsite.judge.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onsite.judge.check.FrameComparator.Aspect;
import dev.onsite.judge.check.FrameComparator.Mismatch;
import dev.onsite.judge.check.ValueComparator.Tolerance;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class FrameComparatorTests {

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

  private static final Tolerance TOLERANCE = new Tolerance(1e-6, 1e-9);

  /** A frame value, its JSON written with single quotes for readability. */
  private static JsonNode frame(String columns, String dtypes, String rows, String extra) {
    String text =
        "{'$frame': {'columns': "
            + columns
            + ", 'dtypes': "
            + dtypes
            + ", 'rows': "
            + rows
            + extra
            + "}}";
    return JSON.readTree(text.replace('\'', '"'));
  }

  private static JsonNode frame(String columns, String dtypes, String rows) {
    return frame(columns, dtypes, rows, "");
  }

  private static JsonNode ordered(JsonNode frame) {
    return ((tools.jackson.databind.node.ObjectNode) frame.deepCopy()).put("ordered", true);
  }

  private static Optional<Mismatch> compare(JsonNode expected, JsonNode actual) {
    return FrameComparator.compare(expected, actual, TOLERANCE);
  }

  private static final JsonNode REVENUE =
      frame(
          "['user_id', 'revenue']",
          "['int64', 'float64']",
          "[[1, 10.0], [2, 7.5], [3, 12.5], [4, 0.25]]");

  @Test
  void theSameTableMatches() {
    assertThat(compare(REVENUE, REVENUE)).isEmpty();
    assertThat(compare(ordered(REVENUE), REVENUE)).isEmpty();
  }

  @Test
  void rowOrderIsIgnoredUnlessTheExpectedValueSaysOrdered() {
    JsonNode shuffled =
        frame(
            "['user_id', 'revenue']",
            "['int64', 'float64']",
            "[[3, 12.5], [1, 10.0], [4, 0.25], [2, 7.5]]");
    assertThat(compare(REVENUE, shuffled)).isEmpty();
    Mismatch mismatch = compare(ordered(REVENUE), shuffled).orElseThrow();
    assertThat(mismatch.aspect()).isEqualTo(Aspect.ROW_ORDER);
    assertThat(mismatch.message())
        .contains("in a different order")
        .contains("column 'user_id': row 0 expected 1, got 3");
  }

  @Test
  void aDifferingValueNamesItsColumnAndRow() {
    JsonNode wrong =
        frame(
            "['user_id', 'revenue']",
            "['int64', 'float64']",
            "[[1, 10.0], [2, 7.5], [3, 12.0], [4, 0.25]]");
    Mismatch ordered = compare(ordered(REVENUE), wrong).orElseThrow();
    assertThat(ordered.aspect()).isEqualTo(Aspect.VALUES);
    assertThat(ordered.message()).isEqualTo("column 'revenue': row 2 expected 12.5, got 12.0");
    Mismatch any = compare(REVENUE, wrong).orElseThrow();
    assertThat(any.aspect()).isEqualTo(Aspect.VALUES);
    assertThat(any.message())
        .contains("column 'revenue': in the row where user_id=3 expected 12.5, got 12.0");
  }

  @Test
  void floatsMatchWithinTheToleranceAndIntegersExactly() {
    JsonNode close =
        frame(
            "['user_id', 'revenue']",
            "['int64', 'float64']",
            "[[1, 10.000001], [2, 7.5], [3, 12.5], [4, 0.25]]");
    assertThat(compare(REVENUE, close)).isEmpty();
    assertThat(FrameComparator.compare(REVENUE, close, new Tolerance(1e-9, 1e-9))).isPresent();
    JsonNode offByOne =
        frame(
            "['user_id', 'revenue']",
            "['int64', 'float64']",
            "[[1, 10.0], [2, 7.5], [3, 12.5], [5, 0.25]]");
    assertThat(compare(ordered(REVENUE), offByOne).orElseThrow().message())
        .isEqualTo("column 'user_id': row 3 expected 4, got 5");
  }

  @Test
  void missingAndUnexpectedColumnsAreNamed() {
    JsonNode noUser = frame("['revenue']", "['float64']", "[[10.0], [7.5], [12.5], [0.25]]");
    Mismatch missing = compare(REVENUE, noUser).orElseThrow();
    assertThat(missing.aspect()).isEqualTo(Aspect.COLUMNS);
    assertThat(missing.message())
        .isEqualTo("missing column 'user_id'; the result's columns are ['revenue']");
    JsonNode extra =
        frame(
            "['user_id', 'revenue', 'n']",
            "['int64', 'float64', 'int64']",
            "[[1, 10.0, 1], [2, 7.5, 1], [3, 12.5, 1], [4, 0.25, 1]]");
    assertThat(compare(REVENUE, extra).orElseThrow().message()).startsWith("unexpected column 'n'");
  }

  @Test
  void multiIndexColumnsAreNamedAsSuch() {
    JsonNode multi =
        JSON.readTree(
            "{\"$frame\": {\"columns\": [\"user_id\", \"('revenue', 'sum')\"], \"dtypes\":"
                + " [\"int64\", \"float64\"], \"rows\": [[1, 10.0]]}}");
    assertThat(compare(REVENUE, multi).orElseThrow().message())
        .isEqualTo(
            "missing column 'revenue'; the result's columns are ['user_id', '('revenue',"
                + " 'sum')'] (MultiIndex columns: name each aggregate, agg(total=(\"col\","
                + " \"sum\")))");
  }

  @Test
  void aColumnLeftInTheIndexIsMissingAndSaysWhere() {
    JsonNode indexed =
        frame(
            "['revenue']",
            "['float64']",
            "[[10.0], [7.5], [12.5], [0.25]]",
            ", 'index': ['user_id']");
    assertThat(compare(REVENUE, indexed).orElseThrow().message())
        .isEqualTo("missing column 'user_id' (it is the index: reset_index() makes it a column)");
  }

  @Test
  void columnOrderCounts() {
    JsonNode swapped =
        frame(
            "['revenue', 'user_id']",
            "['float64', 'int64']",
            "[[10.0, 1], [7.5, 2], [12.5, 3], [0.25, 4]]");
    assertThat(compare(REVENUE, swapped).orElseThrow().message())
        .isEqualTo(
            "the columns are in a different order: expected ['user_id', 'revenue'], got"
                + " ['revenue', 'user_id']");
  }

  @Test
  void dtypeKindsMustAgree() {
    JsonNode ints =
        frame("['user_id', 'revenue']", "['int64', 'int64']", "[[1, 10], [2, 7], [3, 12], [4, 0]]");
    Mismatch mismatch = compare(REVENUE, ints).orElseThrow();
    assertThat(mismatch.aspect()).isEqualTo(Aspect.DTYPES);
    assertThat(mismatch.message())
        .isEqualTo(
            "column 'revenue': expected dtype kind float, got integer (int64), for example 10");
    JsonNode text =
        frame(
            "['user_id', 'revenue']",
            "['object', 'float64']",
            "[['1', 10.0], ['2', 7.5], ['3', 12.5], ['4', 0.25]]");
    assertThat(compare(REVENUE, text).orElseThrow().message())
        .isEqualTo(
            "column 'user_id': expected dtype kind integer, got string (object), for example '1'");
  }

  @Test
  void anIntegerColumnWithNullsMatchesTheFloatsPandasMakesOfIt() {
    JsonNode expected = frame("['user_id', 'orders']", "['int64', 'Int64']", "[[1, 3], [2, null]]");
    JsonNode floats =
        frame("['user_id', 'orders']", "['int64', 'float64']", "[[1, 3.0], [2, null]]");
    assertThat(compare(expected, floats)).isEmpty();
    JsonNode noNulls =
        frame("['user_id', 'orders']", "['int64', 'float64']", "[[1, 3.0], [2, 1.0]]");
    assertThat(
            compare(
                    frame("['user_id', 'orders']", "['int64', 'int64']", "[[1, 3], [2, 1]]"),
                    noNulls)
                .orElseThrow()
                .aspect())
        .isEqualTo(Aspect.DTYPES);
  }

  @Test
  void nullsMatchOnlyNulls() {
    JsonNode expected = frame("['k', 'v']", "['string', 'float64']", "[['a', null], ['b', 1.0]]");
    assertThat(compare(expected, expected)).isEmpty();
    JsonNode zero = frame("['k', 'v']", "['object', 'float64']", "[['a', 0.0], ['b', 1.0]]");
    assertThat(compare(expected, zero).orElseThrow().message())
        .contains("column 'v': in the row where k='a' expected null, got 0.0");
  }

  @Test
  void theRowCountComesFirstAndNamesAMissingRow() {
    JsonNode inner =
        frame("['user_id', 'revenue']", "['int64', 'float64']", "[[1, 10.0], [2, 7.5], [3, 12.5]]");
    Mismatch mismatch = compare(REVENUE, inner).orElseThrow();
    assertThat(mismatch.aspect()).isEqualTo(Aspect.ROW_COUNT);
    assertThat(mismatch.message())
        .isEqualTo("expected 4 rows, got 3 rows; the result has no row user_id=4, revenue=0.25");
  }

  /** A result as the harness sends one of more than MAX_CELLS cells: no rows, only the count. */
  private static JsonNode truncated(String columns, String dtypes, long rows) {
    return frame(columns, dtypes, "null", ", 'row_count': " + rows + ", 'truncated': true");
  }

  @Test
  void aTruncatedResultIsTheWrongNumberOfRows() {
    Mismatch mismatch =
        compare(REVENUE, truncated("['user_id', 'revenue']", "['int64', 'float64']", 1000000))
            .orElseThrow();
    assertThat(mismatch.aspect()).isEqualTo(Aspect.ROW_COUNT);
    assertThat(mismatch.message()).isEqualTo("expected 4 rows, got 1000000 rows");
  }

  @Test
  void aTruncatedObjectColumnIsJudgedOnItsRowCountNotItsUnknownKind() {
    JsonNode huge = truncated("['user_id', 'revenue']", "['object', 'float64']", 500000);
    assertThat(compare(REVENUE, huge).orElseThrow().aspect()).isEqualTo(Aspect.ROW_COUNT);
  }

  @Test
  void anEarlierResultTooLargeToSendIsAMismatchNotACrash() {
    JsonNode huge = truncated("['a']", "['int64']", 300000);
    Mismatch mismatch = compare(huge, huge).orElseThrow();
    assertThat(mismatch.aspect()).isEqualTo(Aspect.ROW_COUNT);
    assertThat(mismatch.message()).startsWith("the table to compare with has 300000 rows");
  }

  @Test
  void theHarnessSendsAtMostTheCellsTheComparatorSays() throws java.io.IOException {
    try (var in =
        FrameComparator.class.getResourceAsStream("/dev/onsite/judge/harness/harness.py")) {
      String harness = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(harness).contains("MAX_FRAME_CELLS = " + FrameComparator.MAX_CELLS + " ");
    }
  }

  @Test
  void datetimesCompareAsMoments() {
    JsonNode expected =
        frame("['t']", "['datetime64']", "[['2024-03-01T09:30:00'], ['2024-03-02']]");
    JsonNode got =
        frame(
            "['t']",
            "['datetime64[ns]']",
            "[['2024-03-02T00:00:00'], ['2024-03-01 09:30:00.000000']]");
    assertThat(compare(expected, got)).isEmpty();
    JsonNode later =
        frame("['t']", "['datetime64[ns]']", "[['2024-03-01T09:31:00'], ['2024-03-02T00:00:00']]");
    assertThat(compare(ordered(expected), later).orElseThrow().message())
        .isEqualTo("column 't': row 0 expected '2024-03-01T09:30:00', got '2024-03-01T09:31:00'");
  }

  @Test
  void aValueThatIsNotATableSaysWhatItIs() {
    Mismatch list = compare(REVENUE, JSON.readTree("[[1, 10.0]]")).orElseThrow();
    assertThat(list.aspect()).isEqualTo(Aspect.NOT_A_TABLE);
    assertThat(list.message()).isEqualTo("expected a DataFrame, got list: [[1,10.0]]");
    assertThat(compare(REVENUE, JSON.readTree("null")).orElseThrow().message())
        .isEqualTo("expected a DataFrame, got None");
  }

  @Test
  void aTableIsShownAsItsSizeAndColumns() {
    assertThat(ValueComparator.show(REVENUE)).isEqualTo("DataFrame(4 rows × user_id, revenue)");
  }

  @Test
  void aSeriesIsAOneColumnTable() {
    JsonNode expected = frame("['revenue']", "['float64']", "[[1.5], [2.5]]");
    JsonNode named = frame("['revenue']", "['float64']", "[[2.5], [1.5]]", ", 'series': true");
    assertThat(compare(expected, named)).isEmpty();
    JsonNode unnamed = frame("[null]", "['float64']", "[[2.5], [1.5]]", ", 'series': true");
    assertThat(compare(expected, unnamed).orElseThrow().message())
        .isEqualTo("missing column 'revenue' (the result is a Series without a name)");
  }

  @Test
  void anSqlResultWithoutDtypesHasKindsFromItsValues() {
    JsonNode sql =
        JSON.readTree(
            "{\"$frame\": {\"columns\": [\"user_id\", \"revenue\"], \"rows\": [[2, 7.5], [1, 10],"
                + " [3, 12.5], [4, 0.25]]}}");
    assertThat(compare(REVENUE, sql)).isEmpty();
  }

  @Test
  void framesInsideListsCompareThroughTheValueComparator() {
    JsonNode want = JSON.readTree("[" + REVENUE + ", 3]");
    JsonNode got = JSON.readTree("[" + frame("['user_id']", "['int64']", "[[1]]") + ", 3]");
    assertThat(ValueComparator.compare(want, got, TOLERANCE, false))
        .contains("at [0]: missing column 'revenue'; the result's columns are ['user_id']");
  }

  @Test
  void malformedTestFramesAreNamed() {
    assertThat(Table.problem(frame("['a']", "['int64']", "[[null]]")))
        .isEqualTo(
            "column 'a' (int64), row 0: null in an int64 column (pandas cannot hold it): use Int64"
                + " or float64");
    assertThat(Table.problem(frame("['a']", "['int32']", "[[1]]")))
        .startsWith("column 'a': dtype must be one of int64, Int64");
    assertThat(Table.problem(frame("['a', 'a']", "['int64', 'int64']", "[[1, 2]]")))
        .isEqualTo("a $frame has the column 'a' twice");
    assertThat(Table.problem(frame("['a', 'b']", "['int64', 'int64']", "[[1]]")))
        .startsWith("a $frame's row 0 must be a list of 2 cells");
    assertThat(Table.problem(frame("['t']", "['datetime64']", "[['yesterday']]")))
        .startsWith("column 't' (datetime64), row 0: expected ISO 8601 text");
    assertThat(Table.problem(JSON.readTree("{\"$frame\": {\"columns\": [\"a\"], \"rows\": []}}")))
        .startsWith("a $frame needs \"dtypes\"");
    assertThat(Table.problem(JSON.readTree("[1, {\"x\": " + REVENUE + "}]"))).isNull();
  }
}
