package dev.onsite.catalog.company;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Whether a round lets the candidate run code against tests: {@code tests} where the round runs in
 * a coding tool (CodeSignal, CoderPad), {@code none} where nothing runs (a whiteboard, a dry run by
 * hand). A mock of a {@code none} round gives no test feedback until it ends.
 */
public enum Feedback {
  TESTS("tests"),
  NONE("none");

  private final String id;

  Feedback(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Optional<Feedback> byId(String id) {
    return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(Feedback::id).toList();
  }
}
