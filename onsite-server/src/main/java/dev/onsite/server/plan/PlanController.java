package dev.onsite.server.plan;

import dev.onsite.server.account.OnsiteUser;
import dev.onsite.server.company.Intelligence;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The study plan page: what to prepare for, and the days up to the interview. */
@Controller
class PlanController {

  private final Plans plans;
  private final Intelligence intelligence;

  PlanController(Plans plans, Intelligence intelligence) {
    this.plans = plans;
    this.intelligence = intelligence;
  }

  @GetMapping("/plan")
  String plan(@AuthenticationPrincipal OnsiteUser me, Model model) {
    model.addAttribute("plan", plans.plan(me.accountId()).orElse(null));
    model.addAttribute("settings", plans.settings(me.accountId()).orElse(null));
    model.addAttribute("companies", intelligence.catalog().directory().sortedByName());
    model.addAttribute("defaultMinutes", Plans.DEFAULT_DAILY_MINUTES);
    return "plan/plan";
  }

  @PostMapping("/plan")
  String save(
      @AuthenticationPrincipal OnsiteUser me,
      @RequestParam(defaultValue = "") String companies,
      @RequestParam(defaultValue = "") String date,
      @RequestParam(required = false) Integer minutes,
      RedirectAttributes redirect) {
    try {
      LocalDate day = date.isBlank() ? null : LocalDate.parse(date.strip());
      plans.save(me.accountId(), Arrays.asList(companies.split(",")), day, minutes);
    } catch (DateTimeParseException e) {
      redirect.addFlashAttribute("error", "'" + date + "' is not a date: write it as YYYY-MM-DD");
    } catch (ResponseStatusException e) {
      redirect.addFlashAttribute("error", e.getReason());
    }
    return "redirect:/plan";
  }
}
