package dev.onsite.server.takehome;

import dev.onsite.catalog.practice.PracticeItem;
import dev.onsite.judge.takehome.TakeHomePackage;
import dev.onsite.server.problem.PracticeShelf;
import dev.onsite.server.problem.ProblemSummary;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The take-home packages as practice items: in the catalogue with round {@code take-home} (status
 * attempted once one was started), in search, on company pages. Only the metadata and the statement
 * are shared; never a dataset or an answer key.
 */
@Component
class TakeHomeShelf implements PracticeShelf {

  private final TakeHomeLibrary library;
  private final TakeHomeAttempts attempts;

  TakeHomeShelf(TakeHomeLibrary library, TakeHomeAttempts attempts) {
    this.library = library;
    this.attempts = attempts;
  }

  @Override
  public List<ProblemSummary> summaries(long accountId) {
    Map<String, Integer> attempted = attempts.attemptedPackages(accountId);
    return library.all().stream()
        .map(p -> summary(p, attempted.containsKey(p.id()) ? "attempted" : "new"))
        .toList();
  }

  @Override
  public List<PracticeItem> practiceItems() {
    return library.all().stream()
        .map(
            p ->
                new PracticeItem(
                    p.id(),
                    "takehomes/" + p.id(),
                    "take-home",
                    p.title(),
                    p.difficulty(),
                    p.tags(),
                    p.companies(),
                    p.statement()))
        .toList();
  }

  @Override
  public Optional<ProblemSummary> find(String id) {
    return library.find(id).map(p -> summary(p, "new"));
  }

  @Override
  public int generation() {
    return library.generation();
  }

  @Override
  public void reload() {
    library.reload();
  }

  private static ProblemSummary summary(TakeHomePackage p, String status) {
    return new ProblemSummary(
        p.id(),
        p.title(),
        "take-home",
        p.difficulty(),
        p.tags(),
        p.companies(),
        1,
        List.of("python"),
        p.hours() * 60,
        "takehome",
        status,
        List.of(),
        "",
        "/takehomes/" + p.id());
  }
}
