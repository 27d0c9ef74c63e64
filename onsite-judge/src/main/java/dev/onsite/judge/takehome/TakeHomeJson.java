package dev.onsite.judge.takehome;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plain maps and lists of a take-home and its judgement, for JSON output (the command line's {@code
 * --json} and a web API share this shape).
 */
public final class TakeHomeJson {

  private TakeHomeJson() {}

  /** The package's metadata and fault kinds, without anything of a dataset. */
  public static Map<String, Object> summary(TakeHomePackage p) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", p.id());
    out.put("round", "take-home");
    out.put("title", p.title());
    out.put("difficulty", p.difficulty());
    out.put("hours", p.hours());
    out.put("companies", p.companies());
    out.put("tags", p.tags());
    out.put(
        "faults",
        p.faults().stream()
            .map(
                f -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("kind", f.id());
                  m.put("weight", f.weight());
                  m.put("description", f.description());
                  return m;
                })
            .toList());
    return out;
  }

  /** A judgement: verdict, score, a row per fault kind, and every rubric part. */
  public static Map<String, Object> result(TakeHomePackage p, TakeHomeResult r) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("verdict", r.verdict().name());
    out.put("score", round(r.score(), 10));
    out.put("takehome", p.id());
    out.put("seed", r.seed());
    out.put("summary", r.summary());
    out.put("wall_ms", r.wallMs());
    out.put("kinds", r.kinds().stream().map(TakeHomeJson::kind).toList());
    out.put(
        "rubric",
        r.rubric().stream()
            .map(
                s -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("part", s.part().id());
                  m.put("title", s.part().title());
                  m.put("weight", s.part().weight());
                  m.put("graded", s.part().graded());
                  m.put(
                      "points",
                      s.points().isPresent() ? round(s.points().getAsDouble(), 10) : null);
                  m.put("checklist", s.part().checklist());
                  return m;
                })
            .toList());
    return out;
  }

  private static Map<String, Object> kind(KindScore k) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", k.kind().id());
    m.put("weight", k.kind().weight());
    m.put("injected", k.injected());
    m.put("flagged", k.flagged());
    m.put("correct", k.correct());
    m.put("precision", round(k.precision(), 1000));
    m.put("recall", round(k.recall(), 1000));
    m.put("f1", round(k.f1(), 1000));
    m.put("full", k.full());
    m.put("missed", List.copyOf(k.missed()));
    m.put("false_alarms", List.copyOf(k.falseAlarms()));
    return m;
  }

  private static double round(double value, int scale) {
    return Math.round(value * scale) / (double) scale;
  }
}
