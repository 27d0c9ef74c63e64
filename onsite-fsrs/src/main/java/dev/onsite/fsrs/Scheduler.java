package dev.onsite.fsrs;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Schedule reviews with FSRS-6, the Free Spaced Repetition Scheduler as published by
 * open-spaced-repetition (py-fsrs 6, fsrs-rs, ts-fsrs 5), without interval fuzz.
 *
 * <p>The memory model: a card has a stability S (days until recall probability falls to 90%) and a
 * difficulty D in [1, 10]. Recall probability after t days is {@code R(t, S) = (1 + F t / S)^-d}
 * with decay {@code d = w20} and {@code F = 0.9^(-1/d) - 1}, so that {@code R(S, S) = 0.9}. The
 * next interval for a desired retention r solves {@code R(t, S) = r}: {@code t = S / F (r^(-1/d) -
 * 1)}, rounded to whole days (half to even, as Python's {@code round}), at least 1 and at most the
 * maximum interval.
 *
 * <ul>
 *   <li>First review with grade G: {@code S0 = w[G-1]}, {@code D0 = w4 - e^(w5 (G-1)) + 1}.
 *   <li>Difficulty after a review: {@code D' = w7 D0(4) + (1 - w7) (D + (10 - D) (-w6 (G - 3)) /
 *       9)}, clamped to [1, 10].
 *   <li>Recall (G >= 2) a day or more after the last review: {@code S' = S (1 + e^w8 (11 - D) S^-w9
 *       (e^(w10 (1 - R)) - 1) h b)} with {@code h = w15} for Hard and {@code b = w16} for Easy,
 *       else 1.
 *   <li>Lapse (G = 1): {@code S' = min(w11 D^-w12 ((S + 1)^w13 - 1) e^(w14 (1 - R)), S / e^(w17
 *       w18))}.
 *   <li>Same-day review (less than a whole day since the last): {@code S' = S e^(w17 (G - 3 + w18))
 *       S^-w19}, never below S for Good and Easy.
 * </ul>
 *
 * <p>States and steps follow py-fsrs 6: a new card is in learning at step 0; learning steps default
 * to 1 and 10 minutes, relearning to 10 minutes; Again goes back to step 0, Hard repeats the step
 * (the mean of the first two at step 0), Good moves on (graduating after the last step) and Easy
 * graduates at once. Days since the last review are whole days, rounded down.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Scheduler {

  /** The FSRS-6 default parameters w0..w20 (py-fsrs 6 {@code DEFAULT_PARAMETERS}). */
  public static final List<Double> DEFAULT_PARAMETERS =
      List.of(
          0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
          1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542);

  /** The lowest stability FSRS keeps, in days. */
  public static final double STABILITY_MIN = 0.001;

  private static final double[] LOWER = {
    STABILITY_MIN,
    STABILITY_MIN,
    STABILITY_MIN,
    STABILITY_MIN,
    1.0,
    0.001,
    0.001,
    0.001,
    0.0,
    0.0,
    0.001,
    0.001,
    0.001,
    0.001,
    0.0,
    0.0,
    1.0,
    0.0,
    0.0,
    0.0,
    0.1
  };
  private static final double[] UPPER = {
    100, 100, 100, 100, 10.0, 4.0, 4.0, 0.75, 4.5, 0.8, 3.5, 5.0, 0.25, 0.9, 4.0, 1.0, 6.0, 2.0,
    2.0, 0.8, 0.8
  };

  private static final long DAY_SECONDS = 86_400;

  private final double[] w;
  private final double desiredRetention;
  private final List<Duration> learningSteps;
  private final List<Duration> relearningSteps;
  private final int maximumInterval;
  private final double decay;
  private final double factor;

  /**
   * A scheduler with explicit settings.
   *
   * @param parameters the 21 FSRS-6 weights, each within the bounds py-fsrs 6 enforces
   * @param desiredRetention the recall probability at which a card falls due, in (0, 1)
   * @param learningSteps the steps of a new card; empty to graduate on the first review
   * @param relearningSteps the steps after a lapse; empty to stay in review
   * @param maximumIntervalDays the longest interval, at least 1
   * @throws IllegalArgumentException naming every setting out of range
   */
  public Scheduler(
      List<Double> parameters,
      double desiredRetention,
      List<Duration> learningSteps,
      List<Duration> relearningSteps,
      int maximumIntervalDays) {
    Objects.requireNonNull(parameters, "parameters");
    if (parameters.size() != LOWER.length) {
      throw new IllegalArgumentException(
          "FSRS-6 has " + LOWER.length + " parameters, got " + parameters.size());
    }
    List<String> problems = new ArrayList<>();
    this.w = new double[LOWER.length];
    for (int i = 0; i < w.length; i++) {
      w[i] = Objects.requireNonNull(parameters.get(i), "parameters[" + i + "]");
      if (!(w[i] >= LOWER[i] && w[i] <= UPPER[i])) {
        problems.add("w" + i + " = " + w[i] + " is outside [" + LOWER[i] + ", " + UPPER[i] + "]");
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("FSRS parameters out of bounds: " + problems);
    }
    if (!(desiredRetention > 0 && desiredRetention < 1)) {
      throw new IllegalArgumentException(
          "desired retention must be in (0, 1), was " + desiredRetention);
    }
    if (maximumIntervalDays < 1) {
      throw new IllegalArgumentException(
          "maximum interval must be at least 1 day, was " + maximumIntervalDays);
    }
    this.desiredRetention = desiredRetention;
    this.learningSteps = steps(learningSteps, "learning");
    this.relearningSteps = steps(relearningSteps, "relearning");
    this.maximumInterval = maximumIntervalDays;
    this.decay = -w[20];
    this.factor = Math.pow(0.9, 1 / decay) - 1;
  }

  /**
   * The py-fsrs 6 defaults: default parameters, retention 0.9, learning steps 1 and 10 minutes,
   * relearning 10 minutes, at most 36500 days.
   */
  public static Scheduler defaults() {
    return withRetention(0.9);
  }

  /** The defaults with another desired retention. */
  public static Scheduler withRetention(double desiredRetention) {
    return new Scheduler(
        DEFAULT_PARAMETERS,
        desiredRetention,
        List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)),
        List.of(Duration.ofMinutes(10)),
        36_500);
  }

  private static List<Duration> steps(List<Duration> steps, String what) {
    Objects.requireNonNull(steps, what + " steps");
    for (Duration step : steps) {
      if (step == null || step.isNegative() || step.isZero()) {
        throw new IllegalArgumentException(what + " steps must be positive, was " + steps);
      }
    }
    return List.copyOf(steps);
  }

  public double desiredRetention() {
    return desiredRetention;
  }

  /**
   * The probability of recalling {@code card} at {@code now}: 0 for a card never reviewed, 1 at the
   * moment of a review. Elapsed time counts in whole days, as in py-fsrs.
   */
  public double retrievability(Card card, Instant now) {
    if (card.lastReview() == null || card.isNew()) {
      return 0;
    }
    long days = Math.max(0, elapsedDays(card.lastReview(), now));
    return forgettingCurve(days, card.stability());
  }

  private double forgettingCurve(double days, double stability) {
    return Math.pow(1 + factor * days / stability, decay);
  }

  /** What each of the four ratings would do to {@code card} at {@code now}. */
  public Map<Rating, Card> preview(Card card, Instant now) {
    Map<Rating, Card> out = new EnumMap<>(Rating.class);
    for (Rating rating : Rating.values()) {
      out.put(rating, review(card, rating, now));
    }
    return out;
  }

  /**
   * Review {@code card} with {@code rating} at {@code now}.
   *
   * @return the card's new state; its {@link Card#due()} is when to show it next and its {@link
   *     Card#lastReview()} is {@code now}
   */
  public Card review(Card card, Rating rating, Instant now) {
    Objects.requireNonNull(card, "card");
    Objects.requireNonNull(rating, "rating");
    Objects.requireNonNull(now, "now");
    Long sinceLast = card.lastReview() == null ? null : elapsedDays(card.lastReview(), now);
    boolean sameDay = sinceLast != null && sinceLast < 1;
    double s;
    double d;
    if (card.isNew()) {
      s = initialStability(rating);
      d = clampDifficulty(initialDifficulty(rating.grade()));
    } else {
      s =
          sameDay
              ? shortTermStability(card.stability(), rating)
              : nextStability(
                  card.difficulty(), card.stability(), retrievability(card, now), rating);
      d = nextDifficulty(card.difficulty(), rating);
    }
    return switch (card.state()) {
      case LEARNING -> stepped(card, rating, now, s, d, learningSteps, State.LEARNING);
      case RELEARNING -> stepped(card, rating, now, s, d, relearningSteps, State.RELEARNING);
      case REVIEW -> {
        if (rating == Rating.AGAIN && !relearningSteps.isEmpty()) {
          yield new Card(State.RELEARNING, 0, s, d, now.plus(relearningSteps.get(0)), now);
        }
        yield graduated(s, d, now);
      }
    };
  }

  /** The (re)learning step logic, shared by learning and relearning. */
  private Card stepped(
      Card card,
      Rating rating,
      Instant now,
      double s,
      double d,
      List<Duration> steps,
      State state) {
    int step = card.step();
    if (steps.isEmpty() || (step >= steps.size() && rating != Rating.AGAIN)) {
      return graduated(s, d, now);
    }
    return switch (rating) {
      case AGAIN -> new Card(state, 0, s, d, now.plus(steps.get(0)), now);
      case HARD -> {
        Duration wait;
        if (step == 0 && steps.size() == 1) {
          wait = steps.get(0).multipliedBy(3).dividedBy(2);
        } else if (step == 0) {
          wait = steps.get(0).plus(steps.get(1)).dividedBy(2);
        } else {
          wait = steps.get(Math.min(step, steps.size() - 1));
        }
        yield new Card(state, step, s, d, now.plus(wait), now);
      }
      case GOOD -> {
        if (step + 1 >= steps.size()) {
          yield graduated(s, d, now);
        }
        yield new Card(state, step + 1, s, d, now.plus(steps.get(step + 1)), now);
      }
      case EASY -> graduated(s, d, now);
    };
  }

  private Card graduated(double s, double d, Instant now) {
    return new Card(State.REVIEW, 0, s, d, now.plus(Duration.ofDays(intervalDays(s))), now);
  }

  /** The next interval in whole days for stability {@code s} at the desired retention. */
  public int intervalDays(double stability) {
    double days = stability / factor * (Math.pow(desiredRetention, 1 / decay) - 1);
    long rounded = (long) Math.rint(days);
    return (int) Math.min(Math.max(rounded, 1), maximumInterval);
  }

  private static long elapsedDays(Instant from, Instant to) {
    return Math.floorDiv(Duration.between(from, to).getSeconds(), DAY_SECONDS);
  }

  private double initialStability(Rating rating) {
    return Math.max(w[rating.grade() - 1], STABILITY_MIN);
  }

  private double initialDifficulty(int grade) {
    return w[4] - Math.exp(w[5] * (grade - 1)) + 1;
  }

  private static double clampDifficulty(double d) {
    return Math.min(Math.max(d, 1.0), 10.0);
  }

  private double nextDifficulty(double d, Rating rating) {
    double delta = -(w[6] * (rating.grade() - 3));
    double damped = d + (10.0 - d) * delta / 9.0;
    return clampDifficulty(w[7] * initialDifficulty(4) + (1 - w[7]) * damped);
  }

  private double shortTermStability(double s, Rating rating) {
    double increase = Math.exp(w[17] * (rating.grade() - 3 + w[18])) * Math.pow(s, -w[19]);
    if (rating == Rating.GOOD || rating == Rating.EASY) {
      increase = Math.max(increase, 1.0);
    }
    return Math.max(s * increase, STABILITY_MIN);
  }

  private double nextStability(double d, double s, double r, Rating rating) {
    double next =
        rating == Rating.AGAIN ? forgetStability(d, s, r) : recallStability(d, s, r, rating);
    return Math.max(next, STABILITY_MIN);
  }

  private double forgetStability(double d, double s, double r) {
    double longTerm =
        w[11] * Math.pow(d, -w[12]) * (Math.pow(s + 1, w[13]) - 1) * Math.exp((1 - r) * w[14]);
    double shortTerm = s / Math.exp(w[17] * w[18]);
    return Math.min(longTerm, shortTerm);
  }

  private double recallStability(double d, double s, double r, Rating rating) {
    double hard = rating == Rating.HARD ? w[15] : 1;
    double easy = rating == Rating.EASY ? w[16] : 1;
    return s
        * (1
            + Math.exp(w[8])
                * (11 - d)
                * Math.pow(s, -w[9])
                * (Math.exp((1 - r) * w[10]) - 1)
                * hard
                * easy);
  }
}
