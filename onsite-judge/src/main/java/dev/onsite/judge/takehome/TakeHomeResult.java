package dev.onsite.judge.takehome;

import dev.onsite.judge.verdict.Verdict;
import java.util.List;
import java.util.Objects;

/**
 * The judgement of one finder on one generated dataset.
 *
 * @param verdict AC when every fault kind is at full marks; WA when some are not or the findings
 *     could not be read; TLE, RE or OLE when the finder looped, crashed or printed too much
 * @param score the detection score, 0..100: the fault kinds' F1 weighted by their weights
 * @param summary one line for people
 * @param seed the dataset's seed
 * @param kinds a score per fault kind, in the package's order (empty when the findings could not be
 *     read)
 * @param rubric every rubric part: the graded one with points, the others as checklists
 * @param wallMs how long the finder ran
 */
public record TakeHomeResult(
    Verdict verdict,
    double score,
    String summary,
    long seed,
    List<KindScore> kinds,
    List<RubricScore> rubric,
    long wallMs) {

  public TakeHomeResult {
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(summary, "summary");
    if (!(score >= 0 && score <= 100)) {
      throw new IllegalArgumentException("score must be within 0..100, was " + score);
    }
    kinds = List.copyOf(kinds);
    rubric = List.copyOf(rubric);
  }

  /** The score of fault kind {@code id}, if the findings were read. */
  public java.util.Optional<KindScore> kind(String id) {
    return kinds.stream().filter(k -> k.kind().id().equals(id)).findFirst();
  }
}
