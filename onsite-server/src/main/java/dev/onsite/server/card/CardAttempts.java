package dev.onsite.server.card;

import dev.onsite.server.progress.Attempt;
import dev.onsite.server.progress.AttemptLog;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Flashcard reviews as attempts of the ML fundamentals round: recalled unless rated Again. */
@Component
class CardAttempts implements AttemptLog {

  private final JdbcClient jdbc;

  CardAttempts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<Attempt> attempts(long accountId) {
    List<Attempt> attempts = new ArrayList<>();
    jdbc.sql(
            "select card_id, deck_id, rating, reviewed_at from card_reviews"
                + " where account_id = ? order by id")
        .param(accountId)
        .query(
            (ResultSet rs) -> {
              attempts.add(
                  new Attempt(
                      "card",
                      rs.getString("card_id"),
                      "ml-fundamentals",
                      List.of("deck:" + rs.getString("deck_id")),
                      rs.getObject("reviewed_at", OffsetDateTime.class).toInstant(),
                      true,
                      !"again".equals(rs.getString("rating")),
                      null));
            });
    return attempts;
  }
}
