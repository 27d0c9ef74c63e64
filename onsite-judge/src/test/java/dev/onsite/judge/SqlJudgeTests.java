package dev.onsite.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onsite.judge.lang.Language;
import dev.onsite.judge.lang.Runtimes;
import dev.onsite.judge.problem.PackageException;
import dev.onsite.judge.problem.PackageLoader;
import dev.onsite.judge.problem.ProblemPackage;
import dev.onsite.judge.sandbox.Sandboxes;
import dev.onsite.judge.verdict.JudgeReport;
import dev.onsite.judge.verdict.TestResult;
import dev.onsite.judge.verdict.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SQL problems end to end: a query runs in the sandboxed harness against each test's tables in an
 * in-memory SQLite database, read-only, within the time limit and the row cap, and its result set
 * is compared as a table.
 */
class SqlJudgeTests {

  private static Judge judge;
  private static ProblemPackage pkg;

  /** Every customer's total, customers without orders included, biggest first. */
  static final String CORRECT =
      """
      -- totals per customer
      SELECT c.id, c.name, COALESCE(SUM(o.amount), 0.0) AS total
      FROM customers c
      LEFT JOIN orders o ON o.customer_id = c.id
      GROUP BY c.id, c.name
      ORDER BY total DESC, c.id;
      """;

  @BeforeAll
  static void setUp() {
    judge = new Judge(Sandboxes.detect(), Runtimes.detect());
    pkg = PackageLoader.load(JudgeVerdictTests.resource("packages/sql"));
  }

  @AfterAll
  static void tearDown() {
    judge.close();
  }

  private static JudgeReport judge(String query) {
    return judge.judge(pkg, Language.SQL, query, JudgeListener.NONE);
  }

  private static TestResult sample(JudgeReport report) {
    return report.tests().stream().filter(TestResult::visible).findFirst().orElseThrow();
  }

  private static TestResult hidden(JudgeReport report) {
    return report.tests().stream().filter(t -> !t.visible()).findFirst().orElseThrow();
  }

  @Test
  void theRightQueryIsAccepted() {
    JudgeReport report = judge(CORRECT);
    assertThat(report.verdict()).as(report.toString()).isEqualTo(Verdict.AC);
    assertThat(report.language()).isEqualTo("sql");
    assertThat(report.score()).isEqualTo(100.0);
  }

  @Test
  void anInnerJoinThatDropsACustomerIsAWrongNumberOfRows() {
    JudgeReport report = judge(CORRECT.replace("LEFT JOIN", "JOIN"));
    assertThat(report.verdict()).isEqualTo(Verdict.WA);
    assertThat(sample(report).message()).contains("expected 3 rows, got 2 rows").contains("cy");
    assertThat(hidden(report).message()).isEqualTo("wrong number of rows");
  }

  @Test
  void aNullWhereZeroIsExpectedIsAWrongValue() {
    JudgeReport report = judge(CORRECT.replace("COALESCE(SUM(o.amount), 0.0)", "SUM(o.amount)"));
    assertThat(sample(report).verdict()).isEqualTo(Verdict.WA);
    assertThat(sample(report).message()).contains("column 'total'").contains("null");
    assertThat(hidden(report).message()).isEqualTo("wrong values").doesNotContain("null");
  }

  @Test
  void aMissingOrMisnamedColumnIsWrongColumns() {
    JudgeReport report =
        judge(CORRECT.replace("AS total", "AS revenue").replace("total DESC", "3 DESC"));
    assertThat(sample(report).verdict()).isEqualTo(Verdict.WA);
    assertThat(sample(report).message()).contains("total");
    assertThat(hidden(report).message()).isEqualTo("wrong columns");
  }

  @Test
  void integerDivisionIsTheWrongColumnKind() {
    JudgeReport report =
        judge(
            CORRECT.replace(
                "COALESCE(SUM(o.amount), 0.0)", "CAST(COALESCE(SUM(o.amount), 0) AS INTEGER)"));
    assertThat(sample(report).verdict()).isEqualTo(Verdict.WA);
    assertThat(sample(report).message()).contains("expected dtype kind float, got integer");
  }

