package dev.onsite.judge.check;

import dev.onsite.judge.check.Table.Kind;
import dev.onsite.judge.check.ValueComparator.Tolerance;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Compare a table a call returned with the expected one: column names and their order, each
 * column's dtype kind, the number of rows, then the values, rows in any order unless the expected
 * value says {@code "ordered": true}.
 *
 * <p>Integers compare exactly, other numbers within the tolerance, datetimes as moments, strings
 * and booleans exactly; a missing value (NaN, None, NaT, SQL NULL) matches only a missing value. An
 * integer column matches a float one when either holds a missing value, since pandas turns an
 * integer column with NaN into floats. The index of a DataFrame is not compared: a column the
 * result keeps in its index is a missing column, and the message says where it is.
 */
public final class FrameComparator {

  /** Which part of a table differs: all a hidden test's report says. */
  public enum Aspect {
    NOT_A_TABLE("not a DataFrame"),
    COLUMNS("wrong columns"),
    DTYPES("wrong column dtype"),
    ROW_COUNT("wrong number of rows"),
    VALUES("wrong values"),
    ROW_ORDER("rows in the wrong order");

    private final String label;

    Aspect(String label) {
      this.label = label;
    }

    @Override
    public String toString() {
      return label;
    }
  }

  /**
   * How two tables differ.
   *
   * @param aspect what kind of difference, for a hidden test
   * @param message the first difference, with the column and row, for a visible test
   */
  public record Mismatch(Aspect aspect, String message) {}

  /** The most cells of a table the Python harness sends back (its MAX_FRAME_CELLS). */
  public static final int MAX_CELLS = 200_000;

  private FrameComparator() {}

  /**
   * Compare a result with an expected {@code $frame} value, whose {@code "ordered"} says whether
   * row order counts.
   */
  public static Optional<Mismatch> compare(JsonNode expected, JsonNode actual, Tolerance tol) {
    if (!Table.isFrame(actual)) {
      String type = ValueComparator.typeName(actual);
      return Optional.of(
          new Mismatch(
              Aspect.NOT_A_TABLE,
              "expected a DataFrame, got "
                  + type
                  + (type.equals("None") ? "" : ": " + ValueComparator.show(actual))));
    }
    Table got;
    try {
      got = Table.fromJson(actual);
    } catch (IllegalArgumentException e) {
      return Optional.of(new Mismatch(Aspect.NOT_A_TABLE, "a malformed table: " + e.getMessage()));
    }
    return compare(Table.fromJson(expected), got, tol, expected.path("ordered").asBoolean(false));
  }

  /** Compare two tables; {@code ordered}: the rows must come in the same order. */
  public static Optional<Mismatch> compare(
      Table expected, Table actual, Tolerance tol, boolean ordered) {
    String columns = columns(expected, actual);
    if (columns != null) {
      return Optional.of(new Mismatch(Aspect.COLUMNS, columns));
    }
    for (int j = 0; j < expected.width(); j++) {
      Kind want = expected.kind(j);
      Kind got = actual.kind(j);
      if (!compatible(want, got, expected.hasNull(j) || actual.hasNull(j))) {
        String dtype = actual.dtypes().get(j);
        return Optional.of(
            new Mismatch(
                Aspect.DTYPES,
                "column '"
                    + expected.columns().get(j)
                    + "': expected dtype kind "
                    + want
                    + ", got "
                    + got
                    + (dtype == null ? "" : " (" + dtype + ")")
                    + example(actual, j)));
      }
    }
    if (expected.rows() == null) {
      // Only an earlier result (same_as) can be too large to have been sent.
      return Optional.of(
          new Mismatch(
              Aspect.ROW_COUNT,
              "the table to compare with has "
                  + rows(expected.rowCount())
                  + ", too many to compare (at most "
                  + MAX_CELLS
                  + " cells come back from a call)"));
    }
    if (actual.rows() == null || actual.rowCount() != expected.rowCount()) {
      String message = "expected " + rows(expected.rowCount()) + ", got " + rows(actual.rowCount());
      if (actual.rows() != null) {
        String first = new Matching(expected, actual, tol).firstDifference();
        message += first == null ? "" : "; " + first;
      }
      return Optional.of(new Mismatch(Aspect.ROW_COUNT, message));
    }
    Matching matching = new Matching(expected, actual, tol);
    String unordered = matching.firstDifference();
    if (!ordered) {
      return Optional.ofNullable(unordered).map(m -> new Mismatch(Aspect.VALUES, m));
    }
    for (int r = 0; r < expected.rowCount(); r++) {
      for (int j = 0; j < expected.width(); j++) {
        if (!matching.same(j, expected.rows().get(r).get(j), actual.rows().get(r).get(j))) {
          String at =
              "column '"
                  + expected.columns().get(j)
                  + "': row "
                  + r
                  + " expected "
                  + cell(expected.rows().get(r).get(j))
                  + ", got "
                  + cell(actual.rows().get(r).get(j));
          return Optional.of(
              unordered == null
                  ? new Mismatch(
                      Aspect.ROW_ORDER,
                      "the rows are right but in a different order (the order counts here): " + at)
                  : new Mismatch(Aspect.VALUES, at));
        }
      }
    }
    return Optional.empty();
  }

