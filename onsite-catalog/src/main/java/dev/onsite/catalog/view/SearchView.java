package dev.onsite.catalog.view;

import dev.onsite.catalog.search.SearchHit;
import java.util.List;
import java.util.Map;

/** Render {@code ./onsite search}: numbered hits with snippets, or the contract's JSON array. */
public final class SearchView {

  private final String query;
  private final List<SearchHit> hits;

  public SearchView(String query, List<SearchHit> hits) {
    this.query = query;
    this.hits = List.copyOf(hits);
  }

  /**
   * The contract's JSON: {@code [{"type", "title", "company", "snippet", "source", "score"}]}, plus
   * {@code id}, {@code company_id} and {@code round}. {@code company} is the display name, null
   * when the hit is not about exactly one company; {@code source} is a URL or a problem path.
   */
  public String json() {
    return Json.write(hits.stream().map(SearchView::hit).toList());
  }

  private static Map<String, Object> hit(SearchHit h) {
    Map<String, Object> json = Json.object();
    json.put("type", h.type().id());
    json.put("title", h.title());
    json.put("company", h.companyName());
    json.put("snippet", h.snippet());
    json.put("source", h.source());
    json.put("score", h.score());
    json.put("id", h.id());
    json.put("company_id", h.companyId());
    json.put("round", h.round());
    return json;
  }

  /** One block per hit: rank, type, company, title and score; the snippet; the source. */
  public String text() {
    if (hits.isEmpty()) {
      return "No results for '"
          + query
          + "'. Try fewer words, a company name, or a round such as ml-coding.\n";
    }
    StringBuilder out = new StringBuilder();
    int rank = 1;
    for (SearchHit h : hits) {
      out.append(rank++).append(". [").append(h.type().id()).append("] ");
      if (h.companyName() != null) {
        out.append(h.companyName()).append(" · ");
      }
      out.append(h.title());
      if (h.round() != null) {
        out.append("  (").append(h.round()).append(')');
      }
      out.append(String.format(java.util.Locale.ROOT, "  score %.2f%n", h.score()));
      if (!h.snippet().isBlank() && !h.snippet().equals(h.title())) {
        out.append("   ").append(h.snippet().replace('\n', ' ')).append('\n');
      }
      if (h.source() != null) {
        out.append("   ").append(h.source()).append('\n');
      }
    }
    return out.toString();
  }
}
