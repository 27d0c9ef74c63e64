package dev.onsite.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The scheduler against the reference test vectors of py-fsrs 6 (FSRS-6, default parameters),
 * {@code tests/test_fsrs.py} in open-spaced-repetition/py-fsrs: {@code test_review_card}, {@code
 * test_memo_state}, {@code test_repeated_correct_reviews} and the learning-step tests. The numbers
 * are the reference's; the same interval sequence is asserted by ts-fsrs 5 ({@code FSRS-6}) and the
 * Swift and C# ports.
 */
class SchedulerTests {

  private static final Instant START = Instant.parse("2022-11-29T12:30:00Z");
  private final Scheduler scheduler = Scheduler.defaults();

  @Test
  void intervalsMatchTheReferenceSequenceFromANewCard() {
    List<Rating> ratings =
        List.of(
            Rating.GOOD,
            Rating.GOOD,
            Rating.GOOD,
            Rating.GOOD,
            Rating.GOOD,
            Rating.GOOD,
            Rating.AGAIN,
            Rating.AGAIN,
            Rating.GOOD,
            Rating.GOOD,
            Rating.GOOD,
            Rating.GOOD,
            Rating.GOOD);
    Card card = Card.fresh(START);
    Instant now = START;
    List<Long> intervals = new ArrayList<>();
    for (Rating rating : ratings) {
      card = scheduler.review(card, rating, now);
      intervals.add(Duration.between(card.lastReview(), card.due()).toDays());
      now = card.due();
    }
    assertThat(intervals)
        .containsExactly(0L, 2L, 11L, 46L, 163L, 498L, 0L, 0L, 2L, 4L, 7L, 12L, 21L);
  }

  @Test
  void stabilityAndDifficultyMatchTheReferenceMemoryState() {
    List<Rating> ratings =
        List.of(Rating.AGAIN, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD);
    int[] days = {0, 0, 1, 3, 8, 21};
    Card card = Card.fresh(START);
    Instant now = START;
    for (int i = 0; i < ratings.size(); i++) {
      now = now.plus(Duration.ofDays(days[i]));
      card = scheduler.review(card, ratings.get(i), now);
    }
    assertThat(card.stability()).isCloseTo(53.62691, within(1e-4));
    assertThat(card.difficulty()).isCloseTo(6.3574867, within(1e-4));
    assertThat(card.state()).isEqualTo(State.REVIEW);
  }

  @Test
  void firstReviewTakesTheInitialStabilityAndDifficultyOfItsGrade() {
    // S0 = w[G-1]; D0 = w4 - e^(w5 (G - 1)) + 1, clamped to [1, 10].
    Card again = scheduler.review(Card.fresh(START), Rating.AGAIN, START);
    Card easy = scheduler.review(Card.fresh(START), Rating.EASY, START);
    assertThat(again.stability()).isEqualTo(0.212);
    assertThat(again.difficulty()).isCloseTo(6.4133, within(1e-9));
    assertThat(easy.stability()).isEqualTo(8.2956);
    assertThat(easy.difficulty()).isEqualTo(1.0); // 6.4133 - e^(0.8334 * 3) + 1 < 1, clamped
    Card good = scheduler.review(Card.fresh(START), Rating.GOOD, START);
    assertThat(good.difficulty()).isCloseTo(6.4133 - Math.exp(0.8334 * 2) + 1, within(1e-9));
  }

  @Test
  void repeatedEasyReviewsDriveDifficultyToTheFloor() {
    Card card = Card.fresh(START);
    for (int i = 0; i < 10; i++) {
      card = scheduler.review(card, Rating.EASY, START.plusNanos(i * 1000L));
    }
    assertThat(card.difficulty()).isEqualTo(1.0);
  }

  @Test
  void learningStepsAreOneMinuteTenMinutesAndTheirMeanForHard() {
    Card fresh = Card.fresh(START);
    assertThat(wait(scheduler.review(fresh, Rating.AGAIN, START))).isEqualTo(Duration.ofMinutes(1));
    assertThat(wait(scheduler.review(fresh, Rating.HARD, START)))
        .isEqualTo(Duration.ofSeconds(330));
    Card good = scheduler.review(fresh, Rating.GOOD, START);
    assertThat(wait(good)).isEqualTo(Duration.ofMinutes(10));
    assertThat(good.state()).isEqualTo(State.LEARNING);
    assertThat(good.step()).isEqualTo(1);
    Card graduated = scheduler.review(good, Rating.GOOD, good.due());
    assertThat(graduated.state()).isEqualTo(State.REVIEW);
    assertThat(wait(graduated)).isGreaterThanOrEqualTo(Duration.ofDays(1));
    Card easy = scheduler.review(fresh, Rating.EASY, START);
    assertThat(easy.state()).isEqualTo(State.REVIEW);
  }

