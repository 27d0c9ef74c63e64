package dev.onsite.catalog.round;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of interview round Onsite knows, by their stable ids from the command-line contracts.
 */
public enum RoundType {
  RECRUITER_SCREEN("recruiter-screen", "Recruiter screen"),
  CODING("coding", "Coding (LeetCode-style)"),
  OOP("oop", "Multi-level build-a-system"),
  ML_CODING("ml-coding", "ML coding"),
  ML_DEBUGGING("ml-debugging", "ML debugging"),
  DEBUGGING("debugging", "Debugging a codebase"),
  AI_ASSISTED("ai-assisted", "AI-assisted coding"),
  REFACTORING("refactoring", "Refactoring"),
  CODE_REVIEW("code-review", "Code review"),
  DATA_CODING("data-coding", "Data coding (pandas/SQL)"),
  TAKE_HOME("take-home", "Take-home"),
  ML_FUNDAMENTALS("ml-fundamentals", "ML fundamentals"),
  ML_DESIGN("ml-design", "ML system design"),
  ML_INFRA_DESIGN("ml-infra-design", "ML infrastructure design"),
  LLM_DESIGN("llm-design", "LLM system design"),
  SYSTEM_DESIGN("system-design", "System design"),
  BEHAVIORAL("behavioral", "Behavioral"),
  DEEP_DIVE("deep-dive", "Project deep dive"),
  PAPER_READING("paper-reading", "Paper reading"),
  HIRING_MANAGER("hiring-manager", "Hiring manager"),
  FOUNDER_CHAT("founder-chat", "Founder chat"),
  TEAM_MATCH("team-match", "Team match"),
  REFERENCE_CHECK("reference-check", "Reference check");

  private final String id;
  private final String label;

  RoundType(String id, String label) {
    this.id = id;
    this.label = label;
  }

  /** The contract id, for example {@code ml-coding}. */
  public String id() {
    return id;
  }

  /** A short human name, for example {@code ML coding}. */
  public String label() {
    return label;
  }

  /** Find a round type by its contract id; empty for an unknown id. */
  public static Optional<RoundType> byId(String id) {
    return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
  }

  /** Every contract id, in contract order. */
  public static List<String> ids() {
    return Arrays.stream(values()).map(RoundType::id).toList();
  }

  @Override
  public String toString() {
    return id;
  }
}
