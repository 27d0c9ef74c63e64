package dev.onsite.judge.takehome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onsite.judge.verdict.Verdict;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The grading rules, on findings given as text: no sandbox. */
class TakeHomeGraderTests {

  @TempDir Path dir;

  TakeHomePackage pkg;
  Dataset dataset;

  @BeforeEach
  void load() {
    pkg = TakeHomeLoader.load(TakeHomeFixtures.write(dir, 20));
    dataset =
        new Dataset(
            7,
            Map.of("table.csv", new byte[0]),
            Map.of(
                "negative_value", Set.of("3", "4", "5", "6"),
                "duplicate_row", Set.of("10", "11")));
  }

  TakeHomeResult grade(String stdout) {
    return TakeHomeGrader.grade(pkg, dataset, stdout, 5);
  }

  @Test
  void everyIdOfEveryKindIsFullMarks() {
    TakeHomeResult r =
        grade(
            """
            [{"kind": "negative_value", "ids": [3, 4, 5, 6]},
             {"kind": "duplicate_row", "ids": ["10", "11"], "note": "same as row 1"}]
            """);

    assertThat(r.verdict()).isEqualTo(Verdict.AC);
    assertThat(r.score()).isEqualTo(100.0);
    assertThat(r.summary()).startsWith("2/2 fault kinds at full marks");
    assertThat(r.rubric().getFirst().points()).hasValue(40.0);
    assertThat(r.rubric().get(1).points()).isEmpty();
  }

  @Test
  void precisionAndRecallArePerKindOverDistinctIds() {
    // negative_value: 2 of 4 found plus 2 false alarms (one repeated): P 2/4, R 2/4.
    TakeHomeResult r =
        grade(
            """
            [{"kind": "negative_value", "ids": [3, 4, 90]},
             {"kind": "negative_value", "ids": [91, 90]},
             {"kind": "duplicate_row", "ids": [10, 11]}]
            """);

    KindScore neg = r.kind("negative_value").orElseThrow();
    assertThat(neg.flagged()).isEqualTo(4);
    assertThat(neg.correct()).isEqualTo(2);
    assertThat(neg.precision()).isEqualTo(0.5);
    assertThat(neg.recall()).isEqualTo(0.5);
    assertThat(neg.missed()).containsExactly("5", "6");
    assertThat(neg.falseAlarms()).containsExactly("90", "91");
    assertThat(r.verdict()).isEqualTo(Verdict.WA);
    // weights 3 and 1: (3 * 0.5 + 1 * 1) / 4
    assertThat(r.score()).isCloseTo(62.5, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(r.rubric().getFirst().points().getAsDouble())
        .isCloseTo(25.0, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void flaggingEverythingHasFullRecallButIsNotFullMarks() {
    StringBuilder all = new StringBuilder();
    for (int i = 1; i <= 200; i++) {
      all.append(i == 1 ? "" : ",").append(i);
    }
    TakeHomeResult r =
        grade(
            "[{\"kind\": \"negative_value\", \"ids\": ["
                + all
                + "]}, {\"kind\": \"duplicate_row\", \"ids\": [10, 11]}]");

    KindScore neg = r.kind("negative_value").orElseThrow();
    assertThat(neg.recall()).isEqualTo(1.0);
    assertThat(neg.precision()).isEqualTo(0.02);
    assertThat(neg.full()).isFalse();
    assertThat(r.verdict()).isEqualTo(Verdict.WA);
  }

  @Test
  void aKindNotReportedScoresZero() {
    TakeHomeResult r = grade("[{\"kind\": \"duplicate_row\", \"ids\": [10, 11]}]");

    KindScore neg = r.kind("negative_value").orElseThrow();
    assertThat(neg.precision()).isZero();
    assertThat(neg.recall()).isZero();
    assertThat(neg.f1()).isZero();
    assertThat(r.score()).isEqualTo(25.0);
    assertThat(r.summary()).contains("short on negative_value (precision 0.00, recall 0.00)");
  }

  @Test
  void findingsThatDoNotParseAreAWrongAnswerWithTheReason() {
    TakeHomeResult r = grade("[{\"kind\": \"negative_value\", \"ids\": [3,");

    assertThat(r.verdict()).isEqualTo(Verdict.WA);
    assertThat(r.score()).isZero();
    assertThat(r.kinds()).isEmpty();
    assertThat(r.summary()).startsWith("the findings are not JSON").doesNotContain("\n");
    assertThat(r.rubric()).hasSize(4);
  }

  @Test
  void anUnknownKindIsNamedWithTheKnownOnes() {
    TakeHomeResult r = grade("[{\"kind\": \"dupes\", \"ids\": [10]}]");

    assertThat(r.verdict()).isEqualTo(Verdict.WA);
    assertThat(r.summary())
        .isEqualTo("finding 1: unknown kind 'dupes' (known: negative_value, duplicate_row)");
  }

  @Test
  void badShapesAreOneLineReasons() {
    assertThat(grade("").summary()).startsWith("the finder printed nothing");
    assertThat(grade("{\"kind\": \"duplicate_row\"}").summary())
        .startsWith("the findings must be a JSON array");
    assertThat(grade("[{\"kind\": \"duplicate_row\"}]").summary())
        .isEqualTo("finding 1 (duplicate_row) has no \"ids\" list");
    assertThat(grade("[{\"kind\": \"duplicate_row\", \"ids\": [1.5]}]").summary())
        .isEqualTo("finding 1 (duplicate_row): id 1 is 1.5; ids are strings or whole numbers");
    assertThat(grade("[3]").summary()).isEqualTo("finding 1 is not an object {\"kind\", \"ids\"}");
  }

  @Test
  void tooManyIdsAreRefusedBeforeGrading() {
    StringBuilder ids = new StringBuilder();
    for (int i = 0; i <= TakeHomeGrader.MAX_IDS; i++) {
      ids.append(i == 0 ? "" : ",").append(i);
    }
    TakeHomeResult r = grade("[{\"kind\": \"duplicate_row\", \"ids\": [" + ids + "]}]");

    assertThat(r.verdict()).isEqualTo(Verdict.WA);
    assertThat(r.summary()).startsWith("the findings name more than 200000 ids");
  }

  @Test
  void anAnswerKeyWithAKindTheYamlDoesNotListIsThePackagesFault() {
    Dataset broken = new Dataset(7, Map.of(), Map.of("typo_kind", Set.of("1")));

    assertThatThrownBy(() -> TakeHomeGrader.grade(pkg, broken, "[]", 1))
        .isInstanceOf(TakeHomeException.class)
        .hasMessageContaining("'typo_kind'");
  }
}
