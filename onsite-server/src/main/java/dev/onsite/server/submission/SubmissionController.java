package dev.onsite.server.submission;

import dev.onsite.server.account.OnsiteUser;
import dev.onsite.server.problem.Catalogue;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The history, submission and diff pages. */
@Controller
class SubmissionController {

  private final Submissions submissions;
  private final Catalogue catalogue;

  SubmissionController(Submissions submissions, Catalogue catalogue) {
    this.submissions = submissions;
    this.catalogue = catalogue;
  }

  @GetMapping("/problems/{id}/submissions")
  String history(@AuthenticationPrincipal OnsiteUser me, @PathVariable String id, Model model) {
    var pkg = catalogue.require(id);
    model.addAttribute("problemId", pkg.id());
    model.addAttribute("title", pkg.title());
    model.addAttribute("submissions", submissions.history(me.accountId(), id));
    return "submission/history";
  }

  @GetMapping("/submissions/{id}")
  String submission(@AuthenticationPrincipal OnsiteUser me, @PathVariable long id, Model model) {
    SubmissionView submission = submissions.require(me.accountId(), id);
    model.addAttribute("submission", submission);
    model.addAttribute(
        "title", catalogue.find(submission.problemId()).map(p -> p.title()).orElse("(removed)"));
    return "submission/submission";
  }

  @GetMapping("/submissions/diff")
  String diff(
      @AuthenticationPrincipal OnsiteUser me,
      @RequestParam long from,
      @RequestParam long to,
      Model model) {
    SubmissionView before = submissions.require(me.accountId(), from);
    SubmissionView after = submissions.require(me.accountId(), to);
    model.addAttribute("before", before);
    model.addAttribute("after", after);
    model.addAttribute("diff", CodeDiff.between(before.source(), after.source()));
    return "submission/diff";
  }
}
