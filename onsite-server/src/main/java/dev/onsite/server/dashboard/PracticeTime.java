package dev.onsite.server.dashboard;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/** Seconds spent on problem pages, per account, problem and day, in {@code practice_time}. */
@Repository
class PracticeTime {

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;

  PracticeTime(JdbcClient jdbc, TransactionTemplate transactions) {
    this.jdbc = jdbc;
    this.transactions = transactions;
  }

  /** Add {@code seconds} to the account's time on the problem that day. */
  void add(long accountId, String problemId, LocalDate day, int seconds) {
    for (int attempt = 0; attempt < 2; attempt++) {
      try {
        transactions.executeWithoutResult(
            status -> {
              int updated =
                  jdbc.sql(
                          "update practice_time set seconds = seconds + ? where account_id = ?"
                              + " and problem_id = ? and practice_day = ?")
                      .params(seconds, accountId, problemId, day)
                      .update();
              if (updated == 0) {
                jdbc.sql(
                        "insert into practice_time (account_id, problem_id, practice_day, seconds) values"
                            + " (?, ?, ?, ?)")
                    .params(accountId, problemId, day, seconds)
                    .update();
              }
            });
        return;
      } catch (DuplicateKeyException e) {
        // Another request inserted the row first: add to it.
      }
    }
  }

  /** Seconds per day from {@code since} on. */
  Map<LocalDate, Integer> perDay(long accountId, LocalDate since) {
    Map<LocalDate, Integer> days = new TreeMap<>();
    jdbc.sql(
            "select practice_day, sum(seconds) from practice_time where account_id = ? and practice_day >= ?"
                + " group by practice_day")
        .params(accountId, since)
        .query(
            rs -> {
              days.put(rs.getObject(1, LocalDate.class), rs.getInt(2));
            });
    return days;
  }

  /** Seconds in all. */
  long total(long accountId) {
    Long total =
        jdbc.sql("select sum(seconds) from practice_time where account_id = ?")
            .param(accountId)
            .query(Long.class)
            .optional()
            .orElse(null);
    return total == null ? 0 : total;
  }

  /** Seconds per problem. */
  Map<String, Long> perProblem(long accountId) {
    Map<String, Long> problems = new TreeMap<>();
    jdbc.sql(
            "select problem_id, sum(seconds) from practice_time where account_id = ?"
                + " group by problem_id")
        .param(accountId)
        .query(
            rs -> {
              problems.put(rs.getString(1), rs.getLong(2));
            });
    return problems;
  }
}
