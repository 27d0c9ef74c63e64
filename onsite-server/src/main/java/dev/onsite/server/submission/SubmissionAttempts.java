package dev.onsite.server.submission;

import dev.onsite.judge.problem.Metadata;
import dev.onsite.server.problem.ProblemLibrary;
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
 * Judged submissions as attempts: a submission counts, a run of the visible tests marks when work
 * began. A problem package gives its round, patterns and tags; any other item (a workspace) is left
 * for its practice shelf to describe.
 */
@Component
class SubmissionAttempts implements AttemptLog {

  private final JdbcClient jdbc;
  private final ProblemLibrary library;

  SubmissionAttempts(JdbcClient jdbc, ProblemLibrary library) {
    this.jdbc = jdbc;
    this.library = library;
  }

  @Override
  public List<Attempt> attempts(long accountId) {
    List<Attempt> attempts = new ArrayList<>();
    jdbc.sql(
            "select problem_id, mode, verdict, score, created_at from submissions"
                + " where account_id = ? and status = 'done' order by id")
        .param(accountId)
        .query(
            (ResultSet rs) -> {
              String id = rs.getString("problem_id");
              double score = rs.getDouble("score");
              Double scoreOrNull = rs.wasNull() ? null : score;
              boolean graded = Mode.SUBMIT.id().equals(rs.getString("mode"));
              Optional<Metadata> metadata = library.find(id).map(p -> p.metadata());
              List<String> areas = new ArrayList<>();
              metadata.ifPresent(
                  m -> {
                    m.patterns().forEach(p -> areas.add("pattern:" + p));
                    m.tags().forEach(t -> areas.add("topic:" + t));
                  });
              attempts.add(
                  new Attempt(
                      metadata.isPresent() ? "problem" : "item",
                      id,
                      metadata.map(Metadata::round).orElse(null),
                      areas,
                      rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                      graded,
                      "AC".equals(rs.getString("verdict")),
                      scoreOrNull));
            });
    return attempts;
  }
}
