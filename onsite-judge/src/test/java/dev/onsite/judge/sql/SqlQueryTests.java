package dev.onsite.judge.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SqlQueryTests {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SELECT a FROM t ORDER BY a",
        "select a from t order\n  by a desc;",
        "SELECT a FROM t UNION SELECT b FROM u ORDER BY 1",
        "WITH x AS (SELECT a FROM t ORDER BY a) SELECT a FROM x ORDER BY a DESC",
        "SELECT a, ROW_NUMBER() OVER (ORDER BY a) FROM t ORDER /* sort */ BY a",
        "SELECT ')' AS p FROM t ORDER BY p",
        "SELECT [weird (name] FROM t ORDER BY 1"
      })
  void anOrderByOfTheOutermostStatementOrdersTheRows(String sql) {
    assertThat(SqlQuery.ordersOutermost(sql)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SELECT a FROM t",
        "SELECT * FROM (SELECT a FROM t ORDER BY a)",
        "WITH x AS (SELECT a FROM t ORDER BY a) SELECT a FROM x",
        "SELECT a, RANK() OVER (PARTITION BY b ORDER BY a) FROM t",
        "SELECT group_concat(a ORDER BY a) FROM t",
        "SELECT 'ORDER BY a' FROM t",
        "SELECT \"order by\" FROM t",
        "SELECT a FROM t -- ORDER BY a",
        "SELECT a FROM t /* ORDER BY a */",
        "SELECT a AS \"order\", b AS by_ FROM t",
        "SELECT a FROM t WINDOW w AS (ORDER BY a)"
      })
  void anOrderByInsideParenthesesStringsOrCommentsDoesNot(String sql) {
    assertThat(SqlQuery.ordersOutermost(sql)).isFalse();
  }
}
