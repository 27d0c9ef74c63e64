package dev.onsite.judge.takehome;

import dev.onsite.judge.verdict.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Grade a finder's findings against a dataset's answer key: precision and recall over ids per fault
 * kind, a weighted F1 over the kinds, and the rubric report.
 *
 * <p>Findings are one JSON array on standard output, each item {@code {"kind": "...", "ids": [...],
 * "note": "..."}}; ids are strings or whole numbers (compared as text), several items of one kind
 * add up, other keys are ignored. Findings that cannot be read are a WA with a one-line reason, not
 * an exception.
 */
public final class TakeHomeGrader {

  /** The most ids all findings together may name. */
  public static final int MAX_IDS = 200_000;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private TakeHomeGrader() {}

  /**
   * Grade what a finder printed.
   *
   * @param stdout the finder's standard output, whole
   */
  public static TakeHomeResult grade(
      TakeHomePackage pkg, Dataset dataset, String stdout, long wallMs) {
    Map<String, Set<String>> findings;
    try {
      findings = parse(pkg, stdout);
    } catch (IllegalArgumentException e) {
      return failed(pkg, dataset.seed(), Verdict.WA, e.getMessage(), wallMs);
    }
    return grade(pkg, dataset, findings, wallMs);
  }

  /** Grade findings already read: fault kind to the ids flagged with it. */
  public static TakeHomeResult grade(
      TakeHomePackage pkg, Dataset dataset, Map<String, Set<String>> findings, long wallMs) {
    for (String kind : dataset.key().keySet()) {
      if (pkg.fault(kind).isEmpty()) {
        throw new TakeHomeException(
            "the answer key of seed "
                + dataset.seed()
                + " names fault kind '"
                + kind
                + "', which takehome.yaml does not list");
      }
    }
    List<KindScore> kinds = new ArrayList<>();
    double weighted = 0;
    double weights = 0;
    for (FaultKind kind : pkg.faults()) {
      Set<String> truth = dataset.key().getOrDefault(kind.id(), Set.of());
      Set<String> flagged = findings.getOrDefault(kind.id(), Set.of());
      int correct = (int) flagged.stream().filter(truth::contains).count();
      List<String> missed =
          truth.stream()
              .filter(id -> !flagged.contains(id))
              .sorted(Dataset.ID_ORDER)
              .limit(KindScore.EXAMPLES)
              .toList();
      List<String> falseAlarms =
          flagged.stream()
              .filter(id -> !truth.contains(id))
              .sorted(Dataset.ID_ORDER)
              .limit(KindScore.EXAMPLES)
              .toList();
      KindScore score =
          new KindScore(kind, truth.size(), flagged.size(), correct, missed, falseAlarms);
      kinds.add(score);
      weighted += kind.weight() * score.f1();
      weights += kind.weight();
    }
    double detection = weighted / weights;
    long full = kinds.stream().filter(KindScore::full).count();
    boolean accepted = full == kinds.size();
    String summary =
        full
            + "/"
            + kinds.size()
            + " fault kinds at full marks, weighted F1 "
            + String.format(Locale.ROOT, "%.3f", detection)
            + (accepted ? "" : "; short on " + String.join(", ", shortKinds(kinds)));
    return new TakeHomeResult(
        accepted ? Verdict.AC : Verdict.WA,
        Math.min(100, 100 * detection),
        summary,
        dataset.seed(),
        kinds,
        rubric(pkg, detection),
        wallMs);
  }

  /** A result for a finder whose findings could not be graded: 0 points, the reason as summary. */
  static TakeHomeResult failed(
      TakeHomePackage pkg, long seed, Verdict verdict, String reason, long wallMs) {
    return new TakeHomeResult(verdict, 0, reason, seed, List.of(), rubric(pkg, 0), wallMs);
  }

  private static List<String> shortKinds(List<KindScore> kinds) {
    return kinds.stream()
        .filter(k -> !k.full())
        .map(
            k ->
                k.kind().id()
                    + String.format(
                        Locale.ROOT, " (precision %.2f, recall %.2f)", k.precision(), k.recall()))
        .toList();
  }

  private static List<RubricScore> rubric(TakeHomePackage pkg, double detection) {
    return pkg.rubric().stream()
        .map(
            part ->
                new RubricScore(
                    part,
                    part.graded()
                        ? OptionalDouble.of(part.weight() * detection)
                        : OptionalDouble.empty()))
        .toList();
  }

  /**
   * Read findings: fault kind to the distinct ids flagged with it.
   *
   * @throws IllegalArgumentException with a one-line reason when they cannot be read
   */
  static Map<String, Set<String>> parse(TakeHomePackage pkg, String stdout) {
    if (stdout.isBlank()) {
      throw new IllegalArgumentException(
          "the finder printed nothing: print one JSON array of findings to stdout");
    }
    JsonNode root;
    try {
      root = JSON.readTree(stdout);
    } catch (JacksonException e) {
      throw new IllegalArgumentException(
          "the findings are not JSON ("
              + e.getOriginalMessage().lines().findFirst().orElse("syntax error")
              + "): print one JSON array to stdout and anything else to stderr");
    }
    if (root == null || !root.isArray()) {
      throw new IllegalArgumentException(
          "the findings must be a JSON array of {\"kind\", \"ids\", \"note\"}, not "
              + (root == null ? "nothing" : root.getNodeType().name().toLowerCase(Locale.ROOT)));
    }
    Map<String, Set<String>> out = new LinkedHashMap<>();
    long total = 0;
    int index = 0;
    for (JsonNode item : root) {
      index++;
      String where = "finding " + index;
      if (!item.isObject()) {
        throw new IllegalArgumentException(where + " is not an object {\"kind\", \"ids\"}");
      }
      JsonNode kindNode = item.get("kind");
      if (kindNode == null || !kindNode.isString()) {
        throw new IllegalArgumentException(where + " has no \"kind\" string");
      }
      String kind = kindNode.asString();
      if (pkg.fault(kind).isEmpty()) {
        throw new IllegalArgumentException(
            where
                + ": unknown kind '"
                + shorten(kind)
                + "' (known: "
                + String.join(", ", pkg.faults().stream().map(FaultKind::id).toList())
                + ")");
      }
      JsonNode ids = item.get("ids");
      if (ids == null || !ids.isArray()) {
        throw new IllegalArgumentException(where + " (" + kind + ") has no \"ids\" list");
      }
      total += ids.size();
      if (total > MAX_IDS) {
        throw new IllegalArgumentException(
            "the findings name more than "
                + MAX_IDS
                + " ids (at finding "
                + index
                + "): flag the rows that are wrong, not every row");
      }
      JsonNode note = item.get("note");
      if (note != null && !note.isNull() && !note.isString()) {
        throw new IllegalArgumentException(where + ": \"note\" must be a string");
      }
      Set<String> set = out.computeIfAbsent(kind, k -> new java.util.HashSet<>());
      int at = 0;
      for (JsonNode id : ids) {
        at++;
        if (id.isString()) {
          set.add(id.asString());
        } else if (id.isIntegralNumber()) {
          set.add(id.bigIntegerValue().toString());
        } else {
          throw new IllegalArgumentException(
              where
                  + " ("
                  + kind
                  + "): id "
                  + at
                  + " is "
                  + shorten(id.toString())
                  + "; ids are strings or whole numbers");
        }
      }
    }
    return out;
  }

  private static String shorten(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "...";
  }
}
