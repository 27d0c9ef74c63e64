package dev.onsite.server.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onsite.judge.problem.Limits;
import dev.onsite.judge.problem.Metadata;
import dev.onsite.judge.problem.ProblemKind;
import dev.onsite.judge.problem.ProblemPackage;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class PatternProgressTests {

  private static ProblemPackage drilling(String id, String... patterns) {
    return new ProblemPackage(
        Path.of(id),
        id,
        id,
        ProblemKind.API,
        true,
        new Metadata("coding", "easy", List.of(), List.of(), 0, List.of(patterns), ""),
        new Limits(OptionalDouble.of(1), 2, 1, 256, 8),
        List.of(),
        List.of(),
        null,
        List.of(),
        null,
        List.of(),
        Map.of(),
        List.of(),
        null,
        null,
        Map.of());
  }

  private static final Instant T = Instant.parse("2026-12-01T10:00:00Z");

  @Test
  void problemCountsForEveryPatternItDrillsInVocabularyOrder() {
    var rows =
        PatternProgress.of(
            List.of(drilling("a", "heap", "sliding-window"), drilling("b", "heap")),
            Map.of("a", new PatternProgress.Attempts(T, T.plusSeconds(60), 1)),
            Map.of(),
            ZoneOffset.UTC);
    assertThat(rows).extracting(PatternProgress::pattern).containsExactly("sliding-window", "heap");
    PatternProgress heap = rows.get(1);
    assertThat(heap.problems()).isEqualTo(2);
    assertThat(heap.solved()).isEqualTo(1);
    assertThat(heap.attempted()).isZero();
    assertThat(heap.failedSubmissions()).isEqualTo(1);
    assertThat(heap.medianSecondsToAc()).isEqualTo(60);
  }

  @Test
  void timeToAcIsPageTimeUpToTheDayOfTheFirstAccepted() {
    var perDay =
        Map.of(
            LocalDate.parse("2026-11-30"), 600L,
            LocalDate.parse("2026-12-01"), 300L,
            LocalDate.parse("2026-12-02"), 5000L);
    var rows =
        PatternProgress.of(
            List.of(drilling("a", "trie")),
            Map.of("a", new PatternProgress.Attempts(T, T.plusSeconds(10), 0)),
            Map.of("a", perDay),
            ZoneOffset.UTC);
    assertThat(rows.get(0).medianSecondsToAc()).isEqualTo(900);
    assertThat(rows.get(0).medianToAc()).isEqualTo("15 min");
  }

  @Test
  void unsolvedPatternHasNoMedianAndAttemptsCount() {
    var rows =
        PatternProgress.of(
            List.of(drilling("a", "greedy"), drilling("b", "greedy")),
            Map.of("a", new PatternProgress.Attempts(T, null, 3)),
            Map.of(),
            ZoneOffset.UTC);
    assertThat(rows.get(0).attempted()).isEqualTo(1);
    assertThat(rows.get(0).failedSubmissions()).isEqualTo(3);
    assertThat(rows.get(0).medianSecondsToAc()).isEqualTo(-1);
    assertThat(rows.get(0).medianToAc()).isEqualTo("-");
  }

  @Test
  void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
    assertThat(PatternProgress.median(List.of(40L, 10L, 30L, 20L))).isEqualTo(25);
    assertThat(PatternProgress.median(List.of(5L))).isEqualTo(5);
  }
}
