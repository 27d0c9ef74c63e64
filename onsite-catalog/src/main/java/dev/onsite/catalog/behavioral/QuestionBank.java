package dev.onsite.catalog.behavioral;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The behavioral signals and the questions that probe them.
 *
 * @param source where the question list comes from, or null
 */
public record QuestionBank(
    List<Signal> signals, List<BehavioralQuestion> questions, String source) {

  public static final QuestionBank EMPTY = new QuestionBank(List.of(), List.of(), null);

  public QuestionBank {
    signals = List.copyOf(signals);
    questions = List.copyOf(questions);
  }

  public Optional<Signal> signal(String id) {
    return signals.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  public Optional<BehavioralQuestion> question(String id) {
    return questions.stream().filter(q -> q.id().equals(id)).findFirst();
  }

  /** Each signal, in file order, with the questions whose primary signal it is. */
  public Map<Signal, List<BehavioralQuestion>> byPrimarySignal() {
    Map<Signal, List<BehavioralQuestion>> out = new LinkedHashMap<>();
    for (Signal signal : signals) {
      out.put(
          signal, questions.stream().filter(q -> q.primarySignal().equals(signal.id())).toList());
    }
    return out;
  }
}
