package dev.onsite.server.design;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One timed attempt at a design prompt.
 *
 * @param answer the text of each {@link AnswerPart} by its id, saved as the person types
 * @param endedAt when it was ended (by the person or the timer), null while it runs
 * @param checked the rubric point ids the person ticked when grading themselves
 * @param score percent of the rubric's weight ticked, null until graded
 * @param review the configured model's grading as JSON, or null
 */
record DesignAttempt(
    long id,
    long accountId,
    String promptId,
    Instant startedAt,
    Instant deadline,
    Instant endedAt,
    Instant updatedAt,
    Map<String, String> answer,
    List<String> checked,
    Integer score,
    String review) {

  DesignAttempt {
    Objects.requireNonNull(promptId, "promptId");
    answer = Map.copyOf(answer);
    checked = List.copyOf(checked);
  }

  public boolean ended() {
    return endedAt != null;
  }

  /** How many characters the answer holds, diagram included. Public for the page. */
  public int characters() {
    return answer.values().stream().mapToInt(String::length).sum();
  }
}
