package dev.onsite.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTests {

  /** A clock the test moves by hand. */
  static final class ManualClock extends Clock {
    Instant now = Instant.parse("2026-12-06T12:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final ManualClock clock = new ManualClock();
  private final LoginThrottle throttle = new LoginThrottle(clock, 20);

  @Test
  void theLockLiftsAfterFifteenMinutes() {
    for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
      assertThat(throttle.admit("Ada", "1.1.1.1")).isEmpty();
      throttle.failed("ada");
    }
    assertThat(throttle.admit("ADA ", "2.2.2.2"))
        .hasValueSatisfying(why -> assertThat(why.message()).contains("try again in 15 minutes"));
    clock.now = clock.now.plus(Duration.ofMinutes(14));
    assertThat(throttle.admit("ada", "2.2.2.2"))
        .hasValueSatisfying(why -> assertThat(why.message()).endsWith("try again in 1 minute"));
    clock.now = clock.now.plus(Duration.ofMinutes(1));
    assertThat(throttle.admit("ada", "2.2.2.2")).isEmpty();
  }

  @Test
  void failuresOutsideTheWindowDoNotAddUp() {
    for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
      throttle.failed("grace");
    }
    clock.now = clock.now.plus(LoginThrottle.WINDOW);
    throttle.failed("grace");
    assertThat(throttle.admit("grace", "1.1.1.1")).isEmpty();
  }

  @Test
  void aSuccessClearsTheFailures() {
    for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
      throttle.failed("linus");
    }
    throttle.succeeded("linus");
    throttle.failed("linus");
    assertThat(throttle.admit("linus", "1.1.1.1")).isEmpty();
  }

  @Test
  void anAddressGetsTwentyAttemptsAMinute() {
    for (int i = 0; i < 20; i++) {
      assertThat(throttle.admit("user" + i, "3.3.3.3")).isEmpty();
    }
    assertThat(throttle.admit("someone", "3.3.3.3")).isPresent();
    assertThat(throttle.admit("someone", "4.4.4.4")).isEmpty();
    clock.now = clock.now.plus(Duration.ofMinutes(1));
    assertThat(throttle.admit("someone", "3.3.3.3")).isEmpty();
  }
}
