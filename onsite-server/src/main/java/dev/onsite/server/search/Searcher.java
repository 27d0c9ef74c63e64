package dev.onsite.server.search;

import dev.onsite.catalog.search.SearchRequest;
import dev.onsite.server.company.Intelligence;
import java.util.List;
import org.springframework.stereotype.Service;

/** Search the intelligence catalog and the problems together. */
@Service
class Searcher {

  static final int MAX_LIMIT = 100;

  private final Intelligence intelligence;

  Searcher(Intelligence intelligence) {
    this.intelligence = intelligence;
  }

  /** The best {@code limit} hits (at most {@link #MAX_LIMIT}); none for a blank query. */
  List<SearchResult> search(String query, int limit) {
    if (query == null || query.isBlank()) {
      return List.of();
    }
    int capped = Math.max(1, Math.min(MAX_LIMIT, limit));
    return intelligence.catalog().search(SearchRequest.of(query.strip(), capped)).stream()
        .map(SearchResult::of)
        .toList();
  }
}
