package dev.onsite.server.dashboard;

import dev.onsite.server.account.OnsiteUser;
import dev.onsite.server.card.CardReviews;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The dashboard page. */
@Controller
class DashboardController {

  private final DashboardService dashboards;
  private final CardReviews cards;

  DashboardController(DashboardService dashboards, CardReviews cards) {
    this.dashboards = dashboards;
    this.cards = cards;
  }

  @GetMapping("/dashboard")
  String dashboard(@AuthenticationPrincipal OnsiteUser me, Model model) {
    model.addAttribute("dashboard", dashboards.dashboard(me.accountId(), me.isAdmin()));
    model.addAttribute("cards", cards.stats(me.accountId()));
    return "dashboard/dashboard";
  }
}
