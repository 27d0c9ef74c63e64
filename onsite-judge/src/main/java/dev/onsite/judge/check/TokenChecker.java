package dev.onsite.judge.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Compare a program's output with the expected answer the way the Kattis default output validator
 * does: token by token, case-insensitive unless {@code case_sensitive}, whitespace-insensitive
 * unless {@code space_change_sensitive}, and numbers within a tolerance when one is given.
 */
public final class TokenChecker {

  private final boolean caseSensitive;
  private final boolean spaceSensitive;
  private final double absTolerance;
  private final double relTolerance;

  private TokenChecker(
      boolean caseSensitive, boolean spaceSensitive, double absTolerance, double relTolerance) {
    this.caseSensitive = caseSensitive;
    this.spaceSensitive = spaceSensitive;
    this.absTolerance = absTolerance;
    this.relTolerance = relTolerance;
  }

  /**
   * Build a checker from the validator's flags.
   *
   * @throws IllegalArgumentException for an unknown flag or a tolerance that is not a number
   */
  public static TokenChecker fromFlags(List<String> flags) {
    boolean caseSensitive = false;
    boolean spaceSensitive = false;
    double abs = -1;
    double rel = -1;
    for (int i = 0; i < flags.size(); i++) {
      String flag = flags.get(i);
      switch (flag) {
        case "case_sensitive" -> caseSensitive = true;
        case "space_change_sensitive" -> spaceSensitive = true;
        case "float_tolerance" -> {
          abs = number(flags, ++i, flag);
          rel = abs;
        }
        case "float_absolute_tolerance" -> abs = number(flags, ++i, flag);
        case "float_relative_tolerance" -> rel = number(flags, ++i, flag);
        default ->
            throw new IllegalArgumentException(
                "unknown output validator flag '"
                    + flag
                    + "' (known: case_sensitive, space_change_sensitive, float_tolerance E, float_absolute_tolerance E, float_relative_tolerance E)");
      }
    }
    return new TokenChecker(caseSensitive, spaceSensitive, abs, rel);
  }

  private static double number(List<String> flags, int index, String flag) {
    if (index >= flags.size()) {
      throw new IllegalArgumentException(flag + " needs a number after it");
    }
    try {
      double value = Double.parseDouble(flags.get(index));
      if (!(value >= 0)) {
        throw new NumberFormatException();
      }
      return value;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          flag + " needs a non-negative number, got '" + flags.get(index) + "'");
    }
  }

  private boolean floats() {
    return absTolerance >= 0 || relTolerance >= 0;
  }

  public CheckResult check(String expected, String actual) {
    if (spaceSensitive) {
      CheckResult spaces = checkSpaces(expected, actual);
      if (!spaces.accepted()) {
        return spaces;
      }
    }
    List<String> want = tokens(expected);
    List<String> got = tokens(actual);
    int n = Math.min(want.size(), got.size());
    for (int i = 0; i < n; i++) {
      String w = want.get(i);
      String g = got.get(i);
      if (!tokenMatches(w, g)) {
        return CheckResult.wrong(
            "token "
                + (i + 1)
                + " differs: expected '"
                + clip(w)
                + "', got '"
                + clip(g)
                + "'"
                + " (line "
                + lineOf(actual, i)
                + " of your output)",
            "wrong output at token " + (i + 1));
      }
    }
    if (got.size() < want.size()) {
      return CheckResult.wrong(
          "output ends early: expected "
              + want.size()
              + " tokens, got "
              + got.size()
              + "; next expected '"
              + clip(want.get(n))
              + "'",
          "output ends early: fewer tokens than expected");
    }
    if (got.size() > want.size()) {
      return CheckResult.wrong(
          "extra output: expected "
              + want.size()
              + " tokens, got "
              + got.size()
              + "; first extra '"
              + clip(got.get(n))
              + "'",
          "extra output after the expected answer");
    }
    return CheckResult.ACCEPTED;
  }

  private boolean tokenMatches(String want, String got) {
    if (floats()) {
      Double w = parseNumber(want);
      if (w != null) {
        Double g = parseNumber(got);
        if (g == null) {
          return false;
        }
        return numbersMatch(w, g);
      }
    }
    return caseSensitive ? want.equals(got) : want.equalsIgnoreCase(got);
  }

  private boolean numbersMatch(double want, double got) {
    if (Double.isNaN(want) || Double.isNaN(got)) {
      return Double.isNaN(want) && Double.isNaN(got);
    }
    if (Double.isInfinite(want) || Double.isInfinite(got)) {
      return want == got;
    }
    double diff = Math.abs(want - got);
    return (absTolerance >= 0 && diff <= absTolerance + 1e-15)
        || (relTolerance >= 0 && diff <= relTolerance * Math.abs(want) + 1e-15);
  }

  static Double parseNumber(String token) {
    String t = token.toLowerCase(Locale.ROOT);
    if (t.equals("nan") || t.equals("-nan") || t.equals("+nan")) {
      return Double.NaN;
    }
    if (t.equals("inf") || t.equals("+inf") || t.equals("infinity") || t.equals("+infinity")) {
      return Double.POSITIVE_INFINITY;
    }
    if (t.equals("-inf") || t.equals("-infinity")) {
      return Double.NEGATIVE_INFINITY;
    }
    if (t.isEmpty()
        || !(Character.isDigit(t.charAt(t.length() - 1)) || t.charAt(t.length() - 1) == '.')) {
      return null;
    }
    char first = t.charAt(0);
    if (!(Character.isDigit(first) || first == '-' || first == '+' || first == '.')) {
      return null;
    }
    try {
      return Double.parseDouble(t);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private CheckResult checkSpaces(String expected, String actual) {
    // With space_change_sensitive, the whitespace between tokens must be the same characters.
    List<String> want = separators(expected);
    List<String> got = separators(actual);
    int n = Math.min(want.size(), got.size());
    for (int i = 0; i < n; i++) {
      if (!want.get(i).equals(got.get(i))) {
        return CheckResult.wrong(
            "whitespace differs before token "
                + (i + 1)
                + ": expected "
                + show(want.get(i))
                + ", got "
                + show(got.get(i)),
            "whitespace differs from the expected output");
      }
    }
    if (want.size() != got.size() && tokens(expected).size() == tokens(actual).size()) {
      return CheckResult.wrong(
          "whitespace differs at the end of the output",
          "whitespace differs from the expected output");
    }
    return CheckResult.ACCEPTED;
  }

  private static List<String> separators(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        current.append(c);
      } else if (current.length() > 0 || (i == 0)) {
        out.add(current.toString());
        current.setLength(0);
        while (i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1))) {
          i++;
        }
      } else {
        out.add("");
        while (i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1))) {
          i++;
        }
      }
    }
    out.add(current.toString());
    return out;
  }

  private static String show(String whitespace) {
    return "'" + whitespace.replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r") + "'";
  }

  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      while (i < n && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        tokens.add(text.substring(start, i));
      }
    }
    return tokens;
  }

  private static int lineOf(String text, int tokenIndex) {
    int line = 1;
    int seen = -1;
    boolean inToken = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        inToken = false;
        if (c == '\n') {
          line++;
        }
      } else if (!inToken) {
        inToken = true;
        seen++;
        if (seen == tokenIndex) {
          return line;
        }
      }
    }
    return line;
  }

  private static String clip(String token) {
    return token.length() > 60 ? token.substring(0, 57) + "..." : token;
  }
}
