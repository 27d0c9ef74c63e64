package dev.onsite.server.mockloop;

import dev.onsite.server.progress.Attempt;
import dev.onsite.server.progress.AttemptLog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The behavioral signals of rated mock-loop rounds as attempts of kind {@code signal}, one per
 * signal a round was rated on: met or missed. Progress shows them as {@code signal:ID} areas
 * (counted apart from the weekly attempts, as flashcards are), so a signal missed in round after
 * round shows among the weakest.
 */
@Component
class MockSignalAttempts implements AttemptLog {

  /** How the assembler names a behavioral question's signal among a round's rubric points. */
  static final String SIGNAL_POINT = "signal-";

  private final MockLoopRepository repository;

  MockSignalAttempts(MockLoopRepository repository) {
    this.repository = repository;
  }

  @Override
  public List<Attempt> attempts(long accountId) {
    List<Attempt> attempts = new ArrayList<>();
    for (MockLoopRepository.RatedPoints round : repository.ratedRounds(accountId)) {
      for (Map.Entry<String, Boolean> point : round.met().entrySet()) {
        if (!point.getKey().startsWith(SIGNAL_POINT)) {
          continue;
        }
        String signal = point.getKey().substring(SIGNAL_POINT.length());
        attempts.add(
            new Attempt(
                "signal",
                signal,
                null,
                List.of("signal:" + signal),
                round.finishedAt(),
                true,
                point.getValue(),
                null));
      }
    }
    return attempts;
  }
}
