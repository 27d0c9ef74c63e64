package dev.onsite.judge.check;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Grade predictions an api call returned against held-out labels that stay on the judge's side: the
 * {@code "metric"} of a call, e.g. {@code {"name": "roc_auc", "labels": [...], "at_least": 0.85}}.
 *
 * <p>The labels never enter the sandbox and never appear in a message: a failure names the metric,
 * its value and the threshold only ("roc_auc 0.79 < 0.85 on 200 held-out rows").
 *
 * @param metric what is measured
 * @param labels the true label (a string or a number) or target of each held-out row, in order
 * @param threshold the bound the metric must reach: a minimum for metrics where higher is better, a
 *     maximum for error metrics
 * @param positive the positive class of {@code f1} and {@code roc_auc} (null for the others)
 */
public record MetricCheck(Metric metric, List<Object> labels, double threshold, Object positive) {

  private static final Set<String> KEYS =
      Set.of("name", "labels", "at_least", "at_most", "pos_label");

  public MetricCheck {
    Objects.requireNonNull(metric, "metric");
    labels = List.copyOf(labels);
    if (labels.isEmpty()) {
      throw new IllegalArgumentException("metric " + metric.id + ": labels must not be empty");
    }
    if (!Double.isFinite(threshold)) {
      throw new IllegalArgumentException(
          "metric " + metric.id + ": the threshold must be a finite number");
    }
    if (metric.numeric && metric != Metric.ROC_AUC) {
      for (Object label : labels) {
        if (!(label instanceof Double)) {
          throw new IllegalArgumentException(
              "metric " + metric.id + ": labels must be numbers, found '" + label + "'");
        }
      }
    }
    if (metric == Metric.F1 || metric == Metric.ROC_AUC) {
      Objects.requireNonNull(positive, "positive");
      if (!labels.contains(positive)) {
        throw new IllegalArgumentException(
            "metric "
                + metric.id
                + ": no label is the positive class "
                + show(positive)
                + " (set pos_label)");
      }
    }
    if (metric == Metric.ROC_AUC) {
      if (labels.stream().distinct().count() != 2) {
        throw new IllegalArgumentException(
            "metric roc_auc: labels must hold exactly two classes, held "
                + labels.stream().distinct().count());
      }
    }
    if (metric == Metric.R2 && labels.stream().distinct().count() < 2) {
      throw new IllegalArgumentException(
          "metric r2: labels are all equal, so r2 is undefined; use rmse or mae");
    }
  }

  /** What is measured, and which way is better. */
  public enum Metric {
    ACCURACY("accuracy", true, false),
    F1("f1", true, false),
    F1_MACRO("f1_macro", true, false),
    ROC_AUC("roc_auc", true, true),
    RMSE("rmse", false, true),
    MAE("mae", false, true),
    R2("r2", true, true);

    final String id;
    final boolean higherIsBetter;
    final boolean numeric;

    Metric(String id, boolean higherIsBetter, boolean numeric) {
      this.id = id;
      this.higherIsBetter = higherIsBetter;
      this.numeric = numeric;
    }

    /** The name in a test file. */
    public String id() {
      return id;
    }

    static Optional<Metric> of(String id) {
      for (Metric m : values()) {
        if (m.id.equals(id)) {
          return Optional.of(m);
        }
      }
      return Optional.empty();
    }
  }

