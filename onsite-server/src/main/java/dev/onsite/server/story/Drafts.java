package dev.onsite.server.story;

import dev.onsite.server.system.Clocks;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * Text saved as it is typed, per account and key, in the {@code drafts} table: the story editor,
 * practice notes and the deep-dive outline keep what was typed across a reload or a restart until
 * it is stored for real.
 */
@Service
public class Drafts {

  /** The most one draft may hold. */
  public static final int MAX_CHARS = 150_000;

  private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

  /** A saved draft: its JSON text and when it was saved. */
  public record Draft(String body, Instant savedAt) {}

  private final JdbcClient jdbc;
  private final Clock clock;

  Drafts(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public Optional<Draft> get(long accountId, String key) {
    check(key);
    return jdbc.sql("select body, updated_at from drafts where account_id = ? and draft_key = ?")
        .params(accountId, key)
        .query(
            (rs, n) ->
                new Draft(
                    rs.getString("body"),
                    rs.getObject("updated_at", OffsetDateTime.class).toInstant()))
        .optional();
  }

  /**
   * Keep {@code body} as the draft under {@code key}, replacing the one before.
   *
   * @throws ResponseStatusException 400 for a bad key, 413 for a body over {@link #MAX_CHARS}
   */
  public Instant put(long accountId, String key, String body) {
    check(key);
    if (body.length() > MAX_CHARS) {
      throw new ResponseStatusException(
          HttpStatus.CONTENT_TOO_LARGE,
          "the draft has "
              + body.length()
              + " characters; a draft holds at most "
              + MAX_CHARS
              + ": shorten it to save (your text is still in the page)");
    }
    Instant now = clock.instant();
    int updated =
        jdbc.sql(
                "update drafts set body = ?, updated_at = ? where account_id = ? and draft_key = ?")
            .params(body, Clocks.sql(now), accountId, key)
            .update();
    if (updated == 0) {
      jdbc.sql("insert into drafts (account_id, draft_key, body, updated_at) values (?, ?, ?, ?)")
          .params(accountId, key, body, Clocks.sql(now))
          .update();
    }
    return now;
  }

  public void delete(long accountId, String key) {
    check(key);
    jdbc.sql("delete from drafts where account_id = ? and draft_key = ?")
        .params(accountId, key)
        .update();
  }

  private static void check(String key) {
    if (key == null || !KEY.matcher(key).matches()) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST,
          "draft key '" + key + "' must be lowercase letters, digits and '-', at most 64");
    }
  }
}
