package dev.onsite.judge.problem;

import java.util.List;
import java.util.Objects;

/**
 * What Onsite knows of a problem beyond how to judge it: the interview round it trains, its
 * difficulty, tags, the companies that reportedly ask it, how long it should take, and for
 * LeetCode-style problems the algorithmic patterns it drills and the real task it stands for.
 *
 * @param patterns pattern ids from {@link #PATTERNS}, the main one first; empty when none applies
 * @param task one sentence naming the real data-processing task the problem models ("top-k queries
 *     in a day of search logs"), or empty
 */
public record Metadata(
    String round,
    String difficulty,
    List<String> tags,
    List<String> companies,
    int minutes,
    List<String> patterns,
    String task) {

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

  /**
   * The algorithmic patterns a problem can drill, as data-processing techniques: the vocabulary
   * that pattern progress is counted in.
   */
  public static final List<String> PATTERNS =
      List.of(
          "hashing",
          "two-pointers",
          "sliding-window",
          "monotonic-queue",
          "monotonic-stack",
          "prefix-sums",
          "fenwick-tree",
          "intervals",
          "sweep-line",
          "sorting",
          "binary-search",
          "heap",
          "top-k",
          "bucket-sort",
          "trie",
          "inverted-index",
          "union-find",
          "graph-traversal",
          "topological-sort",
          "shortest-path",
          "dynamic-programming",
          "greedy",
          "backtracking",
          "string-processing",
          "bit-manipulation",
          "linked-list",
          "tree",
          "design");

  public Metadata {
    Objects.requireNonNull(round, "round");
    Objects.requireNonNull(difficulty, "difficulty");
    tags = List.copyOf(tags);
    companies = List.copyOf(companies);
    patterns = patterns == null ? List.of() : List.copyOf(patterns);
    task = task == null ? "" : task.strip();
  }

  /** Metadata without patterns or a task, as for every problem that is not LeetCode-style. */
  public Metadata(
      String round, String difficulty, List<String> tags, List<String> companies, int minutes) {
    this(round, difficulty, tags, companies, minutes, List.of(), "");
  }
}
