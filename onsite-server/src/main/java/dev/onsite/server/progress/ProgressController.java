package dev.onsite.server.progress;

import dev.onsite.server.account.Account;
import dev.onsite.server.account.OnsiteUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The progress page: charts over the weeks and the weakest areas, one's own or, for a coach, of
 * someone who shares theirs.
 */
@Controller
class ProgressController {

  private final ProgressService progress;
  private final Shares shares;

  ProgressController(ProgressService progress, Shares shares) {
    this.progress = progress;
    this.shares = shares;
  }

  @GetMapping("/progress")
  String progress(@AuthenticationPrincipal OnsiteUser me, Model model) {
    model.addAttribute("report", progress.report(me.accountId()));
    model.addAttribute("subject", null);
    model.addAttribute("source", "/api/progress");
    model.addAttribute("coaches", shares.coaches(me.accountId()));
    model.addAttribute("students", shares.students(me.accountId()));
    return "progress/progress";
  }

  @GetMapping("/progress/of/{username}")
  String of(@AuthenticationPrincipal OnsiteUser me, @PathVariable String username, Model model) {
    Account subject = shares.sharedWith(me.accountId(), username);
    model.addAttribute("report", progress.report(subject.id()));
    model.addAttribute("subject", subject.username());
    model.addAttribute("source", "/api/progress/of/" + subject.username());
    return "progress/progress";
  }

  @PostMapping("/progress/shares")
  String share(
      @AuthenticationPrincipal OnsiteUser me,
      @RequestParam(defaultValue = "") String coach,
      RedirectAttributes redirect) {
    try {
      shares.share(me.accountId(), coach);
    } catch (ResponseStatusException e) {
      redirect.addFlashAttribute("error", e.getReason());
    }
    return "redirect:/progress";
  }

  @PostMapping("/progress/shares/{coach}/delete")
  String unshare(@AuthenticationPrincipal OnsiteUser me, @PathVariable String coach) {
    shares.unshare(me.accountId(), coach);
    return "redirect:/progress";
  }
}
