package dev.onsite.server.problem;

import java.util.List;
import java.util.Map;

/**
 * Everything the problem page shows, as the person may see it: locked levels come without their
 * statement and without their examples, and hidden tests never appear.
 *
 * @param sections the introduction and one section per level
 * @param examples the visible tests of unlocked levels
 * @param starters starter code by language id
 * @param levelsPassed leading levels passed
 * @param levelsUnlocked levels whose statement and examples are shown
 * @param currentLevel the id of the first level not yet passed, or null
 * @param examMinutes how long an exam on this problem lasts
 * @param timeLimitSeconds CPU seconds per test when the package states it, else null
 * @param memoryMb the memory limit
 */
public record ProblemDetails(
    ProblemSummary summary,
    List<Section> sections,
    List<Example> examples,
    Map<String, String> starters,
    int levelsPassed,
    int levelsUnlocked,
    String currentLevel,
    int examMinutes,
    Double timeLimitSeconds,
    int memoryMb) {

  /**
   * A part of the statement.
   *
   * @param id {@code intro} or a level id
   * @param title the level's title, or the problem's
   * @param level the level's 1-based number, 0 for the introduction
   * @param locked whether it is hidden until the previous level passes; then html is empty
   * @param passed whether the person passed this level
   * @param html the rendered statement
   * @param minutes the level's expected minutes, 0 when not given
   */
  public record Section(
      String id,
      String title,
      int level,
      boolean locked,
      boolean passed,
      String html,
      int minutes) {}

  /**
   * A visible test, shown as an example.
   *
   * @param name the test name ({@code sample/1})
   * @param level its level id, or null
   * @param description what it checks (api tests may say), or empty
   * @param input the input (stdio) or the calls (api), one per line
   * @param output the expected output (stdio), or empty
   */
  public record Example(
      String name, String level, String description, String input, String output) {}

  public ProblemDetails {
    sections = List.copyOf(sections);
    examples = List.copyOf(examples);
    // In the package's language order: the first one is the editor's default.
    starters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(starters));
  }
}
