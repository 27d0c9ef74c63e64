package dev.onsite.judge.sql;

import dev.onsite.judge.check.CheckResult;
import dev.onsite.judge.check.FrameComparator;
import dev.onsite.judge.check.Table;
import dev.onsite.judge.check.ValueComparator.Tolerance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Check what an SQL query returned for one test against the test's expected table.
 *
 * <p>The harness reports one result: {@code {"v": $frame}} (the result set, columns without
 * dtypes), {@code {"h": reason}} (the query could not run: a denied statement, an SQLite error) or
 * {@code {"over": cap}} (more rows than the cap). Rows compare in any order unless the expected
 * table is {@code "ordered"}; then the query must also sort at its outermost level ({@link
 * SqlQuery#ordersOutermost}), because without an {@code ORDER BY} SQL promises no order and a right
 * order is luck.
 */
public final class SqlCheck {

  private SqlCheck() {}

  /**
   * Check one test.
   *
   * @param test the test file: {@code expect} (a {@code $frame}), optional {@code tolerance}
   * @param result the harness's one result for the test, or null when it reported none
   * @param query the candidate's query text
   * @param base the problem's tolerance
   */
  public static CheckResult check(JsonNode test, JsonNode result, String query, Tolerance base) {
    if (result == null) {
      return CheckResult.runtimeError("the query did not run", "the query did not run");
    }
    if (result.has("h")) {
      String reason = result.get("h").asString();
      return CheckResult.runtimeError(reason, reason);
    }
    JsonNode expect = test.get("expect");
    if (result.has("over")) {
      long cap = result.get("over").asLong();
      return CheckResult.wrong(
          "the query returned more than "
              + cap
              + " rows, the most a result may have; expected "
              + Table.fromJson(expect).rowCount()
              + " (a join that multiplies rows, or a missing GROUP BY?)",
          "the query returned more than " + cap + " rows");
    }
    Tolerance tolerance = base.with(test.get("tolerance"));
    JsonNode value = result.get("v");
    boolean ordered = expect.path("ordered").asBoolean(false);
    ObjectNode anyOrder = ((ObjectNode) expect).deepCopy();
    anyOrder.put("ordered", false);
    var mismatch = FrameComparator.compare(anyOrder, value, tolerance);
    if (mismatch.isEmpty() && ordered) {
      if (!SqlQuery.ordersOutermost(query)) {
        return CheckResult.wrong(
            "the rows must come in the order the statement gives, and the query has no ORDER BY"
                + " at its outermost level: without one, SQL returns rows in no promised order",
            "no ORDER BY where the order counts");
      }
      mismatch = FrameComparator.compare(expect, value, tolerance);
    }
    return mismatch
        .map(m -> CheckResult.wrong(m.message(), m.aspect().toString()))
        .orElse(CheckResult.ACCEPTED);
  }
}
