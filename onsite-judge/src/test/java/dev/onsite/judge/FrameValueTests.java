package dev.onsite.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.onsite.judge.lang.Language;
import dev.onsite.judge.lang.Runtimes;
import dev.onsite.judge.problem.PackageLoader;
import dev.onsite.judge.problem.ProblemPackage;
import dev.onsite.judge.sandbox.Sandboxes;
import dev.onsite.judge.verdict.JudgeReport;
import dev.onsite.judge.verdict.TestResult;
import dev.onsite.judge.verdict.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code $frame} values through the whole api call path: arguments become pandas DataFrames with
 * the declared dtypes and nulls, results come back as tables and are compared as tables.
 */
class FrameValueTests {

  private static Judge judge;
  private static ProblemPackage pkg;

  static final String CORRECT =
      """
      import pandas as pd

      def dtypes(df):
          return {c: str(t) for c, t in df.dtypes.items()}

      def nulls(df):
          return [int(df[c].isna().sum()) for c in df.columns]

      def same(df):
          assert isinstance(df, pd.DataFrame)
          return df

      def revenue_by_country(df):
          return df.groupby("country", as_index=False)["revenue"].sum()

      def empty():
          return pd.DataFrame({"user_id": pd.Series([], dtype="int64")})

      def large(n):
          return pd.DataFrame({"user_id": range(n)}).head(2)

      def with_total(df):
          return df.assign(total=df["price"] * df["qty"])
      """;

  @BeforeAll
  static void setUp() {
    Runtimes runtimes = Runtimes.detect();
    assumeTrue(runtimes.pythonModuleVersion("pandas").isPresent(), "pandas is not installed");
    judge = new Judge(Sandboxes.detect(), runtimes);
    pkg = PackageLoader.load(JudgeVerdictTests.resource("packages/frames"));
  }

  private JudgeReport judge(String source) {
    return judge.judge(pkg, Language.PYTHON, source, JudgeListener.NONE);
  }

  private static TestResult test(JudgeReport report, String name) {
    return report.tests().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void framesGoInWithTheirDtypesAndNullsAndComeBackComparable() {
    JudgeReport report = judge(CORRECT);
    assertThat(report.verdict()).as(report.toString()).isEqualTo(Verdict.AC);
  }

  @Test
  void aGroupKeyLeftInTheIndexIsAMissingColumnThatSaysSo() {
    JudgeReport report = judge(CORRECT.replace(", as_index=False", ""));
    TestResult sample = test(report, "sample/values");
    assertThat(sample.verdict()).isEqualTo(Verdict.WA);
    assertThat(sample.message())
        .contains("call 4 of 5")
        .contains("missing column 'country' (it is the index: reset_index() makes it a column)");
  }

  @Test
  void aListWhereAFrameIsExpectedSaysWhatCameBack() {
    JudgeReport report =
        judge(CORRECT.replace("    return df\n", "    return df.values.tolist()\n"));
    assertThat(test(report, "sample/values").message())
        .contains("call 3 of 5")
        .contains("expected a DataFrame, got list");
  }

  @Test
  void aWrongValueNamesColumnAndRowInVisibleTests() {
    JudgeReport report = judge(CORRECT.replace("[\"revenue\"].sum()", "[\"revenue\"].max()"));
    assertThat(test(report, "sample/values").message())
        .contains("column 'revenue': row 0 expected 4.5, got 3.0");
  }

  @Test
  void aMillionRowResultIsAWrongRowCountAndAHiddenTestSaysOnlyTheKind() {
    JudgeReport report = judge(CORRECT.replace(".head(2)", ""));
    TestResult hidden = test(report, "secret/large");
    assertThat(hidden.verdict()).as(report.toString()).isEqualTo(Verdict.WA);
    assertThat(hidden.message()).isEqualTo("call 1 of 1 (large): wrong number of rows");
  }

  @Test
  void aFrameChangedInPlaceIsCaughtWhereTheCallMustLeaveItsInputs() {
    JudgeReport report =
        judge(
            CORRECT.replace(
                "return df.assign(total=df[\"price\"] * df[\"qty\"])",
                "df[\"total\"] = df[\"price\"] * df[\"qty\"]\n    return df"));
    TestResult hidden = test(report, "secret/unchanged");
    assertThat(hidden.verdict()).as(report.toString()).isEqualTo(Verdict.WA);
    assertThat(hidden.message()).isEqualTo("call 1 of 1 (with_total): changed an input in place");
  }

  @Test
  void aFrameTooLargeForTheMemoryLimitIsMemoryLimitExceeded() {
    JudgeReport report =
        judge(
            CORRECT.replace(
                "return pd.DataFrame({\"user_id\": range(n)}).head(2)",
                "import numpy as np\n    return pd.DataFrame(np.ones((n, 64))).head(2)"));
    assertThat(test(report, "secret/large").verdict()).as(report.toString()).isEqualTo(Verdict.MLE);
  }
}
