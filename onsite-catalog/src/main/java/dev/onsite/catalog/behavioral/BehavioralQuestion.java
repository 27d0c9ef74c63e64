package dev.onsite.catalog.behavioral;

import dev.onsite.catalog.source.Origin;
import java.util.List;
import java.util.Objects;

/**
 * A behavioral question and the signals it probes.
 *
 * @param signals one to three signal ids, the first the primary one
 * @param followUps what an interviewer asks next
 * @param companies ids of companies known to ask it; may be empty
 */
public record BehavioralQuestion(
    String id,
    String text,
    List<String> signals,
    List<String> followUps,
    List<String> companies,
    Origin origin) {

  public BehavioralQuestion {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    signals = List.copyOf(signals);
    if (signals.isEmpty() || signals.size() > 3) {
      throw new IllegalArgumentException(
          "a question needs 1 to 3 signals, had " + signals.size() + " (" + id + ")");
    }
    followUps = List.copyOf(followUps);
    companies = List.copyOf(companies);
  }

  /** The signal the question is mostly about. */
  public String primarySignal() {
    return signals.getFirst();
  }
}
