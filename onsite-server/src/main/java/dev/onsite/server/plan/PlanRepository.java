package dev.onsite.server.plan;

import dev.onsite.server.system.Clocks;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** One study plan's settings per account. */
@Repository
class PlanRepository {

  private final JdbcClient jdbc;

  PlanRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<PlanSettings> find(long accountId) {
    return jdbc.sql(
            "select companies, interview_date, daily_minutes from study_plans where account_id = ?")
        .param(accountId)
        .query(
            (rs, n) ->
                new PlanSettings(
                    Arrays.asList(rs.getString(1).split(",")),
                    rs.getObject(2, LocalDate.class),
                    rs.getInt(3)))
        .optional();
  }

  void save(long accountId, PlanSettings settings, Instant at) {
    String companies = String.join(",", settings.companies());
    int updated =
        jdbc.sql(
                "update study_plans set companies = ?, interview_date = ?, daily_minutes = ?,"
                    + " updated_at = ? where account_id = ?")
            .params(
                companies,
                settings.interviewDate(),
                settings.dailyMinutes(),
                Clocks.sql(at),
                accountId)
            .update();
    if (updated == 0) {
      jdbc.sql(
              "insert into study_plans (account_id, companies, interview_date, daily_minutes,"
                  + " updated_at) values (?, ?, ?, ?, ?)")
          .params(
              accountId,
              companies,
              settings.interviewDate(),
              settings.dailyMinutes(),
              Clocks.sql(at))
          .update();
    }
  }

  boolean delete(long accountId) {
    return jdbc.sql("delete from study_plans where account_id = ?").param(accountId).update() == 1;
  }
}
