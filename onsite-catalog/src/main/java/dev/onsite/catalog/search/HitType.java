package dev.onsite.catalog.search;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What a search hit is. */
public enum HitType {
  /** A company as a whole. */
  COMPANY("company"),
  /** One account of a company's loop for a role. */
  LOOP("loop"),
  /** One round of a loop. */
  ROUND("round"),
  /** A reported question, or a question from a cross-company question bank. */
  QUESTION("question"),
  /** A hiring policy of a company. */
  POLICY("policy"),
  /** A fact about one company or across companies. */
  INSIGHT("insight"),
  /** A practice problem. */
  PRACTICE("practice"),
  /** A spaced-repetition card of a deck. */
  CARD("card"),
  /** A design interview prompt. */
  DESIGN("design"),
  /** A behavioral question from the question bank. */
  BEHAVIORAL("behavioral"),
  /** One of a company's stated values. */
  VALUE("value"),
  /** A follow-up question of the project deep dive. */
  FOLLOW_UP("follow-up");

  private final String id;

  HitType(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Optional<HitType> byId(String id) {
    return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(HitType::id).toList();
  }
}
