package dev.onsite.server.design;

import dev.onsite.catalog.design.DesignPrompt;
import dev.onsite.server.company.Intelligence;
import dev.onsite.server.progress.Attempt;
import dev.onsite.server.progress.AttemptLog;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Graded design answers as attempts: passed at {@link Attempt#DESIGN_PASS} percent of the rubric,
 * in the prompt's round, with its category as the topic.
 */
@Component
class DesignAttemptLog implements AttemptLog {

  private final JdbcClient jdbc;
  private final Intelligence intelligence;

  DesignAttemptLog(JdbcClient jdbc, Intelligence intelligence) {
    this.jdbc = jdbc;
    this.intelligence = intelligence;
  }

  @Override
  public List<Attempt> attempts(long accountId) {
    List<Attempt> attempts = new ArrayList<>();
    jdbc.sql(
            "select prompt_id, score, coalesce(ended_at, updated_at) as handed_in"
                + " from design_attempts where account_id = ? and score is not null order by id")
        .param(accountId)
        .query(
            (ResultSet rs) -> {
              String id = rs.getString("prompt_id");
              int score = rs.getInt("score");
              Optional<DesignPrompt> prompt = intelligence.catalog().spoken().prompt(id);
              attempts.add(
                  new Attempt(
                      "design",
                      id,
                      prompt.map(p -> p.round().id()).orElse(null),
                      prompt.map(p -> List.of("topic:" + p.category().id())).orElse(List.of()),
                      rs.getObject("handed_in", OffsetDateTime.class).toInstant(),
                      true,
                      score >= Attempt.DESIGN_PASS,
                      (double) score));
            });
    return attempts;
  }
}
