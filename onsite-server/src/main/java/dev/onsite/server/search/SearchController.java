package dev.onsite.server.search;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The search page. */
@Controller
class SearchController {

  private final Searcher searcher;

  SearchController(Searcher searcher) {
    this.searcher = searcher;
  }

  @GetMapping("/search")
  String page(@RequestParam(name = "q", defaultValue = "") String query, Model model) {
    model.addAttribute("query", query);
    model.addAttribute("results", searcher.search(query, 30));
    return "search/search";
  }
}
