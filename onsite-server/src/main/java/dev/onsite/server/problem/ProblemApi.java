package dev.onsite.server.problem;

import dev.onsite.server.account.OnsiteUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The catalogue and problems over JSON. */
@RestController
@RequestMapping("/api/problems")
@Tag(name = "problems", description = "The catalogue and what a problem page shows")
class ProblemApi {

  private final Catalogue catalogue;

  ProblemApi(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  @GetMapping
  @Operation(
      summary = "List problems",
      description =
          "Filter by round, company, tag, difficulty and status (solved, attempted, new); every"
              + " filter is optional.")
  List<ProblemSummary> list(@AuthenticationPrincipal OnsiteUser me, CatalogueFilter filter) {
    return catalogue.summaries(me.accountId(), filter);
  }

  @GetMapping("/filters")
  @Operation(summary = "The values each catalogue filter offers")
  Map<String, List<String>> filters() {
    return catalogue.filterOptions();
  }

  @GetMapping("/{id}")
  @Operation(
      summary = "A problem as its page shows it",
      description =
          "Statement sections (locked levels without their statement), examples from the visible"
              + " tests of unlocked levels, starter code by language, and the person's progress."
              + " Hidden tests never appear.")
  ProblemDetails problem(@AuthenticationPrincipal OnsiteUser me, @PathVariable String id) {
    return catalogue.details(catalogue.require(id), me.accountId());
  }

  @PostMapping("/reload")
  @Operation(summary = "Load the problem packages again from disk (authors and admins)")
  ProblemLibrary.LoadReport reload() {
    return catalogue.reload();
  }
}
