package dev.onsite.catalog.content;

import java.util.List;
import java.util.Objects;

/**
 * One content file as the loader checked it, for the {@code check} command's row per file.
 *
 * @param file the file, as the loader was given it
 * @param kind what it holds: "design prompt", "behavioral questions", "company values", ...
 * @param summary what loaded, for example "8 rubric points, 4 deep dives"; empty when it failed
 * @param problems what is wrong with it; empty when it loaded
 */
public record CheckedFile(String file, String kind, String summary, List<ContentProblem> problems) {

  public CheckedFile {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(kind, "kind");
    summary = summary == null ? "" : summary;
    problems = List.copyOf(problems);
  }

  public boolean ok() {
    return problems.isEmpty();
  }
}
