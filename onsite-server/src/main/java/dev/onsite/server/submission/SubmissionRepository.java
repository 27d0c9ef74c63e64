package dev.onsite.server.submission;

import dev.onsite.server.system.Clocks;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Submissions and their results in the {@code submissions}, {@code test_results} and {@code
 * level_results} tables; also the queue, since a queued submission is a row with status {@code
 * queued}.
 *
 * <p>A worker claims a submission by writing its claim token; every later write for it checks the
 * token, so a worker that lost its claim (the server re-queued it while stopping) cannot overwrite
 * the next judgement.
 */
@Repository
class SubmissionRepository {

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;

  SubmissionRepository(JdbcClient jdbc, TransactionTemplate transactions) {
    this.jdbc = jdbc;
    this.transactions = transactions;
  }

  long insert(
      long accountId,
      String problemId,
      String language,
      Mode mode,
      String source,
      int levelsUnlocked,
      Instant createdAt) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into submissions (account_id, problem_id, language, mode, source,"
                + " levels_unlocked, status, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            accountId,
            problemId,
            language,
            mode.id(),
            source,
            levelsUnlocked,
            SubmissionStatus.QUEUED.id(),
            Clocks.sql(createdAt))
        .update(keys, "id");
    return keys.getKeyAs(Long.class);
  }

  Optional<Submission> byId(long id) {
    return jdbc.sql("select * from submissions where id = ?")
        .param(id)
        .query(SubmissionRepository::submission)
        .optional();
  }

  List<TestRow> tests(long submissionId) {
    return jdbc.sql("select * from test_results where submission_id = ? order by position")
        .param(submissionId)
        .query(
            (rs, n) ->
                new TestRow(
                    rs.getInt("position"),
                    rs.getString("name"),
                    rs.getString("test_group"),
                    rs.getString("level_id"),
                    rs.getString("verdict"),
                    rs.getLong("time_ms"),
                    rs.getLong("wall_ms"),
                    rs.getLong("memory_kb"),
                    rs.getBoolean("visible"),
                    rs.getString("message")))
        .list();
  }

  List<LevelRow> levels(long submissionId) {
    return jdbc.sql("select * from level_results where submission_id = ? order by position")
        .param(submissionId)
        .query(
            (rs, n) ->
                new LevelRow(
                    rs.getInt("position"),
                    rs.getString("level_id"),
                    rs.getBoolean("passed"),
                    rs.getInt("tests_passed"),
                    rs.getInt("tests_total")))
        .list();
  }

  /** The account's submissions on a problem, newest first. */
  List<Submission> history(long accountId, String problemId, int limit) {
    return jdbc.sql(
            "select * from submissions where account_id = ? and problem_id = ?"
                + " order by id desc fetch first "
                + limit
                + " rows only")
        .params(accountId, problemId)
        .query(SubmissionRepository::submission)
        .list();
  }

  /** The account's latest submissions on any problem, newest first. */
  List<Submission> recent(long accountId, int limit) {
    return jdbc.sql(
            "select * from submissions where account_id = ?"
                + " order by id desc fetch first "
                + limit
                + " rows only")
        .param(accountId)
        .query(SubmissionRepository::submission)
        .list();
  }

  /** When the account submitted, newest first, from {@code since} on. */
  List<Instant> times(long accountId, Instant since) {
    return jdbc.sql(
            "select created_at from submissions where account_id = ? and created_at >= ?"
                + " order by created_at desc")
        .params(accountId, Clocks.sql(since))
        .query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant())
        .list();
  }

  /**
   * Claim the oldest queued submission for a worker.
   *
   * @return its id, or empty when nothing is queued
   */
  Optional<Long> claimNext(String claim, Instant now, Instant leaseUntil) {
    for (int attempt = 0; attempt < 5; attempt++) {
      Optional<Long> next =
          jdbc.sql(
                  "select id from submissions where status = ? order by id fetch first 1 rows"
                      + " only")
              .param(SubmissionStatus.QUEUED.id())
              .query(Long.class)
              .optional();
      if (next.isEmpty()) {
        return next;
      }
      int claimed =
          jdbc.sql(
                  "update submissions set status = ?, claim = ?, started_at = ?, lease_until = ?"
                      + " where id = ? and status = ?")
              .params(
                  SubmissionStatus.RUNNING.id(),
                  claim,
                  Clocks.sql(now),
                  Clocks.sql(leaseUntil),
                  next.get(),
                  SubmissionStatus.QUEUED.id())
              .update();
      if (claimed == 1) {
        return next;
      }
    }
    return Optional.empty();
  }

  /** Store one test's row, if the claim still holds. */
  boolean saveTest(long submissionId, String claim, TestRow row) {
    Boolean saved =
        transactions.execute(
            status -> {
              if (!holds(submissionId, claim)) {
                return false;
              }
              upsertTest(submissionId, row);
              return true;
            });
    return Boolean.TRUE.equals(saved);
  }

  /** Store the outcome and mark the submission done, if the claim still holds. */
  boolean finish(long submissionId, String claim, Graded graded, Instant now) {
    Boolean saved =
        transactions.execute(
            status -> {
              if (!holds(submissionId, claim)) {
                return false;
              }
              for (TestRow row : graded.tests()) {
                upsertTest(submissionId, row);
              }
              jdbc.sql("delete from level_results where submission_id = ?")
                  .param(submissionId)
                  .update();
              for (LevelRow level : graded.levels()) {
                jdbc.sql(
                        "insert into level_results (submission_id, position, level_id, passed,"
                            + " tests_passed, tests_total) values (?, ?, ?, ?, ?, ?)")
                    .params(
                        submissionId,
                        level.position(),
                        level.level(),
                        level.passed(),
                        level.testsPassed(),
                        level.testsTotal())
                    .update();
              }
              jdbc.sql(
                      "update submissions set status = ?, claim = null, verdict = ?, score = ?,"
                          + " levels_passed = ?, compile_ok = ?, message = ?, finished_at = ?"
                          + " where id = ?")
                  .params(
                      SubmissionStatus.DONE.id(),
                      graded.verdict(),
                      graded.score(),
                      graded.levelsPassed(),
                      graded.compileOk(),
                      cap(graded.message()),
                      Clocks.sql(now),
                      submissionId)
                  .update();
              return true;
            });
    return Boolean.TRUE.equals(saved);
  }

  /**
   * Put a running submission back in the queue, if the claim still holds, dropping partial rows.
   */
  boolean requeue(long submissionId, String claim) {
    Boolean done =
        transactions.execute(
            status -> {
              if (!holds(submissionId, claim)) {
                return false;
              }
              jdbc.sql("delete from test_results where submission_id = ?")
                  .param(submissionId)
                  .update();
              jdbc.sql(
                      "update submissions set status = ?, claim = null, started_at = null where"
                          + " id = ?")
                  .params(SubmissionStatus.QUEUED.id(), submissionId)
                  .update();
              return true;
            });
    return Boolean.TRUE.equals(done);
  }

  /**
   * Extend the lease of a submission a worker is judging.
   *
   * @return false when the claim no longer holds
   */
  boolean renewLease(long submissionId, String claim, Instant leaseUntil) {
    return jdbc.sql(
                "update submissions set lease_until = ? where id = ? and claim = ? and status = ?")
            .params(Clocks.sql(leaseUntil), submissionId, claim, SubmissionStatus.RUNNING.id())
            .update()
        == 1;
  }

  /**
   * Put back in the queue every running submission whose lease ran out before {@code now}: its
   * worker stopped renewing it (it died, or its machine did). Its partial rows are dropped.
   *
   * @return how many
   */
  int requeueExpired(Instant now) {
    Integer count =
        transactions.execute(
            status -> {
              // Re-queue first: with its claim gone, a late write of the dead worker fails (every
              // write checks the claim), so the rows left to drop are the ones written before.
              int requeued =
                  jdbc.sql(
                          "update submissions set status = ?, claim = null, started_at = null,"
                              + " lease_until = null where status = ? and (lease_until is null"
                              + " or lease_until < ?)")
                      .params(
                          SubmissionStatus.QUEUED.id(),
                          SubmissionStatus.RUNNING.id(),
                          Clocks.sql(now))
                      .update();
              if (requeued > 0) {
                jdbc.sql(
                        "delete from test_results where submission_id in"
                            + " (select id from submissions where status = ?)")
                    .param(SubmissionStatus.QUEUED.id())
                    .update();
              }
              return requeued;
            });
    return count == null ? 0 : count;
  }

  /** The submission's place in the queue, 1 for the next one judged; 0 when it is not queued. */
  int position(long submissionId) {
    return jdbc.sql(
            "select case when s.status = ? then (select count(*) from submissions q where q.status"
                + " = ? and q.id <= s.id) else 0 end from submissions s where s.id = ?")
        .params(SubmissionStatus.QUEUED.id(), SubmissionStatus.QUEUED.id(), submissionId)
        .query(Integer.class)
        .optional()
        .orElse(0);
  }

  /** Submissions of the account that are queued or running. */
  int pending(long accountId) {
    return jdbc.sql("select count(*) from submissions where account_id = ? and status in (?, ?)")
        .params(accountId, SubmissionStatus.QUEUED.id(), SubmissionStatus.RUNNING.id())
        .query(Integer.class)
        .single();
  }

  /** How many submissions have each status. */
  Map<SubmissionStatus, Integer> countByStatus() {
    Map<SubmissionStatus, Integer> counts = new HashMap<>();
    jdbc.sql("select status, count(*) from submissions where status <> ? group by status")
        .param(SubmissionStatus.DONE.id())
        .query(
            rs -> {
              int count = rs.getInt(2);
              SubmissionStatus.byId(rs.getString(1)).ifPresent(s -> counts.put(s, count));
            });
    return counts;
  }

  /** For each problem the account tried: whether a submission was accepted. */
  Map<String, Boolean> solvedByProblem(long accountId) {
    Map<String, Boolean> solved = new HashMap<>();
    jdbc.sql(
            "select problem_id, max(case when mode = ? and verdict = 'AC' then 1 else 0 end)"
                + " from submissions where account_id = ? group by problem_id")
        .params(Mode.SUBMIT.id(), accountId)
        .query(
            rs -> {
              solved.put(rs.getString(1), rs.getInt(2) == 1);
            });
    return solved;
  }

  /** Whether the account had a submission of the problem accepted before {@code before}. */
  boolean solvedBefore(long accountId, String problemId, Instant before) {
    return jdbc.sql(
                "select count(*) from submissions where account_id = ? and problem_id = ? and mode"
                    + " = ? and verdict = 'AC' and created_at < ?")
            .params(accountId, problemId, Mode.SUBMIT.id(), Clocks.sql(before))
            .query(Integer.class)
            .single()
        > 0;
  }

  /** The most leading levels the account passed in one submission of the problem. */
  int levelsPassed(long accountId, String problemId) {
    Integer max =
        jdbc.sql(
                "select max(levels_passed) from submissions where account_id = ? and problem_id ="
                    + " ? and mode = ? and status = ?")
            .params(accountId, problemId, Mode.SUBMIT.id(), SubmissionStatus.DONE.id())
            .query(Integer.class)
            .optional()
            .orElse(null);
    return max == null ? 0 : max;
  }

  private boolean holds(long submissionId, String claim) {
    // Touching the row locks it until the transaction ends, so a concurrent re-queue waits.
    return jdbc.sql("update submissions set claim = claim where id = ? and claim = ?")
            .params(submissionId, claim)
            .update()
        == 1;
  }

  private void upsertTest(long submissionId, TestRow row) {
    int updated =
        jdbc.sql(
                "update test_results set name = ?, test_group = ?, level_id = ?, verdict = ?,"
                    + " time_ms = ?, wall_ms = ?, memory_kb = ?, visible = ?, message = ? where"
                    + " submission_id = ? and position = ?")
            .params(
                row.name(),
                row.group(),
                row.level(),
                row.verdict(),
                row.timeMs(),
                row.wallMs(),
                row.memoryKb(),
                row.visible(),
                cap(row.message()),
                submissionId,
                row.position())
            .update();
    if (updated == 0) {
      try {
        jdbc.sql(
                "insert into test_results (submission_id, position, name, test_group, level_id,"
                    + " verdict, time_ms, wall_ms, memory_kb, visible, message) values (?, ?, ?,"
                    + " ?, ?, ?, ?, ?, ?, ?, ?)")
            .params(
                submissionId,
                row.position(),
                row.name(),
                row.group(),
                row.level(),
                row.verdict(),
                row.timeMs(),
                row.wallMs(),
                row.memoryKb(),
                row.visible(),
                cap(row.message()))
            .update();
      } catch (DuplicateKeyException e) {
        // Stored by the streaming write a moment ago: the row is the same.
      }
    }
  }

  /** Messages are capped to fit their column. */
  static String cap(String message) {
    if (message == null) {
      return "";
    }
    return message.length() <= 19_000 ? message : message.substring(0, 19_000) + "\n… (cut)";
  }

  private static Submission submission(ResultSet rs, int rowNum) throws SQLException {
    double score = rs.getDouble("score");
    Double scoreOrNull = rs.wasNull() ? null : score;
    int levels = rs.getInt("levels_passed");
    Integer levelsOrNull = rs.wasNull() ? null : levels;
    boolean compiled = rs.getBoolean("compile_ok");
    Boolean compiledOrNull = rs.wasNull() ? null : compiled;
    return new Submission(
        rs.getLong("id"),
        rs.getLong("account_id"),
        rs.getString("problem_id"),
        rs.getString("language"),
        Mode.byId(rs.getString("mode")).orElse(Mode.SUBMIT),
        rs.getString("source"),
        rs.getInt("levels_unlocked"),
        SubmissionStatus.byId(rs.getString("status")).orElse(SubmissionStatus.QUEUED),
        rs.getString("verdict"),
        scoreOrNull,
        levelsOrNull,
        compiledOrNull,
        rs.getString("message"),
        instant(rs, "created_at"),
        instant(rs, "started_at"),
        instant(rs, "finished_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
