package dev.onsite.catalog.content;

import dev.onsite.catalog.source.Origin;
import java.util.ArrayList;
import java.util.List;

/** The problems found in one file. */
final class Problems {

  private final String file;
  private final List<ContentProblem> found = new ArrayList<>();

  Problems(String file) {
    this.file = file;
  }

  void at(int line, String message) {
    found.add(new ContentProblem(file, line, message));
  }

  Origin origin(int line) {
    return new Origin(file, line);
  }

  String file() {
    return file;
  }

  boolean any() {
    return !found.isEmpty();
  }

  List<ContentProblem> all() {
    return List.copyOf(found);
  }
}
