package dev.onsite.server.problem;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a person stands on a problem. */
public enum ProblemStatus {
  /** A submission was accepted on every test. */
  SOLVED,
  /** Submitted or run at least once, never accepted. */
  ATTEMPTED,
  /** Never tried. */
  NEW;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ProblemStatus> byId(String id) {
    return Arrays.stream(values()).filter(s -> s.id().equalsIgnoreCase(id)).findFirst();
  }
}
