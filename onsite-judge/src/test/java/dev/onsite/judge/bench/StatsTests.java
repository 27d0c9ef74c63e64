package dev.onsite.judge.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onsite.judge.bench.JudgeBenchmark.Stats;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatsTests {

  @Test
  void percentilesUseTheNearestRank() {
    List<Double> values = new ArrayList<>();
    for (int i = 100; i >= 1; i--) {
      values.add((double) i);
    }
    Stats stats = Stats.of(values);
    assertThat(stats.p50()).isEqualTo(50.0);
    assertThat(stats.p95()).isEqualTo(95.0);
    assertThat(stats.p99()).isEqualTo(99.0);
    assertThat(stats.samples()).isEqualTo(100);
  }

  @Test
  void fewSamplesReportTheLargestForHighPercentiles() {
    Stats stats = Stats.of(List.of(3.0, 1.0, 2.0));
    assertThat(stats.p50()).isEqualTo(2.0);
    assertThat(stats.p99()).isEqualTo(3.0);
  }

  @Test
  void noSamplesGiveZeros() {
    assertThat(Stats.of(List.of())).isEqualTo(new Stats(0, 0, 0, 0));
  }
}
