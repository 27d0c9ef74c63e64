package com.example.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ResetTokenServiceTest {

  private final Clock clock = Clock.fixed(Instant.parse("2024-01-01T00:00:00Z"), ZoneOffset.UTC);
  private final ResetTokenService service = new ResetTokenService(clock);

  @Test
  void issuedTokenRedeemsToItsUser() {
    String token = service.issue("alice");
    assertEquals("alice", service.redeem(token).orElseThrow());
  }

  @Test
  void unknownTokenIsRejected() {
    assertTrue(service.redeem("NOT-A-TOKEN").isEmpty());
  }

  @Test
  void tokensHaveTheConfiguredLength() {
    assertEquals(20, service.issue("bob").length());
  }
}
