package dev.onsite.server.takehome;

import dev.onsite.server.system.Clocks;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Take-home attempts in the {@code takehome_attempts} table. */
@Repository
class TakeHomeAttempts {

  private final JdbcClient jdbc;

  TakeHomeAttempts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  TakeHomeAttempt insert(
      long accountId, String packageId, long seed, long budgetSeconds, Instant now) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into takehome_attempts (account_id, package_id, seed, budget_seconds,"
                + " started_at, paused_seconds) values (?, ?, ?, ?, ?, 0)")
        .params(accountId, packageId, seed, budgetSeconds, Clocks.sql(now))
        .update(keys, "id");
    return byId(keys.getKeyAs(Long.class)).orElseThrow();
  }

  Optional<TakeHomeAttempt> byId(long id) {
    return jdbc.sql("select * from takehome_attempts where id = ?")
        .param(id)
        .query(TakeHomeAttempts::attempt)
        .optional();
  }

  /** The account's latest attempt of the package. */
  Optional<TakeHomeAttempt> latest(long accountId, String packageId) {
    return jdbc.sql(
            "select * from takehome_attempts where account_id = ? and package_id = ?"
                + " order by id desc fetch first 1 rows only")
        .params(accountId, packageId)
        .query(TakeHomeAttempts::attempt)
        .optional();
  }

  /** Stop the clock of a running attempt. */
  void pause(TakeHomeAttempt a, Instant now) {
    jdbc.sql("update takehome_attempts set paused_at = ? where id = ? and paused_at is null")
        .params(Clocks.sql(now), a.id())
        .update();
  }

  /** Start the clock of a paused attempt again, adding the pause to its paused time. */
  void resume(TakeHomeAttempt a, Instant now) {
    if (!a.paused()) {
      return;
    }
    long pause = Math.max(0, Duration.between(a.pausedAt(), now).toSeconds());
    jdbc.sql(
            "update takehome_attempts set paused_at = null, paused_seconds = paused_seconds + ?"
                + " where id = ? and paused_at is not null")
        .params(pause, a.id())
        .update();
  }

  /** The packages the account has attempted, with how many attempts each. */
  Map<String, Integer> attemptedPackages(long accountId) {
    Map<String, Integer> out = new TreeMap<>();
    jdbc.sql(
            "select package_id, count(*) as n from takehome_attempts where account_id = ?"
                + " group by package_id")
        .param(accountId)
        .query(
            (org.springframework.jdbc.core.RowCallbackHandler)
                rs -> out.put(rs.getString("package_id"), rs.getInt("n")));
    return out;
  }

  private static TakeHomeAttempt attempt(ResultSet rs, int row) throws SQLException {
    OffsetDateTime paused = rs.getObject("paused_at", OffsetDateTime.class);
    return new TakeHomeAttempt(
        rs.getLong("id"),
        rs.getLong("account_id"),
        rs.getString("package_id"),
        rs.getLong("seed"),
        rs.getLong("budget_seconds"),
        rs.getObject("started_at", OffsetDateTime.class).toInstant(),
        paused == null ? null : paused.toInstant(),
        rs.getLong("paused_seconds"));
  }
}
