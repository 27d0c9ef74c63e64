package dev.onsite.server.system;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clock every feature reads time from, so that tests can move it; and SQL time conversions. */
@Configuration(proxyBeanMethods = false)
public class Clocks {

  @Bean
  Clock clock() {
    return Clock.systemDefaultZone();
  }

  /** An instant as the {@code timestamp with time zone} value both databases accept. */
  public static OffsetDateTime sql(Instant instant) {
    return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
