package dev.onsite.server.workspace;

import dev.onsite.catalog.practice.PracticeItem;
import dev.onsite.judge.workspace.WorkspacePackage;
import dev.onsite.server.problem.LibraryShelf;
import dev.onsite.server.problem.ProblemStatus;
import dev.onsite.server.problem.ProblemSummary;
import dev.onsite.server.problem.Progress;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The workspace packages as practice items: in the catalogue with their round ({@code debugging},
 * {@code refactoring} or {@code ai-assisted}) and the account's status from its submissions, in
 * search, and on company pages, each opening {@code /workspaces/ID}. Only the metadata and the
 * statement are shared; never a file of the tree or a hidden test.
 */
@Component
class WorkspaceShelf extends LibraryShelf<WorkspacePackage> {

  private final Progress progress;

  WorkspaceShelf(WorkspaceLibrary library, Progress progress) {
    super(library);
    this.progress = progress;
  }

  @Override
  protected String id(WorkspacePackage p) {
    return p.id();
  }

  @Override
  protected Map<String, ProblemStatus> statuses(long accountId) {
    return progress.statuses(accountId);
  }

  @Override
  protected PracticeItem practiceItem(WorkspacePackage p) {
    return new PracticeItem(
        p.id(),
        "workspaces/" + p.id(),
        p.round().id(),
        p.title(),
        p.difficulty(),
        p.tags(),
        p.companies(),
        p.statement());
  }

  @Override
  protected ProblemSummary summary(WorkspacePackage p, ProblemStatus status) {
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
