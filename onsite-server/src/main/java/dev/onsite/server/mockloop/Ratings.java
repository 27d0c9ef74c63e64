package dev.onsite.server.mockloop;

import dev.onsite.catalog.design.RubricPoint;
import java.util.Locale;
import java.util.Optional;

/**
 * The rule that turns a round's outcome into a four-point rating, with the reason in words
 * (docs/mock-loops.md explains where each threshold comes from).
 *
 * <p>A code round: accepted within {@link #FAST_SHARE} of its time is a strong yes, accepted later
 * a yes; a partial solution of at least {@link #PARTIAL_SCORE}% of the tests or levels is a no;
 * less, or nothing submitted, is a strong no.
 *
 * <p>A self-rated round: at least {@link #STRONG_SHARE} of the rubric's weight with every must
 * (weight 3) met is a strong yes; at least {@link #YES_SHARE} with every must met is a yes; a
 * missed must caps the round at a no; below {@link #NO_SHARE} is a strong no.
 */
final class Ratings {

  static final double FAST_SHARE = 2.0 / 3.0;
  static final double PARTIAL_SCORE = 50;
  static final double STRONG_SHARE = 0.85;
  static final double YES_SHARE = 0.6;
  static final double NO_SHARE = 0.35;

  /** A rating with the reason a committee would read. */
  record Rated(Rating rating, String why) {}

  private Ratings() {}

  /** The rating of an outcome; empty for a skipped or missing round, which has none. */
  static Optional<Rated> rate(Outcome outcome) {
    return switch (outcome) {
      case Outcome.Judged judged -> Optional.of(judged(judged));
      case Outcome.SelfRated rated -> Optional.of(selfRated(rated));
      case Outcome.Skipped skipped -> Optional.empty();
      case Outcome.Missing missing -> Optional.empty();
    };
  }

  private static Rated judged(Outcome.Judged j) {
    String used = minutes(j.usedSeconds()) + " of " + minutes(j.allowedSeconds()) + " min";
    if (j.accepted()) {
      return j.usedSeconds() <= j.allowedSeconds() * FAST_SHARE
          ? new Rated(Rating.STRONG_YES, "accepted in " + used)
          : new Rated(Rating.YES, "accepted, but late in the round (" + used + ")");
    }
    if (j.verdict() == null) {
      return new Rated(Rating.STRONG_NO, "nothing judged within the round's time");
    }
    String best = "best submission " + j.verdict() + " at " + percent(j.score());
    return j.score() >= PARTIAL_SCORE
        ? new Rated(Rating.NO, best + ": partly working, not accepted")
        : new Rated(Rating.STRONG_NO, best + ": far from working");
  }

  private static Rated selfRated(Outcome.SelfRated r) {
    double share = r.share();
    Optional<RubricPoint> must =
        r.missed().stream().filter(p -> p.weight() == RubricPoint.MAX_WEIGHT).findFirst();
    String got = percent(share * 100) + " of the rubric";
    if (share < NO_SHARE) {
      return new Rated(Rating.STRONG_NO, got + ", below " + percent(NO_SHARE * 100));
    }
    if (must.isPresent()) {
      return new Rated(Rating.NO, got + ", but a must was missed: " + must.get().point());
    }
    if (share >= STRONG_SHARE) {
      return new Rated(Rating.STRONG_YES, got + " with every must");
    }
    return share >= YES_SHARE
        ? new Rated(Rating.YES, got + " with every must")
        : new Rated(Rating.NO, got + ", below " + percent(YES_SHARE * 100));
  }

  static String percent(double value) {
    return String.format(Locale.ROOT, "%.0f%%", value);
  }

  private static long minutes(long seconds) {
    return (seconds + 59) / 60;
  }
}
