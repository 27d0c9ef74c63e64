package dev.onsite.server.dashboard;

import dev.onsite.server.account.OnsiteUser;
import dev.onsite.server.card.CardReviews;
import dev.onsite.server.plan.Plans;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The dashboard page. */
@Controller
class DashboardController {

  private final DashboardService dashboards;
  private final CardReviews cards;
  private final Plans plans;

  DashboardController(DashboardService dashboards, CardReviews cards, Plans plans) {
    this.dashboards = dashboards;
    this.cards = cards;
    this.plans = plans;
  }

  @GetMapping("/dashboard")
  String dashboard(@AuthenticationPrincipal OnsiteUser me, Model model) {
    model.addAttribute("dashboard", dashboards.dashboard(me.accountId(), me.isAdmin()));
    model.addAttribute("cards", cards.stats(me.accountId()));
    model.addAttribute("plan", plans.plan(me.accountId()).orElse(null));
    return "dashboard/dashboard";
  }
}
