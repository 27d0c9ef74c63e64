package dev.onsite.server.story;

import dev.onsite.server.system.Clocks;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Stories, their questions and values, and practice answers, in the V4 tables. */
@Repository
class StoryRepository {

  /** One practice answer. */
  record Practice(long id, String questionId, int rating, int seconds, String notes, Instant at) {}

  private final JdbcClient jdbc;

  StoryRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional
  long insert(long accountId, StoryInput in, Instant now) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into stories (account_id, title, situation, action, impact, learning, weak,"
                + " created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            accountId,
            in.title(),
            in.situation(),
            in.action(),
            in.impact(),
            in.learning(),
            in.weak(),
            Clocks.sql(now),
            Clocks.sql(now))
        .update(keys, "id");
    long id = keys.getKeyAs(Long.class);
    links(id, in);
    return id;
  }

  @Transactional
  void update(long id, StoryInput in, Instant now) {
    jdbc.sql(
            "update stories set title = ?, situation = ?, action = ?, impact = ?, learning = ?,"
                + " weak = ?, updated_at = ? where id = ?")
        .params(
            in.title(),
            in.situation(),
            in.action(),
            in.impact(),
            in.learning(),
            in.weak(),
            Clocks.sql(now),
            id)
        .update();
    jdbc.sql("delete from story_questions where story_id = ?").param(id).update();
    jdbc.sql("delete from story_values where story_id = ?").param(id).update();
    links(id, in);
  }

  private void links(long id, StoryInput in) {
    for (String question : in.questions()) {
      jdbc.sql("insert into story_questions (story_id, question_id) values (?, ?)")
          .params(id, question)
          .update();
    }
    for (Story.ValueRef value : in.values()) {
      jdbc.sql("insert into story_values (story_id, company_id, value_id) values (?, ?, ?)")
          .params(id, value.companyId(), value.valueId())
          .update();
    }
  }

  void delete(long id) {
    jdbc.sql("delete from stories where id = ?").param(id).update();
  }

  Optional<Story> byId(long id) {
    return jdbc.sql("select * from stories where id = ?")
        .param(id)
        .query(StoryRepository::row)
        .optional()
        .map(s -> withLinks(List.of(s)).getFirst());
  }

  /** The account's stories, oldest first. */
  List<Story> all(long accountId) {
    return withLinks(
        jdbc.sql("select * from stories where account_id = ? order by id")
            .param(accountId)
            .query(StoryRepository::row)
            .list());
  }

  private List<Story> withLinks(List<Story> stories) {
    if (stories.isEmpty()) {
      return stories;
    }
    long accountId = stories.getFirst().accountId();
    Map<Long, List<String>> questions = new HashMap<>();
    jdbc.sql(
            "select q.story_id, q.question_id from story_questions q join stories s on s.id ="
                + " q.story_id where s.account_id = ? order by q.question_id")
        .param(accountId)
        .query(
            rs -> {
              questions.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
            });
    Map<Long, List<Story.ValueRef>> values = new HashMap<>();
    jdbc.sql(
            "select v.story_id, v.company_id, v.value_id from story_values v join stories s on"
                + " s.id = v.story_id where s.account_id = ? order by v.company_id, v.value_id")
        .param(accountId)
        .query(
            rs -> {
              values
                  .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                  .add(new Story.ValueRef(rs.getString(2), rs.getString(3)));
            });
    return stories.stream()
        .map(
            s ->
                new Story(
                    s.id(),
                    s.accountId(),
                    s.title(),
                    s.situation(),
                    s.action(),
                    s.impact(),
                    s.learning(),
                    s.weak(),
                    s.createdAt(),
                    s.updatedAt(),
                    questions.getOrDefault(s.id(), List.of()),
                    values.getOrDefault(s.id(), List.of())))
        .toList();
  }

  long practise(
      long accountId, String questionId, int rating, int seconds, String notes, Instant at) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into story_practice (account_id, question_id, rating, seconds, notes,"
                + " practised_at) values (?, ?, ?, ?, ?, ?)")
        .params(accountId, questionId, rating, seconds, notes, Clocks.sql(at))
        .update(keys, "id");
    return keys.getKeyAs(Long.class);
  }

  /** The account's practice answers, oldest first. */
  List<Practice> practice(long accountId) {
    return jdbc.sql("select * from story_practice where account_id = ? order by id")
        .param(accountId)
        .query(
            (rs, n) ->
                new Practice(
                    rs.getLong("id"),
                    rs.getString("question_id"),
                    rs.getInt("rating"),
                    rs.getInt("seconds"),
                    rs.getString("notes"),
                    rs.getObject("practised_at", OffsetDateTime.class).toInstant()))
        .list();
  }

  private static Story row(ResultSet rs, int n) throws SQLException {
    return new Story(
        rs.getLong("id"),
        rs.getLong("account_id"),
        rs.getString("title"),
        rs.getString("situation"),
        rs.getString("action"),
        rs.getString("impact"),
        rs.getString("learning"),
        rs.getBoolean("weak"),
        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
        List.of(),
        List.of());
  }
}
