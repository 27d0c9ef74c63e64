package dev.onsite.server.account;

import dev.onsite.server.system.OnsiteProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slow down password guessing: a user name with {@link #MAX_FAILURES} failed sign-ins within {@link
 * #WINDOW} is locked for {@link #LOCK}, whatever password comes next, and one client address may
 * try at most {@link #MAX_ATTEMPTS_PER_ADDRESS} sign-ins a minute (any user name).
 *
 * <p>The counts live in this server's memory: a restart forgets them, and servers sharing a
 * database count separately. That bounds guessing to a few attempts a minute per server, which is
 * what it is for; it is not an audit log.
 */
@Component
final class LoginThrottle {

  static final int MAX_FAILURES = 5;
  static final Duration WINDOW = Duration.ofMinutes(15);
  static final Duration LOCK = Duration.ofMinutes(15);

  private static final int MAX_TRACKED = 100_000;

  private final Clock clock;
  private final int attemptsPerAddress;
  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
  private final Map<String, Instant> lockedUntil = new ConcurrentHashMap<>();
  private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();

  @Autowired
  LoginThrottle(Clock clock, OnsiteProperties properties) {
    this(clock, properties.accounts().signInsPerMinute());
  }

  LoginThrottle(Clock clock, int attemptsPerAddress) {
    this.clock = clock;
    this.attemptsPerAddress = attemptsPerAddress;
  }

  /**
   * Why a sign-in was refused: the user name is locked, or its address tried too often.
   *
   * @param minutes minutes until it may try again, at least 1
   */
  record Refusal(boolean userLocked, long minutes) {

    /** For the person: "too many failed sign-ins for this user name; try again in 14 minutes". */
    String message() {
      String wait = minutes == 1 ? "1 minute" : minutes + " minutes";
      return (userLocked
              ? "too many failed sign-ins for this user name"
              : "too many sign-ins from this address")
          + "; try again in "
          + wait;
    }
  }

  /**
   * Whether a sign-in from {@code address} as {@code username} may be tried now, counting it as an
   * attempt of the address.
   *
   * @return empty when it may, or why not
   */
  Optional<Refusal> admit(String username, String address) {
    Instant now = clock.instant();
    Instant until = lockedUntil.get(key(username));
    if (until != null) {
      if (until.isAfter(now)) {
        return Optional.of(new Refusal(true, minutes(Duration.between(now, until))));
      }
      lockedUntil.remove(key(username));
    }
    Deque<Instant> recent = recent(attempts, address, now, Duration.ofMinutes(1));
    synchronized (recent) {
      if (recent.size() >= attemptsPerAddress) {
        return Optional.of(new Refusal(false, 1));
      }
      recent.addLast(now);
    }
    return Optional.empty();
  }

  /** Count a failed sign-in; the {@value #MAX_FAILURES}th in the window locks the user name. */
  void failed(String username) {
    Instant now = clock.instant();
    Deque<Instant> recent = recent(failures, key(username), now, WINDOW);
    synchronized (recent) {
      recent.addLast(now);
      if (recent.size() >= MAX_FAILURES) {
        lockedUntil.put(key(username), now.plus(LOCK));
        recent.clear();
      }
    }
  }

  /** A successful sign-in clears the user name's failures. */
  void succeeded(String username) {
    failures.remove(key(username));
  }

  @EventListener
  void on(AuthenticationFailureBadCredentialsEvent event) {
    failed(event.getAuthentication().getName());
  }

  @EventListener
  void on(AuthenticationSuccessEvent event) {
    succeeded(event.getAuthentication().getName());
  }

  private Deque<Instant> recent(
      Map<String, Deque<Instant>> map, String key, Instant now, Duration window) {
    if (map.size() > MAX_TRACKED) {
      map.clear(); // a flood of made-up names must not fill the heap
    }
    Deque<Instant> times = map.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (times) {
      while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) {
        times.removeFirst();
      }
    }
    return times;
  }

  private static String key(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }

  private static long minutes(Duration left) {
    return Math.max(1, (left.toSeconds() + 59) / 60);
  }
}
