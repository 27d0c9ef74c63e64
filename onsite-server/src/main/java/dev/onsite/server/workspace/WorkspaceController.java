package dev.onsite.server.workspace;

import dev.onsite.catalog.company.Company;
import dev.onsite.catalog.round.RoundType;
import dev.onsite.judge.workspace.Round;
import dev.onsite.judge.workspace.WorkspacePackage;
import dev.onsite.server.account.OnsiteUser;
import dev.onsite.server.company.Intelligence;
import dev.onsite.server.problem.StatementRenderer;
import dev.onsite.server.submission.SubmissionView;
import dev.onsite.server.submission.Submissions;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The workspace page (statement, file tree, editor tabs, test runs, timer, history) and the page of
 * one submission's changes, file by file. The page loads the starter from {@link WorkspaceApi}, so
 * it shows exactly what the API shows: never a hidden test.
 */
@Controller
class WorkspaceController {

  private final WorkspaceSubmissions workspaces;
  private final Submissions submissions;
  private final Intelligence intelligence;
  private final StatementRenderer markdown;
  private final WorkspaceAssistant assistant;

  WorkspaceController(
      WorkspaceSubmissions workspaces,
      Submissions submissions,
      Intelligence intelligence,
      StatementRenderer markdown,
      WorkspaceAssistant assistant) {
    this.workspaces = workspaces;
    this.submissions = submissions;
    this.intelligence = intelligence;
    this.markdown = markdown;
    this.assistant = assistant;
  }

  @GetMapping("/workspaces")
  String list() {
    return "redirect:/problems?round=debugging";
  }

  @GetMapping("/workspaces/{id}")
  String workspace(@PathVariable String id, Model model) {
    WorkspacePackage pkg = workspaces.require(id);
    model.addAttribute("pkg", pkg);
    model.addAttribute("roundLabel", roundLabel(pkg));
    model.addAttribute("statementHtml", markdown.render(pkg.statement(), id));
    model.addAttribute("companyNames", companyNames(pkg));
    model.addAttribute("assistantPanel", pkg.round() == Round.AI_ASSISTED);
    model.addAttribute("assistantConnected", assistant.connected());
    model.addAttribute("assistantModel", assistant.model());
    model.addAttribute("assistantHelp", WorkspaceAssistant.HOW_TO_CONNECT);
    return "workspace/workspace";
  }

  @GetMapping("/workspaces/{id}/submissions/{submission}")
  String changes(
      @AuthenticationPrincipal OnsiteUser me,
      @PathVariable String id,
      @PathVariable long submission,
      Model model) {
    WorkspacePackage pkg = workspaces.require(id);
    SubmissionView view = submissions.require(me.accountId(), submission);
    if (!view.problemId().equals(pkg.id())) {
      throw new ResponseStatusException(
          HttpStatus.NOT_FOUND, "submission " + submission + " is not one of '" + id + "'");
    }
    model.addAttribute("pkg", pkg);
    model.addAttribute("submission", view);
    model.addAttribute("changes", workspaces.changes(me.accountId(), submission));
    model.addAttribute("transcript", workspaces.transcript(me.accountId(), submission));
    return "workspace/changes";
  }

  private static String roundLabel(WorkspacePackage pkg) {
    return RoundType.byId(pkg.round().id()).map(RoundType::label).orElse(pkg.round().id());
  }

  private java.util.List<String> companyNames(WorkspacePackage pkg) {
    return pkg.companies().stream()
        .map(c -> intelligence.catalog().directory().byId(c).map(Company::name).orElse(c))
        .toList();
  }
}
