package dev.onsite.server.deepdive;

import dev.onsite.catalog.deepdive.Chapter;
import dev.onsite.catalog.deepdive.ComplexityAxis;
import dev.onsite.server.company.Intelligence;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The project deep dive: an outline in the chapters the story is told in (design, development,
 * launch, learnings, next steps) with the complexity it should make visible, saved as a draft while
 * it is typed, and a drill of the follow-up questions a panel asks.
 */
@Controller
class DeepDiveController {

  private final Intelligence intelligence;

  DeepDiveController(Intelligence intelligence) {
    this.intelligence = intelligence;
  }

  @GetMapping("/deep-dive")
  String outline(Model model) {
    model.addAttribute("chapters", Chapter.values());
    model.addAttribute("axes", ComplexityAxis.values());
    model.addAttribute("followUps", intelligence.catalog().spoken().followUps());
    return "deepdive/outline";
  }
}
