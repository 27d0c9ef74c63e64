package dev.onsite.judge.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plain maps and lists of a review's parts, for JSON output (the command line's {@code --json} and
 * the web API share this shape).
 */
public final class ReviewJson {

  private ReviewJson() {}

  public static Map<String, Object> comment(Comment c) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("index", c.index());
    out.put("file", c.file());
    out.put("lines", List.of(c.firstLine(), c.lastLine()));
    out.put("category", c.category().id());
    out.put("text", c.text());
    return out;
  }

  public static Map<String, Object> defect(Defect d) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", d.id());
    out.put("file", d.file());
    out.put("lines", List.of(d.firstLine(), d.lastLine()));
    out.put("category", d.category().id());
    out.put("severity", d.severity());
    out.put("title", d.title());
    out.put("explanation", d.explanation());
    return out;
  }

  /** The package's metadata, without the defects. */
  public static Map<String, Object> summary(ReviewPackage p) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", p.id());
    out.put("round", p.round());
    out.put("title", p.title());
    out.put("difficulty", p.difficulty());
    out.put("minutes", p.minutes());
    out.put("language", p.language());
    out.put("ai_generated", p.aiGenerated());
    out.put("companies", p.companies());
    out.put("tags", p.tags());
    out.put("pass_mark", p.passMark());
    out.put("line_tolerance", p.lineTolerance());
    out.put("files", List.copyOf(p.code().keySet()));
    out.put("defects", p.defects().size());
    return out;
  }

  /** A graded review: score, precision, every defect with what caught it, the false alarms. */
  public static Map<String, Object> result(ReviewPackage p, ReviewResult r) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("package", p.id());
    out.put("score", Math.round(r.score() * 10) / 10.0);
    out.put("precision", Math.round(r.precision() * 1000) / 1000.0);
    out.put("pass_mark", p.passMark());
    out.put("passed", r.passed());
    out.put("comments", r.comments());
    out.put("caught", r.caught());
    out.put(
        "defects",
        r.defects().stream()
            .map(
                d -> {
                  Map<String, Object> m = defect(d.defect());
                  m.put("caught", d.caught());
                  m.put("comment", d.caughtBy().map(ReviewJson::comment).orElse(null));
                  return m;
                })
            .toList());
    out.put("false_alarms", r.falseAlarms().stream().map(ReviewJson::comment).toList());
    return out;
  }
}
