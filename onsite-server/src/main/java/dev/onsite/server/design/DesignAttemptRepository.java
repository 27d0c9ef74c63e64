package dev.onsite.server.design;

import dev.onsite.server.system.Clocks;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Design attempts in the {@code design_attempts} table; the answer is a JSON object of texts. */
@Repository
class DesignAttemptRepository {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final TypeReference<Map<String, String>> TEXTS = new TypeReference<>() {};

  private final JdbcClient jdbc;

  DesignAttemptRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(long accountId, String promptId, Instant startedAt, Instant deadline) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into design_attempts (account_id, prompt_id, started_at, deadline, updated_at,"
                + " answer) values (?, ?, ?, ?, ?, ?)")
        .params(
            accountId,
            promptId,
            Clocks.sql(startedAt),
            Clocks.sql(deadline),
            Clocks.sql(startedAt),
            "{}")
        .update(keys, "id");
    return keys.getKeyAs(Long.class);
  }

  Optional<DesignAttempt> byId(long id) {
    return jdbc.sql("select * from design_attempts where id = ?")
        .param(id)
        .query(DesignAttemptRepository::attempt)
        .optional();
  }

  /** The account's latest attempt on the prompt that was not ended. */
  Optional<DesignAttempt> open(long accountId, String promptId) {
    return jdbc.sql(
            "select * from design_attempts where account_id = ? and prompt_id = ?"
                + " and ended_at is null order by id desc fetch first 1 rows only")
        .params(accountId, promptId)
        .query(DesignAttemptRepository::attempt)
        .optional();
  }

  /** The account's attempts on the prompt, newest first. */
  List<DesignAttempt> all(long accountId, String promptId) {
    return jdbc.sql(
            "select * from design_attempts where account_id = ? and prompt_id = ? order by id desc")
        .params(accountId, promptId)
        .query(DesignAttemptRepository::attempt)
        .list();
  }

  /** The account's attempts on every prompt, newest first. */
  List<DesignAttempt> all(long accountId) {
    return jdbc.sql("select * from design_attempts where account_id = ? order by id desc")
        .param(accountId)
        .query(DesignAttemptRepository::attempt)
        .list();
  }

  void saveAnswer(long id, Map<String, String> answer, Instant at) {
    jdbc.sql("update design_attempts set answer = ?, updated_at = ? where id = ?")
        .params(JSON.writeValueAsString(answer), Clocks.sql(at), id)
        .update();
  }

  void end(long id, Instant at) {
    jdbc.sql("update design_attempts set ended_at = ? where id = ? and ended_at is null")
        .params(Clocks.sql(at), id)
        .update();
  }

  void grade(long id, List<String> checked, int score) {
    jdbc.sql("update design_attempts set checked = ?, score = ? where id = ?")
        .params(String.join(",", checked), score, id)
        .update();
  }

  void review(long id, String review) {
    jdbc.sql("update design_attempts set llm_review = ? where id = ?").params(review, id).update();
  }

  private static DesignAttempt attempt(ResultSet rs, int rowNum) throws SQLException {
    OffsetDateTime ended = rs.getObject("ended_at", OffsetDateTime.class);
    String checked = rs.getString("checked");
    int score = rs.getInt("score");
    boolean graded = !rs.wasNull();
    return new DesignAttempt(
        rs.getLong("id"),
        rs.getLong("account_id"),
        rs.getString("prompt_id"),
        rs.getObject("started_at", OffsetDateTime.class).toInstant(),
        rs.getObject("deadline", OffsetDateTime.class).toInstant(),
        ended == null ? null : ended.toInstant(),
        rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
        JSON.readValue(rs.getString("answer"), TEXTS),
        checked == null || checked.isEmpty() ? List.of() : Arrays.asList(checked.split(",")),
        graded ? score : null,
        rs.getString("llm_review"));
  }
}
