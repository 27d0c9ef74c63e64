package dev.onsite.judge.sql;

import java.util.Locale;

/**
 * What the judge reads from a candidate's query text without running it: whether its outermost
 * statement sorts its rows.
 */
public final class SqlQuery {

  private SqlQuery() {}

  /**
   * Whether the query's outermost statement has an {@code ORDER BY}: the words ORDER and BY at
   * parenthesis depth 0, outside string literals ({@code '...'}), quoted names ({@code "..."},
   * {@code `...`}, {@code [...]}) and comments ({@code -- ...}, {@code /* ... *}{@code /}). An
   * {@code ORDER BY} inside a subquery, a common table expression, a window ({@code OVER (ORDER BY
   * ...)}) or an aggregate's argument ({@code group_concat(x ORDER BY y)}) sits inside parentheses
   * and does not count: only the outermost one decides the order of the rows SQL returns.
   */
  public static boolean ordersOutermost(String sql) {
    int depth = 0;
    String previous = "";
    int n = sql.length();
    int i = 0;
    while (i < n) {
      char c = sql.charAt(i);
      if (c == '\'' || c == '"' || c == '`') {
        i = closing(sql, i + 1, c);
        previous = "";
      } else if (c == '[') {
        int end = sql.indexOf(']', i + 1);
        i = end < 0 ? n : end + 1;
        previous = "";
      } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
        int end = sql.indexOf('\n', i);
        i = end < 0 ? n : end + 1;
      } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
        int end = sql.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
      } else if (c == '(') {
        depth++;
        i++;
        previous = "";
      } else if (c == ')') {
        depth = Math.max(0, depth - 1);
        i++;
        previous = "";
      } else if (Character.isLetter(c) || c == '_') {
        int start = i;
        while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_')) {
          i++;
        }
        String word = sql.substring(start, i).toUpperCase(Locale.ROOT);
        if (depth == 0 && previous.equals("ORDER") && word.equals("BY")) {
          return true;
        }
        previous = word;
      } else {
        if (!Character.isWhitespace(c)) {
          previous = "";
        }
        i++;
      }
    }
    return false;
  }

  /**
   * The index after the quote that closes one opened before {@code from} (doubled quotes escape).
   */
  private static int closing(String sql, int from, char quote) {
    int i = from;
    while (i < sql.length()) {
      if (sql.charAt(i) == quote) {
        if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return sql.length();
  }
}
