package dev.onsite.server.takehome;

import dev.onsite.catalog.practice.PracticeItem;
import dev.onsite.judge.takehome.TakeHomePackage;
import dev.onsite.server.problem.LibraryShelf;
import dev.onsite.server.problem.ProblemStatus;
import dev.onsite.server.problem.ProblemSummary;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The take-home packages as practice items: in the catalogue with round {@code take-home} (status
 * attempted once one was started), in search, on company pages. Only the metadata and the statement
 * are shared; never a dataset or an answer key.
 */
@Component
class TakeHomeShelf extends LibraryShelf<TakeHomePackage> {

  private final TakeHomeAttempts attempts;

  TakeHomeShelf(TakeHomeLibrary library, TakeHomeAttempts attempts) {
    super(library);
    this.attempts = attempts;
  }

  @Override
  protected String id(TakeHomePackage p) {
    return p.id();
  }

  /** Attempted once an attempt was started. */
  @Override
  protected Map<String, ProblemStatus> statuses(long accountId) {
    Map<String, ProblemStatus> out = new HashMap<>();
    attempts
        .attemptedPackages(accountId)
        .keySet()
        .forEach(id -> out.put(id, ProblemStatus.ATTEMPTED));
    return out;
  }

  @Override
  protected PracticeItem practiceItem(TakeHomePackage p) {
    return new PracticeItem(
        p.id(),
        "takehomes/" + p.id(),
        "take-home",
        p.title(),
        p.difficulty(),
        p.tags(),
        p.companies(),
        p.statement());
  }

  @Override
  protected ProblemSummary summary(TakeHomePackage p, ProblemStatus status) {
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
        status.id(),
        List.of(),
        "",
        "/takehomes/" + p.id());
  }
}
