package dev.onsite.catalog.company;

import java.util.List;
import java.util.Objects;

final class Text {

  private Text() {}

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  static String required(String s, String name) {
    if (s == null || s.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return s.strip();
  }

  static <T> List<T> copy(List<T> list, String name) {
    Objects.requireNonNull(list, name);
    return List.copyOf(list);
  }
}
