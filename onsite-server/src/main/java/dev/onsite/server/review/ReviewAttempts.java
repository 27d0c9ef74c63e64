package dev.onsite.server.review;

import dev.onsite.server.progress.Attempt;
import dev.onsite.server.progress.AttemptLog;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Submitted code reviews as attempts (drafts are not); the review shelf describes their round and
 * topics.
 */
@Component
class ReviewAttempts implements AttemptLog {

  private final JdbcClient jdbc;

  ReviewAttempts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<Attempt> attempts(long accountId) {
    List<Attempt> attempts = new ArrayList<>();
    jdbc.sql(
            "select package_id, submitted_at, score, passed from code_reviews"
                + " where account_id = ? and submitted_at is not null order by id")
        .param(accountId)
        .query(
            (ResultSet rs) -> {
              attempts.add(
                  new Attempt(
                      "review",
                      rs.getString("package_id"),
                      null,
                      List.of(),
                      rs.getObject("submitted_at", OffsetDateTime.class).toInstant(),
                      true,
                      rs.getBoolean("passed"),
                      rs.getDouble("score")));
            });
    return attempts;
  }
}
