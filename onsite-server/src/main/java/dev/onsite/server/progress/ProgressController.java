package dev.onsite.server.progress;

import dev.onsite.server.account.OnsiteUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The progress page: charts over the weeks and the weakest areas. */
@Controller
class ProgressController {

  private final ProgressService progress;

  ProgressController(ProgressService progress) {
    this.progress = progress;
  }

  @GetMapping("/progress")
  String progress(@AuthenticationPrincipal OnsiteUser me, Model model) {
    model.addAttribute("report", progress.report(me.accountId()));
    return "progress/progress";
  }
}
