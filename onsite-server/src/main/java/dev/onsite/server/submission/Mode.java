package dev.onsite.server.submission;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a submission is judged on. */
public enum Mode {
  /** "Run visible tests": only the visible tests of the levels the person can see. */
  RUN,
  /** "Submit": every test of every level; this is what solves a problem and unlocks levels. */
  SUBMIT;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Mode> byId(String id) {
    return Arrays.stream(values()).filter(m -> m.id().equalsIgnoreCase(id)).findFirst();
  }
}
