package dev.onsite.catalog.search;

import java.util.Objects;

/**
 * One ranked result.
 *
 * @param type what it is
 * @param id the company id, practice item id, insight id or loop id it belongs to
 * @param title a one-line title
 * @param companyId the company it is about, or null when it is not about exactly one company
 * @param companyName that company's display name, or null
 * @param round the round id it is about, or null
 * @param snippet a short passage with the matched terms marked {@code **like this**}
 * @param source a URL, or the problem path for practice items
 * @param score the BM25 relevance score; higher is better
 */
public record SearchHit(
    HitType type,
    String id,
    String title,
    String companyId,
    String companyName,
    String round,
    String snippet,
    String source,
    double score) {

  public SearchHit {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(title, "title");
    snippet = snippet == null ? "" : snippet;
  }
}
