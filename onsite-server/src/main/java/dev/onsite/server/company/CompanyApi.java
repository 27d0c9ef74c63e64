package dev.onsite.server.company;

import dev.onsite.catalog.company.CompanyMatch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Company loops over JSON. */
@RestController
@RequestMapping("/api/companies")
@Tag(name = "companies", description = "Company interview loops from the intelligence base")
class CompanyApi {

  private final CompanyPages pages;

  CompanyApi(CompanyPages pages) {
    this.pages = pages;
  }

  @GetMapping
  @Operation(summary = "Every company with a reported loop")
  List<CompanyPage.Summary> companies() {
    return pages.all();
  }

  @GetMapping("/{id}")
  @Operation(
      summary = "A company's loops, rounds, questions, policies and insights",
      description =
          "The id, or a name matched case-insensitively and fuzzily. Each round lists problems"
              + " on this server that train it.")
  CompanyPage company(@PathVariable String id) {
    return switch (pages.find(id)) {
      case CompanyMatch.Found found -> pages.page(found.company());
      case CompanyMatch.Ambiguous ambiguous ->
          throw new ResponseStatusException(HttpStatus.NOT_FOUND, ambiguous.message());
      case CompanyMatch.Unknown unknown ->
          throw new ResponseStatusException(HttpStatus.NOT_FOUND, unknown.message());
    };
  }
}
