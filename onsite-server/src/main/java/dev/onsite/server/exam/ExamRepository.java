package dev.onsite.server.exam;

import dev.onsite.server.system.Clocks;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Exams in the {@code exams} table. */
@Repository
class ExamRepository {

  private final JdbcClient jdbc;

  ExamRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(
      long accountId, String problemId, Instant startedAt, Instant deadline, boolean noFeedback) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into exams (account_id, problem_id, started_at, deadline, no_feedback)"
                + " values (?, ?, ?, ?, ?)")
        .params(accountId, problemId, Clocks.sql(startedAt), Clocks.sql(deadline), noFeedback)
        .update(keys, "id");
    return keys.getKeyAs(Long.class);
  }

  /** The account's latest exam on the problem that was not ended. */
  Optional<Exam> open(long accountId, String problemId) {
    return jdbc.sql(
            "select * from exams where account_id = ? and problem_id = ? and ended_at is null"
                + " order by id desc fetch first 1 rows only")
        .params(accountId, problemId)
        .query(ExamRepository::exam)
        .optional();
  }

  /** The account's exams without test feedback that were not ended and run at {@code now}. */
  List<Exam> runningWithoutFeedback(long accountId, Instant now) {
    return jdbc.sql(
            "select * from exams where account_id = ? and no_feedback = true and ended_at is null"
                + " and deadline > ?")
        .params(accountId, Clocks.sql(now))
        .query(ExamRepository::exam)
        .list();
  }

  Optional<Exam> byId(long id) {
    return jdbc.sql("select * from exams where id = ?")
        .param(id)
        .query(ExamRepository::exam)
        .optional();
  }

  void end(long id, Instant at) {
    jdbc.sql("update exams set ended_at = ? where id = ? and ended_at is null")
        .params(Clocks.sql(at), id)
        .update();
  }

  private static Exam exam(ResultSet rs, int rowNum) throws SQLException {
    OffsetDateTime ended = rs.getObject("ended_at", OffsetDateTime.class);
    return new Exam(
        rs.getLong("id"),
        rs.getLong("account_id"),
        rs.getString("problem_id"),
        rs.getObject("started_at", OffsetDateTime.class).toInstant(),
        rs.getObject("deadline", OffsetDateTime.class).toInstant(),
        ended == null ? null : ended.toInstant(),
        rs.getBoolean("no_feedback"));
  }
}
