package dev.onsite.judge.check;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * A table of named, typed columns: a pandas DataFrame a call returned or a test expects, and the
 * shape an SQL result set takes too.
 *
 * <p>Its JSON form is {@code {"$frame": {"columns": [...], "dtypes": [...], "rows": [[...],
 * ...]}}}. A null cell is a missing value (NaN, None, NaT). What a result adds: {@code row_count}
 * (the rows of a result too large to send are left out, {@code rows} null), {@code index} (the
 * names of a named index, which is not part of the values) and {@code series} (it was a pandas
 * Series).
 *
 * @param columns the column names in order; null for a Series without a name
 * @param dtypes the dtype name of each column (pandas' names, or null when not known, as for an SQL
 *     result): what the column's {@link Kind} comes from
 * @param rows the cells, row by row; null when the result was too large to send
 * @param rowCount the number of rows
 * @param index the names of a named index (empty for a plain one)
 * @param series whether the value was a pandas Series
 */
public record Table(
    List<String> columns,
    List<String> dtypes,
    List<List<JsonNode>> rows,
    long rowCount,
    List<String> index,
    boolean series) {

  /** The kind of a column's values, what a dtype says beyond its width. */
  public enum Kind {
    INTEGER("integer"),
    FLOAT("float"),
    BOOL("bool"),
    STRING("string"),
    DATETIME("datetime"),
    /** An object column of mixed values. */
    OBJECT("mixed object"),
    /** An object column with no values to tell (empty, or all missing): matches any kind. */
    UNKNOWN("unknown (no values)");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    @Override
    public String toString() {
      return label;
    }
  }

  /** The dtypes a column of a test file's frame may have (the Python harness knows this list). */
  public static final List<String> DTYPES =
      List.of("int64", "Int64", "float64", "bool", "boolean", "string", "datetime64");

  public Table {
    Objects.requireNonNull(columns, "columns");
    Objects.requireNonNull(dtypes, "dtypes");
    Objects.requireNonNull(index, "index");
    if (dtypes.size() != columns.size()) {
      throw new IllegalArgumentException(
          columns.size() + " columns need " + columns.size() + " dtypes, got " + dtypes.size());
    }
    if (rows != null && rows.size() != rowCount) {
      throw new IllegalArgumentException(
          "row_count says " + rowCount + " rows, the table has " + rows.size());
    }
  }

  /** Whether {@code node} is a frame value, {@code {"$frame": {...}}}. */
  public static boolean isFrame(JsonNode node) {
    return node != null && node.isObject() && node.has("$frame");
  }

  /**
   * Read a frame value as the harness (or a test file) writes it.
   *
   * @throws IllegalArgumentException naming what is malformed
   */
  public static Table fromJson(JsonNode value) {
    JsonNode spec = value.get("$frame");
    if (spec == null || !spec.isObject()) {
      throw new IllegalArgumentException(
          "a $frame is an object: {\"columns\": [...], \"dtypes\": [...], \"rows\": [[...]]}");
    }
    JsonNode columnsNode = spec.get("columns");
    if (columnsNode == null || !columnsNode.isArray()) {
      throw new IllegalArgumentException("a $frame needs \"columns\", a list of names");
    }
    List<String> columns = new ArrayList<>();
    for (JsonNode c : columnsNode) {
      columns.add(c.isNull() ? null : c.asString());
    }
    List<String> dtypes = new ArrayList<>();
    JsonNode dtypesNode = spec.get("dtypes");
    if (dtypesNode != null && dtypesNode.isArray()) {
      dtypesNode.forEach(d -> dtypes.add(d.isNull() ? null : d.asString()));
    } else {
      columns.forEach(c -> dtypes.add(null));
    }
    List<List<JsonNode>> rows = null;
    JsonNode rowsNode = spec.get("rows");
    if (rowsNode != null && rowsNode.isArray()) {
      rows = new ArrayList<>(rowsNode.size());
      int r = 0;
      for (JsonNode row : rowsNode) {
        if (!row.isArray() || row.size() != columns.size()) {
          throw new IllegalArgumentException(
              "a $frame's row "
                  + r
                  + " must be a list of "
                  + columns.size()
                  + " cells, one per column, was "
                  + ValueComparator.show(row));
        }
        List<JsonNode> cells = new ArrayList<>(row.size());
        row.forEach(cells::add);
        rows.add(cells);
        r++;
      }
    } else if (rowsNode != null && !rowsNode.isNull()) {
      throw new IllegalArgumentException("a $frame's \"rows\" must be a list of rows");
    }
    long rowCount = spec.path("row_count").asLong(rows == null ? 0 : rows.size());
    List<String> index = new ArrayList<>();
    spec.path("index").forEach(n -> index.add(n.asString()));
    return new Table(columns, dtypes, rows, rowCount, index, spec.path("series").asBoolean(false));
  }

  /**
   * What is wrong with the first malformed {@code $frame} of a test file in {@code node} (an
   * argument or an expected value, also inside lists and objects), or null.
   */
  public static String problem(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isArray() || (node.isObject() && !node.has("$frame"))) {
      for (JsonNode item : node) {
        String problem = problem(item);
        if (problem != null) {
          return problem;
        }
      }
      return null;
    }
    if (!node.isObject()) {
      return null;
    }
    for (String key : node.propertyNames()) {
      if (!key.equals("$frame") && !key.equals("ordered")) {
        return "a $frame value has an unknown key '" + key + "' (known: $frame, ordered)";
      }
    }
    if (node.has("ordered") && !node.get("ordered").isBoolean()) {
      return "a $frame's \"ordered\" must be true or false";
    }
    JsonNode spec = node.get("$frame");
    if (spec.isObject()) {
      for (String key : spec.propertyNames()) {
        if (!Set.of("columns", "dtypes", "rows").contains(key)) {
          return "a $frame has an unknown key '" + key + "' (known: columns, dtypes, rows)";
        }
      }
      if (!spec.path("dtypes").isArray()) {
        return "a $frame needs \"dtypes\", one per column, each one of "
            + String.join(", ", DTYPES);
      }
      if (!spec.path("rows").isArray()) {
        return "a $frame needs \"rows\", a list of rows (each a list of cells)";
      }
    }
    Table table;
    try {
      table = fromJson(node);
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
    Set<String> seen = new HashSet<>();
    for (int j = 0; j < table.columns.size(); j++) {
      String name = table.columns.get(j);
      if (name == null) {
        return "a $frame's column names must be strings, column " + j + " is null";
      }
      if (!seen.add(name)) {
        return "a $frame has the column '" + name + "' twice";
      }
      String dtype = table.dtypes.get(j);
      if (!DTYPES.contains(dtype)) {
        return "column '"
            + name
            + "': dtype must be one of "
            + String.join(", ", DTYPES)
            + ", was '"
            + dtype
            + "'";
      }
      for (int r = 0; r < table.rows.size(); r++) {
        String cell = cellProblem(dtype, table.rows.get(r).get(j));
        if (cell != null) {
          return "column '" + name + "' (" + dtype + "), row " + r + ": " + cell;
        }
      }
    }
    return null;
  }

  private static String cellProblem(String dtype, JsonNode cell) {
    if (cell.isNull()) {
      return switch (dtype) {
        case "int64" -> "null in an int64 column (pandas cannot hold it): use Int64 or float64";
        case "bool" -> "null in a bool column (pandas cannot hold it): use boolean";
        default -> null;
      };
    }
    boolean ok =
        switch (dtype) {
          case "int64", "Int64" -> cell.isIntegralNumber();
          case "float64" -> cell.isNumber();
          case "bool", "boolean" -> cell.isBoolean();
          case "string" -> cell.isString();
          case "datetime64" -> cell.isString() && instant(cell.asString()) != null;
          default -> false;
        };
    if (ok) {
      return null;
    }
    return dtype.equals("datetime64")
        ? "expected ISO 8601 text like \"2024-03-01T09:30:00\", got " + ValueComparator.show(cell)
        : "expected a value of this dtype, got " + ValueComparator.show(cell);
  }

  /** The number of columns. */
  public int width() {
    return columns.size();
  }

  /** The kind of column {@code j}: from its dtype, or from its values when the dtype says none. */
  public Kind kind(int j) {
    String dtype = dtypes.get(j) == null ? "" : dtypes.get(j);
    String d = dtype.toLowerCase(java.util.Locale.ROOT);
    if (d.startsWith("int") || d.startsWith("uint")) {
      return Kind.INTEGER;
    }
    if (d.startsWith("float")) {
      return Kind.FLOAT;
    }
    if (d.equals("bool") || d.equals("boolean")) {
      return Kind.BOOL;
    }
    if (d.startsWith("datetime64")) {
      return Kind.DATETIME;
    }
    if (d.equals("string") || d.equals("str")) {
      return Kind.STRING;
    }
    // object, category, or unknown (an SQL result): what the values are.
    return rows == null ? Kind.UNKNOWN : inferred(j);
  }

  private Kind inferred(int j) {
    Kind kind = null;
    for (List<JsonNode> row : rows) {
      JsonNode cell = row.get(j);
      Kind k;
      if (cell.isNull()) {
        continue;
      } else if (cell.isBoolean()) {
        k = Kind.BOOL;
      } else if (cell.isIntegralNumber()) {
        k = Kind.INTEGER;
      } else if (cell.isNumber()) {
        k = Kind.FLOAT;
      } else if (cell.isString()) {
        k = Kind.STRING;
      } else {
        return Kind.OBJECT;
      }
      if (kind == null || kind == k) {
        kind = k;
      } else if ((kind == Kind.INTEGER && k == Kind.FLOAT)
          || (kind == Kind.FLOAT && k == Kind.INTEGER)) {
        kind = Kind.FLOAT;
      } else {
        return Kind.OBJECT;
      }
    }
    return kind == null ? Kind.UNKNOWN : kind;
  }

  /** Whether column {@code j} holds a missing value. */
  public boolean hasNull(int j) {
    return rows != null && rows.stream().anyMatch(row -> row.get(j).isNull());
  }

  /**
   * The moment ISO 8601 text names, as UTC local time: {@code 2024-03-01}, {@code
   * 2024-03-01T09:30:00}, {@code 2024-03-01 09:30:00.5}, {@code 2024-03-01T09:30:00+02:00}; null
   * when it names none.
   */
  static LocalDateTime instant(String text) {
    String t = text.trim().replace(' ', 'T');
    try {
      if (t.length() == 10) {
        return LocalDate.parse(t).atStartOfDay();
      }
      if (t.endsWith("Z") || t.matches(".*[+-]\\d\\d:\\d\\d$")) {
        return OffsetDateTime.parse(t).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
      }
      return LocalDateTime.parse(t);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
