package dev.onsite.server.progress;

import java.util.List;

/** Attempts as CSV (RFC 4180: a header row, fields quoted when they need it, CRLF line ends). */
final class AttemptsCsv {

  static final String HEADER = "kind,item,round,areas,at,graded,passed,score";

  private AttemptsCsv() {}

  static String write(List<Attempt> attempts) {
    StringBuilder out = new StringBuilder(HEADER).append("\r\n");
    for (Attempt a : attempts) {
      out.append(field(a.kind()))
          .append(',')
          .append(field(a.itemId()))
          .append(',')
          .append(field(a.round() == null ? "" : a.round()))
          .append(',')
          .append(field(String.join(" ", a.areas())))
          .append(',')
          .append(a.at())
          .append(',')
          .append(a.graded())
          .append(',')
          .append(a.passed())
          .append(',')
          .append(a.score() == null ? "" : a.score())
          .append("\r\n");
    }
    return out.toString();
  }

  /** The value, quoted (with quotes doubled) when it holds a comma, a quote or a line break. */
  static String field(String value) {
    if (value.indexOf(',') < 0
        && value.indexOf('"') < 0
        && value.indexOf('\n') < 0
        && value.indexOf('\r') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }
}
