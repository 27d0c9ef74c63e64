package dev.onsite.catalog.insight;

import dev.onsite.catalog.round.RoundType;
import dev.onsite.catalog.source.Origin;
import dev.onsite.catalog.source.Source;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One cross-company fact.
 *
 * @param text the fact, in our own words
 * @param figures the numbers it states, by name (for example {@code median_steps: 4}); may be empty
 * @param round the round type it is about, or null
 * @param companies ids of the companies it names; may be empty
 * @param practice ids of practice items that train what it describes; may be empty
 * @param source where it comes from
 * @param origin where it is written in the content files
 */
public record InsightFact(
    String text,
    Map<String, Double> figures,
    RoundType round,
    List<String> companies,
    List<String> practice,
    Source source,
    Origin origin) {

  public InsightFact {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("text must not be blank");
    }
    text = text.strip();
    figures =
        java.util.Collections.unmodifiableMap(
            new LinkedHashMap<>(Objects.requireNonNull(figures, "figures")));
    companies = List.copyOf(companies);
    practice = List.copyOf(practice);
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(origin, "origin");
  }
}
