package dev.onsite.server.mockloop;

import dev.onsite.catalog.company.Decision;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A company loop assembled for one account: its rounds in order, and the committee's rule.
 *
 * @param rule how the committee decides: the loop's own rule, or Onsite's default
 * @param ruleSource the URL that reports the rule, or null for the default
 */
record MockLoop(
    long id,
    long accountId,
    String companyId,
    String companyName,
    String loopId,
    String role,
    Decision rule,
    String ruleSource,
    Instant createdAt,
    List<MockRound> rounds) {

  MockLoop {
    Objects.requireNonNull(companyId, "companyId");
    Objects.requireNonNull(rule, "rule");
    rounds = List.copyOf(rounds);
  }

  /** The round to run next at {@code now}: the first scored round that is not over. */
  Optional<MockRound> current(Instant now) {
    return rounds.stream().filter(r -> !r.skipped() && !r.over(now)).findFirst();
  }
}
