package dev.onsite.server.company;

import dev.onsite.catalog.company.CompanyMatch;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriUtils;

/** The company list and company pages. */
@Controller
class CompanyController {

  private final CompanyPages pages;
  private final SpokenLinks spoken;

  CompanyController(CompanyPages pages, SpokenLinks spoken) {
    this.pages = pages;
    this.spoken = spoken;
  }

  @GetMapping("/companies")
  String companies(Model model) {
    model.addAttribute("companies", pages.all());
    return "company/companies";
  }

  @GetMapping("/companies/{id}")
  String company(@PathVariable String id, Model model) {
    return switch (pages.find(id)) {
      case CompanyMatch.Found found when found.company().id().equals(id) -> {
        model.addAttribute("company", pages.page(found.company()));
        model.addAttribute("spoken", spoken.of(found.company()));
        yield "company/company";
      }
      case CompanyMatch.Found found ->
          "redirect:/companies/"
              + UriUtils.encodePathSegment(
                  found.company().id(), java.nio.charset.StandardCharsets.UTF_8);
      case CompanyMatch.Ambiguous ambiguous ->
          throw new ResponseStatusException(HttpStatus.NOT_FOUND, ambiguous.message());
      case CompanyMatch.Unknown unknown ->
          throw new ResponseStatusException(HttpStatus.NOT_FOUND, unknown.message());
    };
  }
}
