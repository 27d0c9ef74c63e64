package dev.onsite.server.review;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stored result of a submitted review, read back for its page: {@code ReviewJson.result}'s
 * shape.
 *
 * @param precision matched comments / comments, 0..1
 * @param defects every planted defect, in file and line order, with the comment that caught it
 * @param falseAlarms the comments that matched no defect
 */
record GradedReview(
    double score,
    double precision,
    int passMark,
    boolean passed,
    int comments,
    int caught,
    List<DefectRow> defects,
    List<CommentRow> falseAlarms) {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /**
   * One comment as the result names it.
   *
   * @param index its position in the review, 1-based
   */
  record CommentRow(
      int index, String file, int firstLine, int lastLine, String category, String text) {

    static CommentRow of(JsonNode c) {
      return new CommentRow(
          c.path("index").asInt(),
          c.path("file").asString(""),
          c.path("lines").path(0).asInt(),
          c.path("lines").path(1).asInt(),
          c.path("category").asString(""),
          c.path("text").asString(""));
    }

    public String linesLabel() {
      return GradedReview.linesLabel(firstLine, lastLine);
    }
  }

  /** One planted defect and the comment that caught it, or null. */
  record DefectRow(
      String id,
      String file,
      int firstLine,
      int lastLine,
      String category,
      int severity,
      String title,
      String explanation,
      CommentRow caughtBy) {

    public boolean caught() {
      return caughtBy != null;
    }

    public String linesLabel() {
      return GradedReview.linesLabel(firstLine, lastLine);
    }

    public String severityLabel() {
      return switch (severity) {
        case 3 -> "critical";
        case 2 -> "major";
        default -> "minor";
      };
    }
  }

  /** {@code line 3}, or {@code lines 3–5}. */
  static String linesLabel(int first, int last) {
    return first == last ? "line " + first : "lines " + first + "–" + last;
  }

  static GradedReview parse(String json) {
    JsonNode top = JSON.readTree(json);
    List<DefectRow> defects = new ArrayList<>();
    for (JsonNode d : top.path("defects")) {
      JsonNode by = d.path("comment");
      defects.add(
          new DefectRow(
              d.path("id").asString(""),
              d.path("file").asString(""),
              d.path("lines").path(0).asInt(),
              d.path("lines").path(1).asInt(),
              d.path("category").asString(""),
              d.path("severity").asInt(),
              d.path("title").asString(""),
              d.path("explanation").asString(""),
              by.isObject() ? CommentRow.of(by) : null));
    }
    List<CommentRow> alarms = new ArrayList<>();
    for (JsonNode c : top.path("false_alarms")) {
      alarms.add(CommentRow.of(c));
    }
    return new GradedReview(
        top.path("score").asDouble(),
        top.path("precision").asDouble(),
        top.path("pass_mark").asInt(),
        top.path("passed").asBoolean(),
        top.path("comments").asInt(),
        top.path("caught").asInt(),
        defects,
        alarms);
  }

  /** The result as the API returns it (the stored JSON tree). */
  static JsonNode tree(String json) {
    return json == null ? null : JSON.readTree(json);
  }
}