  private static String columns(Table expected, Table actual) {
    List<String> want = expected.columns();
    List<String> got = actual.columns();
    Map<String, Integer> seen = new HashMap<>();
    for (String name : got) {
      if (name != null && seen.merge(name, 1, Integer::sum) > 1) {
        return "the result has the column '" + name + "' twice";
      }
    }
    for (String name : want) {
      if (!got.contains(name)) {
        String where;
        if (actual.index().contains(name)) {
          where = " (it is the index: reset_index() makes it a column)";
        } else if (actual.series() && got.size() == 1 && got.get(0) == null) {
          where = " (the result is a Series without a name)";
        } else {
          where = "; the result's columns are " + names(got);
          if (got.stream().anyMatch(c -> c != null && c.startsWith("(") && c.contains("', '"))) {
            where += " (MultiIndex columns: name each aggregate, agg(total=(\"col\", \"sum\")))";
          }
        }
        return "missing column '" + name + "'" + where;
      }
    }
    for (String name : got) {
      if (!want.contains(name)) {
        return "unexpected column '" + name + "'; expected the columns " + names(want);
      }
    }
    if (!want.equals(got)) {
      return "the columns are in a different order: expected "
          + names(want)
          + ", got "
          + names(got);
    }
    return null;
  }

  /** ", for example 'x'": the first value of a column that is not missing, or nothing. */
  private static String example(Table table, int j) {
    if (table.rows() == null) {
      return "";
    }
    for (List<JsonNode> row : table.rows()) {
      if (!row.get(j).isNull()) {
        return ", for example " + cell(row.get(j));
      }
    }
    return "";
  }

  private static boolean compatible(Kind want, Kind got, boolean nulls) {
    if (want == got || want == Kind.UNKNOWN || got == Kind.UNKNOWN) {
      return true;
    }
    boolean numeric =
        (want == Kind.INTEGER || want == Kind.FLOAT) && (got == Kind.INTEGER || got == Kind.FLOAT);
    return numeric && nulls;
  }

  /**
   * The rows of two tables sorted the same way, to pair them whatever their order: by the columns
   * that compare exactly (integers, strings, booleans, datetimes), then by the others.
   */
  private static final class Matching {
    private final Table expected;
    private final Table actual;
    private final Tolerance tol;
    private final List<Integer> exact = new ArrayList<>();
    private final List<Integer> inexact = new ArrayList<>();
    private final boolean[] datetime;

    Matching(Table expected, Table actual, Tolerance tol) {
      this.expected = expected;
      this.actual = actual;
      this.tol = tol;
      datetime = new boolean[expected.width()];
      for (int j = 0; j < expected.width(); j++) {
        Kind want = expected.kind(j);
        datetime[j] = want == Kind.DATETIME;
        boolean isExact = want != Kind.FLOAT && want != Kind.OBJECT && actual.kind(j) == want;
        (isExact ? exact : inexact).add(j);
      }
    }

    /** The first expected row the result lacks, or the first row it has too many; or null. */
    String firstDifference() {
      List<List<JsonNode>> want = sorted(expected.rows());
      List<List<JsonNode>> got = sorted(actual.rows());
      int i = 0;
      int k = 0;
      while (i < want.size() && k < got.size()) {
        List<JsonNode> w = want.get(i);
        List<JsonNode> g = got.get(k);
        int c = compareOn(exact, w, g);
        if (c == 0) {
          for (int j : inexact) {
            if (!same(j, w.get(j), g.get(j))) {
              String where = exact.isEmpty() ? "" : " in the row where " + describe(exact, w);
              return "column '"
                  + expected.columns().get(j)
                  + "':"
                  + where
                  + " expected "
                  + cell(w.get(j))
                  + ", got "
                  + cell(g.get(j))
                  + " (rows compared in any order)";
            }
          }
          i++;
          k++;
        } else if (c < 0) {
          return "the result has no row " + describe(allColumns(), w);
        } else {
          return "the result has an unexpected row " + describe(allColumns(), g);
        }
      }
      if (i < want.size()) {
        return "the result has no row " + describe(allColumns(), want.get(i));
      }
      if (k < got.size()) {
        return "the result has an unexpected row " + describe(allColumns(), got.get(k));
      }
      return null;
    }

