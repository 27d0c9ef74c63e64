package dev.onsite.server.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Search over JSON. */
@RestController
@Tag(name = "search", description = "Search over companies, loops, questions and problems")
class SearchApi {

  private final Searcher searcher;

  SearchApi(Searcher searcher) {
    this.searcher = searcher;
  }

  @GetMapping("/api/search")
  @Operation(summary = "Ranked hits over everything, best first")
  List<SearchResult> search(
      @RequestParam(name = "q") String query,
      @RequestParam(name = "limit", defaultValue = "20") int limit) {
    return searcher.search(query, limit);
  }
}
