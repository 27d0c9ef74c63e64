package dev.onsite.server.dashboard;

import dev.onsite.server.account.OnsiteUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The dashboard page. */
@Controller
class DashboardController {

  private final DashboardService dashboards;

  DashboardController(DashboardService dashboards) {
    this.dashboards = dashboards;
  }

  @GetMapping("/dashboard")
  String dashboard(@AuthenticationPrincipal OnsiteUser me, Model model) {
    model.addAttribute("dashboard", dashboards.dashboard(me.accountId(), me.isAdmin()));
    return "dashboard/dashboard";
  }
}
