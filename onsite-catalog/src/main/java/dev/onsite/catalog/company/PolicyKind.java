package dev.onsite.catalog.company;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What a hiring policy is about. */
public enum PolicyKind {
  /** Whether candidates may use AI tools during rounds. */
  AI_TOOLS("ai-tools"),
  /** How long a rejected candidate waits before applying again. */
  COOLDOWN("cooldown"),
  /** Reference checks before an offer. */
  REFERENCES("references"),
  /** In person or virtual, and where. */
  LOCATION("location"),
  /** What the company tells or offers candidates to prepare (mock interviews, briefings). */
  PREPARATION("preparation"),
  /** Anything else about how the process is run. */
  OTHER("other");

  private final String id;

  PolicyKind(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Optional<PolicyKind> byId(String id) {
    return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(PolicyKind::id).toList();
  }
}
