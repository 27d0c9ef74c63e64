package dev.onsite.server.card;

import dev.onsite.fsrs.Card;
import dev.onsite.fsrs.Rating;
import dev.onsite.fsrs.State;
import dev.onsite.server.system.Clocks;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** FSRS states and review logs in the {@code card_states} and {@code card_reviews} tables. */
@Repository
class CardRepository {

  /** A stored state with the counters the scheduler does not keep. */
  record Stored(String cardId, String deckId, Card card, int reps, int lapses) {}

  /** One review log row. */
  record Review(String cardId, String deckId, Rating rating, String stateBefore, Instant at) {}

  private final JdbcClient jdbc;

  CardRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every card state of the account, by card id. */
  Map<String, Stored> states(long accountId) {
    Map<String, Stored> out = new HashMap<>();
    jdbc.sql("select * from card_states where account_id = ?")
        .param(accountId)
        .query(CardRepository::stored)
        .list()
        .forEach(s -> out.put(s.cardId(), s));
    return out;
  }

  /** Store the state after a review and its log row, in one transaction. */
  @Transactional
  void save(
      long accountId,
      Stored after,
      boolean existed,
      Rating rating,
      String stateBefore,
      int elapsedDays,
      Long timeMs,
      String mode,
      Instant at) {
    Card c = after.card();
    if (existed) {
      jdbc.sql(
              "update card_states set fsrs_state = ?, fsrs_step = ?, stability = ?, difficulty = ?,"
                  + " due = ?, last_review = ?, reps = ?, lapses = ?"
                  + " where account_id = ? and card_id = ?")
          .params(
              c.state().id(),
              c.step(),
              c.stability(),
              c.difficulty(),
              Clocks.sql(c.due()),
              Clocks.sql(c.lastReview()),
              after.reps(),
              after.lapses(),
              accountId,
              after.cardId())
          .update();
    } else {
      jdbc.sql(
              "insert into card_states (account_id, card_id, deck_id, fsrs_state, fsrs_step,"
                  + " stability, difficulty, due, last_review, reps, lapses)"
                  + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .params(
              accountId,
              after.cardId(),
              after.deckId(),
              c.state().id(),
              c.step(),
              c.stability(),
              c.difficulty(),
              Clocks.sql(c.due()),
              Clocks.sql(c.lastReview()),
              after.reps(),
              after.lapses())
          .update();
    }
    jdbc.sql(
            "insert into card_reviews (account_id, card_id, deck_id, rating, state_before,"
                + " elapsed_days, time_ms, session_mode, reviewed_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            accountId,
            after.cardId(),
            after.deckId(),
            rating.id(),
            stateBefore,
            elapsedDays,
            timeMs,
            mode,
            Clocks.sql(at))
        .update();
  }

  /** The account's reviews since {@code since}, oldest first. */
  List<Review> reviewsSince(long accountId, Instant since) {
    return jdbc.sql(
            "select card_id, deck_id, rating, state_before, reviewed_at from card_reviews"
                + " where account_id = ? and reviewed_at >= ? order by id")
        .params(accountId, Clocks.sql(since))
        .query(
            (rs, n) ->
                new Review(
                    rs.getString("card_id"),
                    rs.getString("deck_id"),
                    Rating.byId(rs.getString("rating")).orElseThrow(),
                    rs.getString("state_before"),
                    rs.getObject("reviewed_at", OffsetDateTime.class).toInstant()))
        .list();
  }

  private static Stored stored(ResultSet rs, int row) throws SQLException {
    Card card =
        new Card(
            State.byId(rs.getString("fsrs_state")).orElseThrow(),
            rs.getInt("fsrs_step"),
            rs.getDouble("stability"),
            rs.getDouble("difficulty"),
            rs.getObject("due", OffsetDateTime.class).toInstant(),
            rs.getObject("last_review", OffsetDateTime.class).toInstant());
    return new Stored(
        rs.getString("card_id"),
        rs.getString("deck_id"),
        card,
        rs.getInt("reps"),
        rs.getInt("lapses"));
  }
}
