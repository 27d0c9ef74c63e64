package dev.onsite.server.story;

import java.util.List;

/**
 * A story as the editor sends it, before it is checked against the question bank and the values.
 *
 * @param questions ids of bank questions it answers
 * @param values company values it shows, as {@code company:value}
 */
record StoryInput(
    String title,
    String situation,
    String action,
    String impact,
    String learning,
    boolean weak,
    List<String> questions,
    List<Story.ValueRef> values) {

  static final int MAX_TITLE = 200;
  static final int MAX_PART = 20_000;

  StoryInput {
    title = title == null ? "" : title.strip();
    situation = situation == null ? "" : situation.strip();
    action = action == null ? "" : action.strip();
    impact = impact == null ? "" : impact.strip();
    learning = learning == null ? "" : learning.strip();
    questions = questions == null ? List.of() : List.copyOf(questions);
    values = values == null ? List.of() : List.copyOf(values);
  }
}
