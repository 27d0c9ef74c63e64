package dev.onsite.judge.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The held-out metrics against scikit-learn 1.2.1: every expected number below was computed once
 * with {@code sklearn.metrics} (accuracy_score, f1_score, roc_auc_score, mean_squared_error with
 * squared=False, mean_absolute_error, r2_score) on the same vectors and written in by hand.
 */
class MetricCheckTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static final String Y = "[1,1,1,1,1,1,1,0,0,0,0,1,1,0,0,1,0,1,0,0]";
  private static final String P = "[1,0,0,0,1,0,1,0,0,1,1,1,1,1,1,1,1,1,0,1]";
  // Scores with ties: 0.04 twice (both positive), 0.51 twice (one of each class).
  private static final String S =
      "[0.22,0.16,0.61,0.04,0.04,0.51,0.47,0.92,0.63,0.51,0.5,0.25,0.01,0.19,0.69,0.2,0.37,0.0,"
          + "0.83,0.15]";
  private static final String YC =
      "[\"billing\",\"login\",\"bug\",\"billing\",\"bug\",\"login\",\"billing\",\"refund\",\"bug\","
          + "\"login\",\"billing\",\"bug\"]";
  private static final String PC =
      "[\"billing\",\"bug\",\"bug\",\"billing\",\"login\",\"login\",\"billing\",\"billing\",\"bug\","
          + "\"login\",\"bug\",\"spam\"]";
  private static final String YR =
      "[9.66,10.33,10.19,6.32,10.23,14.08,5.36,12.58,10.36,8.08,16.0,12.29,6.4,10.22,11.73]";
  private static final String PR =
      "[9.47,11.01,10.12,6.99,11.67,13.4,5.56,12.12,10.49,6.89,15.42,12.09,7.3,11.37,10.41]";

  private static JsonNode json(String text) {
    return JSON.readTree(text);
  }

  private static MetricCheck check(String spec) {
    return MetricCheck.parse(json(spec));
  }

  private static double value(String spec, String predictions) {
    MetricCheck.Result result = check(spec).evaluate(json(predictions));
    assertThat(result).isInstanceOf(MetricCheck.Result.Value.class);
    return ((MetricCheck.Result.Value) result).value();
  }

  @Test
  void accuracyMatchesScikitLearn() {
    assertThat(value("{\"name\":\"accuracy\",\"labels\":" + Y + ",\"at_least\":0}", P))
        .isCloseTo(0.5, within(1e-12));
    assertThat(value("{\"name\":\"accuracy\",\"labels\":" + YC + ",\"at_least\":0}", PC))
        .isCloseTo(0.5833333333333334, within(1e-12));
  }

  @Test
  void binaryF1MatchesScikitLearnForEitherPositiveClass() {
    assertThat(value("{\"name\":\"f1\",\"labels\":" + Y + ",\"at_least\":0}", P))
        .isCloseTo(0.5833333333333334, within(1e-12));
    assertThat(value("{\"name\":\"f1\",\"labels\":" + Y + ",\"at_least\":0,\"pos_label\":0}", P))
        .isCloseTo(0.375, within(1e-12));
  }

  @Test
  void macroF1AveragesOverClassesInLabelsAndPredictions() {
    // "spam" is only predicted and "refund" only true: both count, with F1 0, as in sklearn.
    assertThat(value("{\"name\":\"f1_macro\",\"labels\":" + YC + ",\"at_least\":0}", PC))
        .isCloseTo(0.3833333333333333, within(1e-12));
  }

  @Test
  void rocAucMatchesScikitLearnWithTiedScores() {
    assertThat(value("{\"name\":\"roc_auc\",\"labels\":" + Y + ",\"at_least\":0}", S))
        .isCloseTo(0.19696969696969696, within(1e-12));
  }

  @Test
  void rocAucTakesThePositiveColumnOfPredictProba() {
    String proba =
        "{\"$ndarray\": [[0.9, 0.1], [0.2, 0.8], [0.6, 0.4], [0.3, 0.7]], \"dtype\": \"float64\"}";
    // sklearn: roc_auc_score([0, 1, 0, 1], [0.1, 0.8, 0.4, 0.7]) == 1.0
    assertThat(value("{\"name\":\"roc_auc\",\"labels\":[0,1,0,1],\"at_least\":0}", proba))
        .isEqualTo(1.0);
  }

  @Test
  void regressionMetricsMatchScikitLearn() {
    assertThat(value("{\"name\":\"rmse\",\"labels\":" + YR + ",\"at_most\":9}", PR))
        .isCloseTo(0.7926411546216862, within(1e-12));
    assertThat(value("{\"name\":\"mae\",\"labels\":" + YR + ",\"at_most\":9}", PR))
        .isCloseTo(0.6573333333333332, within(1e-12));
    assertThat(value("{\"name\":\"r2\",\"labels\":" + YR + ",\"at_least\":0}", PR))
        .isCloseTo(0.9206528644347933, within(1e-12));
  }

  @Test
  void integerAndFloatLabelsOfTheSameClassMatch() {
    String predictions = "{\"$ndarray\": [1.0, 0.0, 1.0], \"dtype\": \"float64\"}";
    assertThat(value("{\"name\":\"accuracy\",\"labels\":[1,0,1],\"at_least\":0}", predictions))
        .isEqualTo(1.0);
  }

  @Test
  void failureNamesMetricValueAndThresholdButNoLabel() {
    var problem =
        check("{\"name\":\"roc_auc\",\"labels\":" + Y + ",\"at_least\":0.85}").grade(json(S));
    assertThat(problem).contains("roc_auc 0.197 < 0.85 on 20 held-out rows");
  }

  @Test
  void errorMetricFailsAboveItsCeiling() {
    assertThat(check("{\"name\":\"rmse\",\"labels\":" + YR + ",\"at_most\":0.5}").grade(json(PR)))
        .contains("rmse 0.7926 > 0.5 on 15 held-out rows");
    assertThat(check("{\"name\":\"rmse\",\"labels\":" + YR + ",\"at_most\":0.8}").grade(json(PR)))
        .isEmpty();
  }

  @Test
  void metricAtItsThresholdPasses() {
    assertThat(
            check("{\"name\":\"accuracy\",\"labels\":" + Y + ",\"at_least\":0.5}").grade(json(P)))
        .isEmpty();
  }

  @Test
  void predictionsOfTheWrongLengthOrKindAreNamed() {
    MetricCheck auc = check("{\"name\":\"roc_auc\",\"labels\":[0,1,1],\"at_least\":0.5}");
    assertThat(auc.grade(json("[0.1, 0.2]")))
        .contains("expected 3 predictions, one per held-out row, got 2");
    assertThat(auc.grade(json("[0.1, \"high\", 0.3]"))).get().asString().contains("not a number");
    assertThat(auc.grade(json("[0.1, null, 0.3]"))).get().asString().contains("prediction 1");
    assertThat(auc.grade(json("\"none\""))).get().asString().contains("expected 3 predictions");
  }

  @Test
  void malformedMetricsAreRejectedWithTheFix() {
    assertThatThrownBy(() -> check("{\"name\":\"auc\",\"labels\":[0,1],\"at_least\":0.5}"))
        .hasMessageContaining("unknown metric 'auc'")
        .hasMessageContaining("roc_auc");
    assertThatThrownBy(() -> check("{\"name\":\"rmse\",\"labels\":[1,2],\"at_least\":0.5}"))
        .hasMessageContaining("lower is better, so give \"at_most\"");
    assertThatThrownBy(() -> check("{\"name\":\"accuracy\",\"labels\":[1,2]}"))
        .hasMessageContaining("needs \"at_least\"");
    assertThatThrownBy(() -> check("{\"name\":\"roc_auc\",\"labels\":[1,1],\"at_least\":0.5}"))
        .hasMessageContaining("exactly two classes");
    assertThatThrownBy(() -> check("{\"name\":\"f1\",\"labels\":[\"a\",\"b\"],\"at_least\":0.5}"))
        .hasMessageContaining("set pos_label");
    assertThatThrownBy(() -> check("{\"name\":\"mae\",\"labels\":[\"a\"],\"at_most\":1}"))
        .hasMessageContaining("labels must be numbers");
    assertThatThrownBy(
            () -> check("{\"name\":\"accuracy\",\"labels\":[1],\"at_least\":0.5,\"limit\":1}"))
        .hasMessageContaining("unknown key 'limit'");
  }
}