    boolean same(int j, JsonNode want, JsonNode got) {
      if (want.isNull() || got.isNull()) {
        return want.isNull() && got.isNull();
      }
      if (want.isNumber() && got.isNumber()) {
        if (want.isIntegralNumber() && got.isIntegralNumber()) {
          return want.bigIntegerValue().equals(got.bigIntegerValue());
        }
        return ValueComparator.close(want.asDouble(), got.asDouble(), tol);
      }
      if (datetime[j] && want.isString() && got.isString()) {
        LocalDateTime w = Table.instant(want.asString());
        return w != null && w.equals(Table.instant(got.asString()));
      }
      return want.equals(got);
    }

    private List<Integer> allColumns() {
      List<Integer> all = new ArrayList<>(exact);
      all.addAll(inexact);
      all.sort(Comparator.naturalOrder());
      return all;
    }

    private String describe(List<Integer> on, List<JsonNode> row) {
      StringBuilder sb = new StringBuilder();
      for (int j : on) {
        sb.append(sb.isEmpty() ? "" : ", ")
            .append(expected.columns().get(j))
            .append('=')
            .append(cell(row.get(j)));
      }
      String text = sb.toString();
      return text.length() > 240 ? text.substring(0, 237) + "..." : text;
    }

    private List<List<JsonNode>> sorted(List<List<JsonNode>> rows) {
      List<List<JsonNode>> copy = new ArrayList<>(rows);
      copy.sort((a, b) -> compareRows(a, b));
      return copy;
    }

    private int compareRows(List<JsonNode> a, List<JsonNode> b) {
      int c = compareOn(exact, a, b);
      return c != 0 ? c : compareOn(inexact, a, b);
    }

    private int compareOn(List<Integer> columns, List<JsonNode> a, List<JsonNode> b) {
      for (int j : columns) {
        int c = compareCells(j, a.get(j), b.get(j));
        if (c != 0) {
          return c;
        }
      }
      return 0;
    }

    private int compareCells(int j, JsonNode a, JsonNode b) {
      int ra = rank(a);
      int rb = rank(b);
      if (ra != rb) {
        return Integer.compare(ra, rb);
      }
      return switch (ra) {
        case 0 -> 0;
        case 1 -> Boolean.compare(a.asBoolean(), b.asBoolean());
        case 2 ->
            a.isIntegralNumber() && b.isIntegralNumber()
                ? a.bigIntegerValue().compareTo(b.bigIntegerValue())
                : Double.compare(a.asDouble(), b.asDouble());
        case 3 -> {
          if (datetime[j]) {
            LocalDateTime x = Table.instant(a.asString());
            LocalDateTime y = Table.instant(b.asString());
            if (x != null && y != null) {
              yield x.compareTo(y);
            }
          }
          yield a.asString().compareTo(b.asString());
        }
        default -> a.toString().compareTo(b.toString());
      };
    }

    private static int rank(JsonNode cell) {
      if (cell.isNull()) {
        return 0;
      }
      if (cell.isBoolean()) {
        return 1;
      }
      if (cell.isNumber()) {
        return 2;
      }
      return cell.isString() ? 3 : 4;
    }
  }

  private static String cell(JsonNode value) {
    if (value.isNull()) {
      return "null";
    }
    if (value.isString()) {
      String text = value.asString();
      return "'" + (text.length() > 60 ? text.substring(0, 57) + "..." : text) + "'";
    }
    return ValueComparator.show(value);
  }

  private static String rows(long n) {
    return n == 1 ? "1 row" : n + " rows";
  }

  private static String names(List<String> columns) {
    List<String> quoted = new ArrayList<>();
    for (String c : columns) {
      quoted.add(c == null ? "(no name)" : "'" + c + "'");
    }
    return "[" + String.join(", ", quoted) + "]";
  }
}
