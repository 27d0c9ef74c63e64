package dev.onsite.server.card;

import dev.onsite.server.account.OnsiteUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The card pages: decks, a review session, and rapid-fire. Sessions run in cards.js. */
@Controller
class CardsController {

  private final CardReviews reviews;

  CardsController(CardReviews reviews) {
    this.reviews = reviews;
  }

  @GetMapping("/cards")
  String decks(@AuthenticationPrincipal OnsiteUser me, Model model) {
    model.addAttribute("decks", reviews.decks(me.accountId()));
    model.addAttribute("stats", reviews.stats(me.accountId()));
    model.addAttribute("newPerDay", reviews.newPerDay());
    return "card/decks";
  }

  @GetMapping("/cards/review")
  String review(@RequestParam String deck, Model model) {
    model.addAttribute("deck", reviews.deck(deck));
    model.addAttribute("mode", "review");
    model.addAttribute("minutes", 0);
    return "card/session";
  }

  @GetMapping("/cards/rapid-fire")
  String rapidFire(
      @RequestParam String deck, @RequestParam(defaultValue = "10") int minutes, Model model) {
    model.addAttribute("deck", reviews.deck(deck));
    model.addAttribute("mode", "rapid-fire");
    model.addAttribute("minutes", Math.max(1, Math.min(minutes, 60)));
    return "card/session";
  }
}
