package dev.onsite.server.mockloop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onsite.catalog.design.RubricPoint;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The four-point rating of one round, from its judged result or its self-rated rubric. */
class MockRatingTests {

  private static final long ROUND = 45 * 60;

  private static Rating judged(String verdict, double score, long usedSeconds) {
    return Ratings.rate(new Outcome.Judged(verdict, score, usedSeconds, ROUND))
        .orElseThrow()
        .rating();
  }

  @Test
  void acceptedWithinTwoThirdsOfTheTimeIsAStrongYes() {
    assertThat(judged("AC", 100, 30 * 60)).isEqualTo(Rating.STRONG_YES);
  }

  @Test
  void acceptedLateInTheRoundIsAYes() {
    assertThat(judged("AC", 100, 30 * 60 + 1)).isEqualTo(Rating.YES);
  }

  @Test
  void halfTheTestsIsANoAndLessIsAStrongNo() {
    assertThat(judged("WA", 50, ROUND)).isEqualTo(Rating.NO);
    assertThat(judged("WA", 49.9, ROUND)).isEqualTo(Rating.STRONG_NO);
  }

  @Test
  void nothingJudgedInTheWindowIsAStrongNoWithTheReason() {
    Ratings.Rated rated = Ratings.rate(new Outcome.Judged(null, 0, ROUND, ROUND)).orElseThrow();
    assertThat(rated.rating()).isEqualTo(Rating.STRONG_NO);
    assertThat(rated.why()).isEqualTo("nothing judged within the round's time");
  }

  private static final List<RubricPoint> RUBRIC =
      List.of(
          new RubricPoint("must", "Names the trade-off", 3),
          new RubricPoint("a", "Sizes the system", 2),
          new RubricPoint("b", "Plans monitoring", 2),
          new RubricPoint("c", "Mentions cost", 1));

  private static Ratings.Rated self(String... met) {
    return Ratings.rate(new Outcome.SelfRated(RUBRIC, Set.of(met))).orElseThrow();
  }

  @Test
  void everyPointIsAStrongYesAndMostWithTheMustIsAYes() {
    assertThat(self("must", "a", "b", "c").rating()).isEqualTo(Rating.STRONG_YES);
    assertThat(self("must", "a", "b").rating()).isEqualTo(Rating.STRONG_YES); // 7 of 8
    assertThat(self("must", "a", "c").rating()).isEqualTo(Rating.YES); // 6 of 8
    assertThat(self("must", "a").rating()).isEqualTo(Rating.YES); // 5 of 8 = 62%
  }

  @Test
  void aMissedMustCapsTheRoundAtANoWhateverTheShare() {
    Ratings.Rated rated = self("a", "b", "c"); // 5 of 8 without the must
    assertThat(rated.rating()).isEqualTo(Rating.NO);
    assertThat(rated.why())
        .isEqualTo("63% of the rubric, but a must was missed: Names the trade-off");
  }

  @Test
  void littleOfTheRubricIsAStrongNo() {
    assertThat(self("c").rating()).isEqualTo(Rating.STRONG_NO); // 1 of 8
    assertThat(self("must").rating()).isEqualTo(Rating.NO); // 3 of 8 = 37.5%, must met, below 60%
  }

  @Test
  void skippedAndMissingRoundsHaveNoRating() {
    assertThat(Ratings.rate(new Outcome.Skipped("recruiter screen"))).isEmpty();
    assertThat(Ratings.rate(new Outcome.Missing("not started", false))).isEmpty();
  }
}
