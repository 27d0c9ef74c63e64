package dev.onsite.judge.workspace;

import java.util.Arrays;
import java.util.Optional;

/** The rounds a workspace package practises; each grades differently. */
public enum Round {
  /** Fix planted bugs: every visible and hidden test passes. */
  DEBUGGING("debugging"),
  /** Improve the structure: the tests stay green and the structure metrics meet their targets. */
  REFACTORING("refactoring"),
  /** Make it correct and fast: the hidden tests pass and the benchmark meets its target. */
  AI_ASSISTED("ai-assisted");

  private final String id;

  Round(String id) {
    this.id = id;
  }

  /** The round id of /work/shared/contracts.md: {@code debugging}, {@code ai-assisted}. */
  public String id() {
    return id;
  }

  public static Optional<Round> byId(String id) {
    return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
  }

  /** Whether the starter, unchanged, must pass the tests (it must fail them when debugging). */
  public boolean starterPasses() {
    return this != DEBUGGING;
  }
}
