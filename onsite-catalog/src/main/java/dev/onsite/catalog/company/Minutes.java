package dev.onsite.catalog.company;

/**
 * How long a round lasts, in minutes: one figure, or a range when the source gives one.
 *
 * @param min the shortest reported length, at least 1
 * @param max the longest reported length, at least {@code min}
 */
public record Minutes(int min, int max) {

  public Minutes {
    if (min < 1 || max < min) {
      throw new IllegalArgumentException(
          "minutes must satisfy 1 <= min <= max, was " + min + ".." + max);
    }
  }

  public static Minutes of(int minutes) {
    return new Minutes(minutes, minutes);
  }

  public boolean isRange() {
    return max != min;
  }

  /** {@code 45 min}, {@code 45-60 min}, or hours for long stretches: {@code 2-3 h}. */
  @Override
  public String toString() {
    if (min >= 120 && min % 60 == 0 && max % 60 == 0) {
      return isRange() ? min / 60 + "-" + max / 60 + " h" : min / 60 + " h";
    }
    return isRange() ? min + "-" + max + " min" : min + " min";
  }
}
