package dev.onsite.server.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rule of the progress arithmetic, on hand-made attempts. */
class ProgressionTests {

  /** A Wednesday noon. */
  private static final Instant NOW = Instant.parse("2026-12-09T12:00:00Z");

  private final List<Attempt> attempts = new ArrayList<>();

  private void add(String item, String pattern, Duration ago, boolean graded, boolean passed) {
    attempts.add(
        new Attempt(
            "problem",
            item,
            "coding",
            List.of("pattern:" + pattern),
            NOW.minus(ago),
            graded,
            passed,
            passed ? 100.0 : 0.0));
  }

  private ProgressReport report() {
    return Progression.report(attempts, NOW, ZoneOffset.UTC);
  }

  @Test
  void theWeakestAreaIsTheOneWithTheFewestPassesForItsAttemptsAndNeedsTwoAttempts() {
    add("a", "heap", Duration.ofDays(1), true, false);
    add("a", "heap", Duration.ofDays(1), true, false);
    add("a", "heap", Duration.ofDays(1), true, true); // heap: 1 of 3 -> (1+1)/(3+2) = 40
    add("b", "trie", Duration.ofDays(2), true, false);
    add("b", "trie", Duration.ofDays(2), true, true); // trie: 1 of 2 -> 2/4 = 50
    add("c", "greedy", Duration.ofDays(2), true, false); // greedy: one attempt, not yet weak

    ProgressReport r = report();

    assertThat(r.weakest())
        .extracting(ProgressReport.Area::id)
        .containsExactly("round:coding", "pattern:heap", "pattern:trie");
    assertThat(r.weakest()).extracting(ProgressReport.Area::strength).containsExactly(38, 40, 50);
    assertThat(r.areas()).extracting(ProgressReport.Area::id).contains("pattern:greedy");
    ProgressReport.Area coding = r.areas().get(0);
    assertThat(coding.id()).isEqualTo("round:coding");
    assertThat(coding.label()).isEqualTo("Coding (LeetCode-style)");
    assertThat(coding.items()).isEqualTo(3);
    assertThat(coding.itemsPassed()).isEqualTo(2);
  }

  @Test
  void onlyTheLastNinetyDaysDecideStrengthButTotalsCountEverything() {
    add("a", "heap", Duration.ofDays(Progression.WINDOW_DAYS + 1), true, false);
    add("a", "heap", Duration.ofDays(Progression.WINDOW_DAYS + 1), true, false);
    add("a", "heap", Duration.ofDays(3), true, true);

    ProgressReport r = report();

    assertThat(r.attempts()).isEqualTo(3);
    assertThat(r.passed()).isEqualTo(1);
    ProgressReport.Area heap =
        r.areas().stream().filter(a -> a.id().equals("pattern:heap")).findFirst().orElseThrow();
    assertThat(heap.attempts()).isEqualTo(1);
    assertThat(heap.strength()).isEqualTo(67);
  }

  @Test
  void aRunIsNoAttemptButStartsTheClockForTimeToPass() {
    add("a", "heap", Duration.ofMinutes(50), false, false);
    add("a", "heap", Duration.ofMinutes(30), true, false);
    add("a", "heap", Duration.ofMinutes(20), true, true);
    add("a", "heap", Duration.ofMinutes(10), true, true); // a second pass does not count again
    add("b", "trie", Duration.ofMinutes(5), true, true); // passed at once: 0 minutes

    ProgressReport.Week thisWeek = report().weeks().getLast();

    assertThat(thisWeek.start()).isEqualTo(LocalDate.parse("2026-12-07"));
    assertThat(thisWeek.attempts()).isEqualTo(4);
    assertThat(thisWeek.passed()).isEqualTo(3);
    assertThat(thisWeek.acRate()).isEqualTo(75);
    assertThat(thisWeek.medianMinutesToPass()).isEqualTo(15.0); // median of 30 and 0
  }

  @Test
  void twelveWeeksFromOldestToThisOneWithEmptyWeeksWithoutRates() {
    add("a", "heap", Duration.ofDays(14), true, true);

    List<ProgressReport.Week> weeks = report().weeks();

    assertThat(weeks).hasSize(Progression.WEEKS);
    assertThat(weeks.getFirst().start()).isEqualTo(LocalDate.parse("2026-09-21"));
    assertThat(weeks.get(Progression.WEEKS - 3).attempts()).isEqualTo(1);
    assertThat(weeks.getLast().attempts()).isZero();
    assertThat(weeks.getLast().acRate()).isNull();
    assertThat(weeks.getLast().medianMinutesToPass()).isNull();
  }

  @Test
  void cardsHaveTheirOwnCountAndRetentionAndStayOutOfThePassRate() {
    for (String rating : List.of("good", "good", "again", "easy")) {
      attempts.add(
          new Attempt(
              "card",
              "c-" + attempts.size(),
              "ml-fundamentals",
              List.of("deck:losses"),
              NOW.minus(Duration.ofHours(1)),
              true,
              !rating.equals("again"),
              null));
    }

    ProgressReport r = report();

    assertThat(r.attempts()).isZero();
    assertThat(r.cardReviews()).isEqualTo(4);
    assertThat(r.weeks().getLast().attempts()).isZero();
    assertThat(r.weeks().getLast().cardReviews()).isEqualTo(4);
    assertThat(r.weeks().getLast().retention()).isEqualTo(75);
    assertThat(r.areas()).extracting(ProgressReport.Area::id).contains("deck:losses");
  }

  @Test
  void signalsOfRatedRoundsAreAreasButNotAttempts() {
    for (boolean met : new boolean[] {false, false, true}) {
      attempts.add(
          new Attempt(
              "signal",
              "ownership",
              null,
              List.of("signal:ownership"),
              NOW.minus(Duration.ofHours(2)),
              true,
              met,
              null));
    }

    ProgressReport r = report();

    assertThat(r.attempts()).isZero();
    assertThat(r.weeks().getLast().attempts()).isZero();
    assertThat(r.weeks().getLast().cardReviews()).isZero();
    assertThat(r.weakest()).extracting(ProgressReport.Area::id).containsExactly("signal:ownership");
    assertThat(r.weakest().getFirst().label()).isEqualTo("signal: ownership");
    assertThat(r.weakest().getFirst().strength()).isEqualTo(40); // (1 + 1) / (3 + 2)
  }

  @Test
  void csvQuotesFieldsThatNeedIt() {
    assertThat(AttemptsCsv.field("plain")).isEqualTo("plain");
    assertThat(AttemptsCsv.field("a,b")).isEqualTo("\"a,b\"");
    assertThat(AttemptsCsv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
  }
}