  @Test
  void rowsInTheRightOrderByLuckWithoutAnOrderByAreWrongWhereTheOrderCounts() {
    // GROUP BY c.id happens to give the sample's order; SQL does not promise it.
    JudgeReport report = judge(CORRECT.replace("ORDER BY total DESC, c.id", ""));
    assertThat(sample(report).verdict()).isEqualTo(Verdict.WA);
    assertThat(sample(report).message()).contains("no ORDER BY at its outermost level");
    assertThat(hidden(report).message()).isEqualTo("no ORDER BY where the order counts");
  }

  @Test
  void anOrderByInsideASubqueryDoesNotOrderTheResult() {
    JudgeReport report = judge("SELECT * FROM (" + CORRECT.replace(";", "") + ")");
    assertThat(sample(report).verdict()).isEqualTo(Verdict.WA);
    assertThat(sample(report).message()).contains("no ORDER BY");
  }

  @Test
  void theWrongSortIsRowsInTheWrongOrder() {
    JudgeReport report = judge(CORRECT.replace("total DESC", "total ASC"));
    assertThat(sample(report).verdict()).isEqualTo(Verdict.WA);
    assertThat(sample(report).message()).contains("the rows are right but in a different order");
    assertThat(hidden(report).message()).isEqualTo("rows in the wrong order");
  }

  @Test
  void dropTableIsARuntimeErrorNamingWhatWasDenied() {
    JudgeReport report = judge("DROP TABLE orders");
    assertThat(report.verdict()).isEqualTo(Verdict.RE);
    assertThat(sample(report).message())
        .isEqualTo("only SELECT queries are allowed: DROP TABLE was denied");
    assertThat(hidden(report).message()).isEqualTo(sample(report).message());
  }

  @Test
  void attachIsDenied() {
    JudgeReport report = judge("ATTACH DATABASE '/tmp/x.db' AS x");
    assertThat(report.verdict()).isEqualTo(Verdict.RE);
    assertThat(sample(report).message())
        .isEqualTo("only SELECT queries are allowed: ATTACH /tmp/x.db was denied");
  }

  @Test
  void pragmaIsDeniedAsAStatementAndAsAFunction() {
    JudgeReport statement = judge("PRAGMA table_info(orders)");
    assertThat(statement.verdict()).isEqualTo(Verdict.RE);
    assertThat(sample(statement).message()).contains("PRAGMA table_info was denied");
    JudgeReport function = judge("SELECT * FROM pragma_database_list");
    assertThat(function.verdict()).isEqualTo(Verdict.RE);
    assertThat(sample(function).message()).contains("pragma_database_list was denied");
  }

  @Test
  void writingStatementsAreDeniedEvenInsideAWithClause() {
    assertThat(sample(judge("DELETE FROM orders")).message())
        .contains("DELETE FROM orders was denied");
    assertThat(sample(judge("UPDATE orders SET amount = 0")).message())
        .contains("UPDATE orders was denied");
    assertThat(
            sample(judge("WITH x AS (SELECT 1) INSERT INTO orders SELECT 1, 1, 1.0, ''")).message())
        .contains("INSERT INTO orders was denied");
    assertThat(sample(judge("CREATE TABLE t (a)")).message()).contains("CREATE TABLE was denied");
  }

  @Test
  void vacuumIntoAFileIsDeniedAndWritesNothing() {
    Path target = Path.of("/tmp/onsite-sql-vacuum-" + ProcessHandle.current().pid() + ".db");
    JudgeReport report = judge("VACUUM INTO '" + target + "'");
    assertThat(report.verdict()).isEqualTo(Verdict.RE);
    assertThat(sample(report).message()).startsWith("only SELECT queries are allowed: ATTACH");
    assertThat(target).doesNotExist();
  }

  @Test
  void aQueryThatBuildsAHugeValueIsMemoryLimitExceeded() {
    JudgeReport report =
        judge(
            "WITH RECURSIVE r(n, s) AS (SELECT 1, 'x' UNION ALL SELECT n + 1, s || s FROM r"
                + " WHERE n < 40) SELECT n AS id, length(s) AS name, 0.0 AS total FROM r");
    assertThat(report.verdict()).isEqualTo(Verdict.MLE);
  }

  @Test
  void aRecursiveQueryThatNeverEndsIsTimeLimitExceeded() {
    JudgeReport report =
        judge(
            "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r)"
                + " SELECT count(*) AS id, 'x' AS name, 0.0 AS total FROM r");
    assertThat(report.verdict()).isEqualTo(Verdict.TLE);
    assertThat(report.tests()).allMatch(t -> t.verdict() == Verdict.TLE);
    assertThat(sample(report).message()).contains("time limit of 1 s");
  }