  @Test
  void aLapseInReviewGoesToRelearningForTenMinutes() {
    Card card = Card.fresh(START);
    card = scheduler.review(card, Rating.GOOD, card.due());
    card = scheduler.review(card, Rating.GOOD, card.due());
    card = scheduler.review(card, Rating.AGAIN, card.due());
    assertThat(card.state()).isEqualTo(State.RELEARNING);
    assertThat(wait(card)).isEqualTo(Duration.ofMinutes(10));
    card = scheduler.review(card, Rating.GOOD, card.due());
    assertThat(card.state()).isEqualTo(State.REVIEW);
    assertThat(wait(card)).isGreaterThanOrEqualTo(Duration.ofDays(1));
  }

  @Test
  void retrievabilityIsNinetyPercentAfterOneStabilityAndZeroForNewCards() {
    Card card = scheduler.review(Card.fresh(START), Rating.EASY, START);
    assertThat(scheduler.retrievability(Card.fresh(START), START)).isZero();
    assertThat(scheduler.retrievability(card, START)).isEqualTo(1.0);
    // S = 8.2956 days: after 8 whole days R is just above 0.9, after 9 just below.
    assertThat(scheduler.retrievability(card, START.plus(Duration.ofDays(8))))
        .isGreaterThan(0.9)
        .isLessThan(0.91);
    assertThat(scheduler.retrievability(card, START.plus(Duration.ofDays(9))))
        .isLessThan(0.9)
        .isGreaterThan(0.89);
  }

  @Test
  void aLowerDesiredRetentionGivesLongerIntervals() {
    Scheduler relaxed = Scheduler.withRetention(0.8);
    assertThat(relaxed.intervalDays(10)).isGreaterThan(scheduler.intervalDays(10));
    assertThat(scheduler.intervalDays(10)).isEqualTo(10);
  }

  @Test
  void previewGivesOneOutcomePerRatingAndEasyIsNeverSoonerThanGood() {
    Card card = Card.fresh(START);
    card = scheduler.review(card, Rating.GOOD, START);
    card = scheduler.review(card, Rating.GOOD, card.due());
    var outcomes = scheduler.preview(card, card.due().plus(Duration.ofDays(2)));
    assertThat(outcomes).hasSize(4);
    assertThat(outcomes.get(Rating.EASY).due()).isAfterOrEqualTo(outcomes.get(Rating.GOOD).due());
    assertThat(outcomes.get(Rating.GOOD).due()).isAfterOrEqualTo(outcomes.get(Rating.HARD).due());
    assertThat(outcomes.get(Rating.HARD).due()).isAfter(outcomes.get(Rating.AGAIN).due());
  }

  @Test
  void stabilityNeverFallsBelowTheMinimum() {
    Card card = Card.fresh(START);
    for (int i = 0; i < 1000; i++) {
      card = scheduler.review(card, Rating.AGAIN, card.due().plus(Duration.ofDays(1)));
      assertThat(card.stability()).isGreaterThanOrEqualTo(Scheduler.STABILITY_MIN);
    }
  }

  @Test
  void parametersOutOfBoundsAreRejectedByIndex() {
    List<Double> bad = new ArrayList<>(Scheduler.DEFAULT_PARAMETERS);
    bad.set(6, 100.0);
    assertThatThrownBy(() -> new Scheduler(bad, 0.9, List.of(), List.of(), 100))
        .hasMessageContaining("w6 = 100.0");
    assertThatThrownBy(() -> new Scheduler(bad.subList(0, 20), 0.9, List.of(), List.of(), 100))
        .hasMessageContaining("21 parameters, got 20");
    assertThatThrownBy(() -> Scheduler.withRetention(1.0))
        .hasMessageContaining("desired retention");
  }

  @Test
  void ratingsParseByNameAndGrade() {
    assertThat(Rating.byId("Good")).contains(Rating.GOOD);
    assertThat(Rating.byId("great")).isEmpty();
    assertThat(Rating.ofGrade(1)).contains(Rating.AGAIN);
  }

  private static Duration wait(Card card) {
    return Duration.between(card.lastReview(), card.due());
  }
}
