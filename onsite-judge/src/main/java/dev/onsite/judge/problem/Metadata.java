package dev.onsite.judge.problem;

import java.util.List;
import java.util.Objects;

/**
 * What Onsite knows of a problem beyond how to judge it: the interview round it trains, its
 * difficulty, tags, the companies that reportedly ask it, and how long it should take.
 */
public record Metadata(
    String round, String difficulty, List<String> tags, List<String> companies, int minutes) {

  /** The round ids of the command-line contracts. */
  public static final List<String> ROUNDS =
      List.of(
          "recruiter-screen",
          "coding",
          "oop",
          "ml-coding",
          "ml-debugging",
          "debugging",
          "ai-assisted",
          "refactoring",
          "code-review",
          "data-coding",
          "take-home",
          "ml-fundamentals",
          "ml-design",
          "ml-infra-design",
          "llm-design",
          "system-design",
          "behavioral",
          "deep-dive",
          "paper-reading",
          "hiring-manager",
          "founder-chat",
          "team-match",
          "reference-check");

  public static final List<String> DIFFICULTIES = List.of("easy", "medium", "hard");

  public Metadata {
    Objects.requireNonNull(round, "round");
    Objects.requireNonNull(difficulty, "difficulty");
    tags = List.copyOf(tags);
    companies = List.copyOf(companies);
  }
}
