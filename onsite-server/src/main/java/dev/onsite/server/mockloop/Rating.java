package dev.onsite.server.mockloop;

/** An interviewer's four-point rating of one round, as hiring committees read them. */
public enum Rating {
  STRONG_NO("strong-no", "Strong no"),
  NO("no", "No"),
  YES("yes", "Yes"),
  STRONG_YES("strong-yes", "Strong yes");

  private final String id;
  private final String label;

  Rating(String id, String label) {
    this.id = id;
    this.label = label;
  }

  @com.fasterxml.jackson.annotation.JsonValue
  public String id() {
    return id;
  }

  public String label() {
    return label;
  }

  /** Whether the round cleared the bar: a yes or a strong yes. */
  public boolean clears() {
    return this == YES || this == STRONG_YES;
  }
}