  /**
   * Read a call's {@code "metric"} object.
   *
   * @throws IllegalArgumentException naming what is wrong and how to write it
   */
  public static MetricCheck parse(JsonNode spec) {
    if (spec == null || !spec.isObject()) {
      throw new IllegalArgumentException(
          "metric must be an object like {\"name\": \"roc_auc\", \"labels\": [0, 1], \"at_least\":"
              + " 0.8}");
    }
    for (String key : spec.propertyNames()) {
      if (!KEYS.contains(key)) {
        throw new IllegalArgumentException(
            "metric has an unknown key '"
                + key
                + "' (known: "
                + String.join(", ", sorted(KEYS))
                + ")");
      }
    }
    String name = spec.path("name").asString("");
    Metric metric =
        Metric.of(name)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "unknown metric '"
                            + name
                            + "' (known: accuracy, f1, f1_macro, roc_auc, rmse, mae, r2)"));
    String bound = metric.higherIsBetter ? "at_least" : "at_most";
    String other = metric.higherIsBetter ? "at_most" : "at_least";
    if (spec.has(other)) {
      throw new IllegalArgumentException(
          "metric "
              + name
              + ": "
              + (metric.higherIsBetter ? "higher is better" : "lower is better")
              + ", so give \""
              + bound
              + "\", not \""
              + other
              + "\"");
    }
    if (!spec.path(bound).isNumber()) {
      throw new IllegalArgumentException(
          "metric " + name + " needs \"" + bound + "\": the threshold, a number");
    }
    JsonNode labels = spec.get("labels");
    if (labels == null || !labels.isArray()) {
      throw new IllegalArgumentException(
          "metric " + name + " needs \"labels\": the held-out labels, a list");
    }
    List<Object> values = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      Object label = labels.get(i).isNull() ? null : key(labels.get(i));
      if (label == null) {
        throw new IllegalArgumentException(
            "metric " + name + ": label " + i + " must be a number, a string or a boolean");
      }
      values.add(label);
    }
    Object positive = null;
    if (metric == Metric.F1 || metric == Metric.ROC_AUC) {
      positive = spec.has("pos_label") ? key(spec.get("pos_label")) : Double.valueOf(1);
      if (positive == null) {
        throw new IllegalArgumentException(
            "metric " + name + ": pos_label must be a number, a string or a boolean");
      }
    } else if (spec.has("pos_label")) {
      throw new IllegalArgumentException(
          "metric " + name + ": pos_label belongs to f1 and roc_auc only");
    }
    return new MetricCheck(metric, values, spec.get(bound).asDouble(), positive);
  }

  /**
   * The metric's value for {@code predictions} (as returned by the harness), or why there is none.
   */
  public Result evaluate(JsonNode predictions) {
    JsonNode data =
        predictions != null && predictions.isObject() && predictions.has("$ndarray")
            ? predictions.get("$ndarray")
            : predictions;
    int n = labels.size();
    if (data == null || !data.isArray()) {
      return new Result.Unusable(
          "expected "
              + n
              + " predictions (a list or 1-D array, one per held-out row), got "
              + ValueComparator.show(predictions));
    }
    if (data.size() != n) {
      return new Result.Unusable(
          "expected " + n + " predictions, one per held-out row, got " + data.size());
    }
    List<JsonNode> rows = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      JsonNode item = data.get(i);
      if (item.isArray() && metric == Metric.ROC_AUC && item.size() == 2) {
        item = item.get(1); // predict_proba's columns: the positive class's probability
      } else if (item.isArray() && item.size() == 1 && metric.numeric) {
        item = item.get(0); // a column vector
      }
      if (item.isArray() || item.isObject()) {
        return new Result.Unusable(
            "prediction "
                + i
                + " is "
                + ValueComparator.show(item)
                + "; expected one "
                + (metric.numeric ? "number" : "label")
                + " per row"
                + (metric == Metric.ROC_AUC ? " (or predict_proba's two columns)" : ""));
      }
      rows.add(item);
    }
    if (metric.numeric) {
      double[] got = new double[n];
      for (int i = 0; i < n; i++) {
        JsonNode item = rows.get(i);
        if (!item.isNumber() && !item.isBoolean()) {
          return new Result.Unusable(
              "prediction " + i + " is " + ValueComparator.show(item) + ", not a number");
        }
        got[i] = item.isBoolean() ? (item.asBoolean() ? 1 : 0) : item.asDouble();
        if (!Double.isFinite(got[i])) {
          return new Result.Unusable("prediction " + i + " is " + got[i] + ", not a finite number");
        }
      }
      return new Result.Value(numeric(got));
    }
    List<Object> got = new ArrayList<>(n);
    for (JsonNode item : rows) {
      got.add(key(item));
    }
    return new Result.Value(classes(got));
  }

  /** Grade {@code predictions}: empty when the metric reaches the threshold, else why not. */
  public Optional<String> grade(JsonNode predictions) {
    return switch (evaluate(predictions)) {
      case Result.Unusable unusable -> Optional.of(unusable.problem());
      case Result.Value(double value) -> {
        boolean passes = metric.higherIsBetter ? value >= threshold : value <= threshold;
        yield passes
            ? Optional.empty()
            : Optional.of(
                String.format(
                    Locale.ROOT,
                    "%s %s %s %s on %d held-out rows",
                    metric.id,
                    number(value),
                    metric.higherIsBetter ? "<" : ">",
                    number(threshold),
                    labels.size()));
      }
    };
  }

  /**
   * The outcome of {@link #evaluate}: the metric's value, or why the predictions cannot be scored.
   */
  public sealed interface Result {
    /** The metric's value. */
    record Value(double value) implements Result {}

    /** Predictions of the wrong length or kind. */
    record Unusable(String problem) implements Result {}
  }

  private double numeric(double[] got) {
    int n = got.length;
    if (metric == Metric.ROC_AUC) {
      return rocAuc(got);
    }
    double[] truth = new double[n];
    for (int i = 0; i < n; i++) {
      truth[i] = (Double) labels.get(i);
    }
    return switch (metric) {
      case RMSE -> {
        double sum = 0;
        for (int i = 0; i < n; i++) {
          sum += (got[i] - truth[i]) * (got[i] - truth[i]);
        }
        yield Math.sqrt(sum / n);
      }
      case MAE -> {
        double sum = 0;
        for (int i = 0; i < n; i++) {
          sum += Math.abs(got[i] - truth[i]);
        }
        yield sum / n;
      }
      case R2 -> {
        double mean = 0;
        for (double t : truth) {
          mean += t / n;
        }
        double residual = 0;
        double total = 0;
        for (int i = 0; i < n; i++) {
          residual += (got[i] - truth[i]) * (got[i] - truth[i]);
          total += (truth[i] - mean) * (truth[i] - mean);
        }
        yield 1 - residual / total;
      }
      case ACCURACY, F1, F1_MACRO, ROC_AUC ->
          throw new IllegalStateException(metric + " is not a regression metric");
    };
  }

  /** The area under the ROC curve: the Mann-Whitney statistic, ties counting one half. */
  private double rocAuc(double[] scores) {
    int n = scores.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
    double rankSum = 0;
    long positives = 0;
    int i = 0;
    while (i < n) {
      int j = i;
      while (j + 1 < n && scores[order[j + 1]] == scores[order[i]]) {
        j++;
      }
      double averageRank = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        if (labels.get(order[k]).equals(positive)) {
          rankSum += averageRank;
          positives++;
        }
      }
      i = j + 1;
    }
    long negatives = n - positives;
    return (rankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
  }

  private double classes(List<Object> got) {
    int n = got.size();
    return switch (metric) {
      case ACCURACY -> {
        int right = 0;
        for (int i = 0; i < n; i++) {
          right += labels.get(i).equals(got.get(i)) ? 1 : 0;
        }
        yield (double) right / n;
      }
      case F1 -> f1(got, positive);
      case F1_MACRO -> {
        // sklearn averages over every class that occurs in the labels or the predictions.
        List<Object> classes = new ArrayList<>(new java.util.LinkedHashSet<>(labels));
        for (Object g : got) {
          if (!classes.contains(g)) {
            classes.add(g);
          }
        }
        double sum = 0;
        for (Object c : classes) {
          sum += f1(got, c);
        }
        yield sum / classes.size();
      }
      case ROC_AUC, RMSE, MAE, R2 -> throw new IllegalStateException(metric + " is numeric");
    };
  }

  /** F1 of class {@code c}: {@code 2TP / (2TP + FP + FN)}, 0 when the class is nowhere. */
  private double f1(List<Object> got, Object c) {
    long tp = 0;
    long fp = 0;
    long fn = 0;
    for (int i = 0; i < got.size(); i++) {
      boolean truth = labels.get(i).equals(c);
      boolean predicted = c.equals(got.get(i));
      if (truth && predicted) {
        tp++;
      } else if (predicted) {
        fp++;
      } else if (truth) {
        fn++;
      }
    }
    return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
  }

  /** A label as a comparable value: numbers as doubles (1 equals 1.0), booleans as 0 and 1. */
  private static Object key(JsonNode node) {
    if (node == null || node.isNull()) {
      return node == null ? null : "None";
    }
    if (node.isNumber()) {
      return node.asDouble();
    }
    if (node.isBoolean()) {
      return node.asBoolean() ? 1.0 : 0.0;
    }
    if (node.isString()) {
      return node.asString();
    }
    return null;
  }

  private static String show(Object label) {
    if (label instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString(d.longValue());
    }
    return label instanceof String s ? "'" + s + "'" : String.valueOf(label);
  }

  private static String number(double x) {
    if (!Double.isFinite(x)) {
      return Double.toString(x);
    }
    return new BigDecimal(x).round(new MathContext(4)).stripTrailingZeros().toPlainString();
  }

  private static List<String> sorted(Set<String> keys) {
    return keys.stream().sorted().toList();
  }
}
