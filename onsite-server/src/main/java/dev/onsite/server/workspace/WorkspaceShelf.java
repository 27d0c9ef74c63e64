package dev.onsite.server.workspace;

import dev.onsite.catalog.practice.PracticeItem;
import dev.onsite.judge.workspace.WorkspacePackage;
import dev.onsite.server.problem.PracticeShelf;
import dev.onsite.server.problem.ProblemStatus;
import dev.onsite.server.problem.ProblemSummary;
import dev.onsite.server.problem.Progress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The workspace packages as practice items: in the catalogue with their round ({@code debugging},
 * {@code refactoring} or {@code ai-assisted}) and the account's status from its submissions, in
 * search, and on company pages, each opening {@code /workspaces/ID}. Only the metadata and the
 * statement are shared; never a file of the tree or a hidden test.
 */
@Component
class WorkspaceShelf implements PracticeShelf {

  private final WorkspaceLibrary library;
  private final Progress progress;

  WorkspaceShelf(WorkspaceLibrary library, Progress progress) {
    this.library = library;
    this.progress = progress;
  }

  @Override
  public List<ProblemSummary> summaries(long accountId) {
    Map<String, ProblemStatus> statuses = progress.statuses(accountId);
    return library.all().stream()
        .map(p -> summary(p, statuses.getOrDefault(p.id(), ProblemStatus.NEW)))
        .toList();
  }

  @Override
  public List<PracticeItem> practiceItems() {
    return library.all().stream()
        .map(
            p ->
                new PracticeItem(
                    p.id(),
                    "workspaces/" + p.id(),
                    p.round().id(),
                    p.title(),
                    p.difficulty(),
                    p.tags(),
                    p.companies(),
                    p.statement()))
        .toList();
  }

  @Override
  public Optional<ProblemSummary> find(String id) {
    return library.find(id).map(p -> summary(p, ProblemStatus.NEW));
  }

  @Override
  public int generation() {
    return library.generation();
  }

  @Override
  public void reload() {
    library.reload();
  }

  private static ProblemSummary summary(WorkspacePackage p, ProblemStatus status) {
    return new ProblemSummary(
        p.id(),
        p.title(),
        p.round().id(),
        p.difficulty(),
        p.tags(),
        p.companies(),
        1,
        List.of(p.language()),
        p.minutes(),
        "workspace",
        status.id(),
        List.of(),
        "",
        "/workspaces/" + p.id());
  }
}
