package dev.onsite.catalog.insight;

import java.util.List;

/**
 * Questions that probe one signal, for example "teamwork".
 *
 * @param signal what the questions probe
 * @param questions the questions, in our own words
 */
public record QuestionGroup(String signal, List<String> questions) {

  public QuestionGroup {
    if (signal == null || signal.isBlank()) {
      throw new IllegalArgumentException("signal must not be blank");
    }
    signal = signal.strip();
    questions = List.copyOf(questions);
    if (questions.isEmpty()) {
      throw new IllegalArgumentException("signal '" + signal + "' has no questions");
    }
  }
}