  @Test
  void moreRowsThanTheCapIsAWrongAnswerThatSaysSo() {
    JudgeReport report =
        judge(
            "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 300000)"
                + " SELECT n AS id, 'x' AS name, 0.0 AS total FROM r");
    assertThat(report.verdict()).isEqualTo(Verdict.WA);
    assertThat(sample(report).message())
        .startsWith("the query returned more than 66666 rows")
        .contains("expected 3");
  }

  @Test
  void aSyntaxErrorIsACompileErrorInSqlitesWords() {
    JudgeReport report = judge("SELEC id FROM customers");
    assertThat(report.verdict()).isEqualTo(Verdict.CE);
    assertThat(report.compile().message()).isEqualTo("SQLite: near \"SELEC\": syntax error");
    assertThat(report.tests()).isEmpty();
  }

  @Test
  void anUnknownColumnIsACompileError() {
    JudgeReport report = judge("SELECT nope FROM customers");
    assertThat(report.verdict()).isEqualTo(Verdict.CE);
    assertThat(report.compile().message()).isEqualTo("SQLite: no such column: nope");
  }

  @Test
  void twoStatementsOrNoneAreCompileErrors() {
    assertThat(judge("SELECT 1; SELECT 2").compile().message()).contains("submit one statement");
    assertThat(judge("  \n").compile().message()).contains("the file is empty");
    assertThat(judge("SELECT 'open").compile().message()).contains("not complete");
  }

  @Test
  void aJudgeWithPrestartedRuntimesRunsQueriesThroughThemToo() throws InterruptedException {
    try (Judge warm = new Judge(Sandboxes.detect(), Runtimes.detect(), 1)) {
      warm.prepare(Language.SQL, pkg.limits().memoryMb());
      warm.awaitWarm(java.time.Duration.ofSeconds(30));
      for (int i = 0; i < 2; i++) {
        assertThat(warm.judge(pkg, Language.SQL, CORRECT, JudgeListener.NONE).verdict())
            .isEqualTo(Verdict.AC);
        assertThat(warm.judge(pkg, Language.SQL, "DROP TABLE orders", JudgeListener.NONE).verdict())
            .isEqualTo(Verdict.RE);
      }
    }
  }

  @Test
  void aPythonSourceForAnSqlProblemIsRefusedWithTheReason() {
    JudgeReport report = judge.judge(pkg, Language.PYTHON, "print(1)", JudgeListener.NONE);
    assertThat(report.verdict()).isEqualTo(Verdict.CE);
    assertThat(report.compile().message()).contains("this is an SQL problem");
  }

  @Test
  void anSqlTestWithoutExpectNamesTheFile(@TempDir Path dir) throws IOException {
    Path copy = copyPackage(dir);
    Path test = copy.resolve("data/secret/1-five-customers.json");
    Files.writeString(
        test,
        "{\"tables\": {\"t\": {\"$frame\": {\"columns\": [\"a\"], \"dtypes\": [\"int64\"], \"rows\": [[1]]}}}}");
    ProblemPackage broken = PackageLoader.load(copy);
    assertThatThrownBy(() -> judge.validate(broken))
        .isInstanceOf(PackageException.class)
        .hasMessageContaining("1-five-customers.json")
        .hasMessageContaining("expect: must be a $frame value");
  }

  @Test
  void anSqlProblemTakesNoOtherLanguage(@TempDir Path dir) throws IOException {
    Path copy = copyPackage(dir);
    Path yaml = copy.resolve("problem.yaml");
    Files.writeString(yaml, Files.readString(yaml) + "  languages: [python]\n");
    assertThatThrownBy(() -> PackageLoader.load(copy))
        .isInstanceOf(PackageException.class)
        .hasMessageContaining("an sql problem takes SQL queries only");
  }

  private static Path copyPackage(Path dir) throws IOException {
    Path source = JudgeVerdictTests.resource("packages/sql");
    try (Stream<Path> walk = Files.walk(source)) {
      for (Path p : walk.sorted(Comparator.naturalOrder()).toList()) {
        Path target = dir.resolve(source.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    return dir;
  }
}
