package dev.onsite.server.mockloop;

import java.util.Arrays;
import java.util.Locale;

/** What a mock round practises with, and so how it is graded. */
enum ItemKind {
  /** A problem package: graded by the judge from the submissions inside the round's window. */
  PROBLEM(true),
  /** Another judged practice item (a code review): passed or not by the end of the round. */
  SHELF(true),
  /** A design prompt: self-rated against its rubric. */
  PROMPT(false),
  /** A behavioral question: self-rated against the signals it probes. */
  QUESTION(false),
  /** Rapid-fire cards from a deck: self-rated card by card. */
  DECK(false),
  /** Deep-dive follow-up questions: self-rated question by question. */
  DEEP_DIVE(false),
  /** Nothing: the round is skipped, with the reason. */
  NONE(false);

  private final boolean judged;

  ItemKind(boolean judged) {
    this.judged = judged;
  }

  boolean judged() {
    return judged;
  }

  boolean selfRated() {
    return !judged && this != NONE;
  }

  String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static ItemKind byId(String id) {
    return Arrays.stream(values())
        .filter(k -> k.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown item kind '" + id + "'"));
  }
}
