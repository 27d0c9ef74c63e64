package dev.onsite.server.account;

import dev.onsite.server.system.Clocks;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * Personal API tokens: a person makes one on their account page and gives it to the command line
 * ({@code --token} or {@code ONSITE_TOKEN}), which sends it as {@code Authorization: Bearer}. The
 * server keeps only its SHA-256; the token is shown once.
 */
@Service
public class ApiTokens {

  /** What every token starts with, so that a leaked one is recognisable. */
  public static final String PREFIX = "onsite_";

  /** Tokens one account may hold. */
  static final int MAX_PER_ACCOUNT = 20;

  private static final SecureRandom RANDOM = new SecureRandom();

  /**
   * A token as its owner sees it later: never the token itself.
   *
   * @param hint its first characters
   */
  public record Token(long id, String name, String hint, Instant createdAt, Instant lastUsedAt) {}

  /** A token just made: the only time its text is known. */
  public record NewToken(long id, String name, String token) {}

  private final JdbcClient jdbc;
  private final Accounts accounts;
  private final Clock clock;

  ApiTokens(JdbcClient jdbc, Accounts accounts, Clock clock) {
    this.jdbc = jdbc;
    this.accounts = accounts;
    this.clock = clock;
  }

  /**
   * Make a token for the account.
   *
   * @throws ResponseStatusException 400 for a name that is blank or longer than 64 characters, or
   *     when the account holds {@link #MAX_PER_ACCOUNT} tokens already
   */
  public NewToken create(long accountId, String name) {
    String label = name == null ? "" : name.strip();
    if (label.isEmpty() || label.length() > 64) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST,
          "name the token in 1 to 64 characters (e.g. the laptop it is for)");
    }
    if (list(accountId).size() >= MAX_PER_ACCOUNT) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST,
          "you hold " + MAX_PER_ACCOUNT + " tokens already: revoke one you no longer use");
    }
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into api_tokens (account_id, name, token_hash, hint, created_at)"
                + " values (?, ?, ?, ?, ?)")
        .params(accountId, label, hash(token), token.substring(0, 12), Clocks.sql(clock.instant()))
        .update(keys, "id");
    return new NewToken(keys.getKeyAs(Long.class), label, token);
  }

  /** The account's tokens, newest first. */
  public List<Token> list(long accountId) {
    return jdbc.sql(
            "select id, name, hint, created_at, last_used_at from api_tokens where account_id = ?"
                + " order by id desc")
        .param(accountId)
        .query(
            (rs, n) -> {
              OffsetDateTime used = rs.getObject("last_used_at", OffsetDateTime.class);
              return new Token(
                  rs.getLong("id"),
                  rs.getString("name"),
                  rs.getString("hint"),
                  rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                  used == null ? null : used.toInstant());
            })
        .list();
  }

  /** Revoke one of the account's tokens; whether it had it. */
  public boolean revoke(long accountId, long id) {
    return jdbc.sql("delete from api_tokens where id = ? and account_id = ?")
            .params(id, accountId)
            .update()
        == 1;
  }

  /** The account a token belongs to, if it is one of ours and not revoked; marks it used. */
  Optional<Account> authenticate(String token) {
    if (token == null || !token.startsWith(PREFIX) || token.length() > 200) {
      return Optional.empty();
    }
    String hash = hash(token);
    Optional<Long> account =
        jdbc.sql("select account_id from api_tokens where token_hash = ?")
            .param(hash)
            .query(Long.class)
            .optional();
    account.ifPresent(
        id ->
            jdbc.sql("update api_tokens set last_used_at = ? where token_hash = ?")
                .params(Clocks.sql(clock.instant()), hash)
                .update());
    return account.flatMap(accounts::find);
  }

  private static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }
}
