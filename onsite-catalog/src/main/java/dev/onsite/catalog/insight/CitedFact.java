package dev.onsite.catalog.insight;

import java.util.Objects;

/**
 * A cross-company fact together with the insight it belongs to, for showing it on a company's page.
 *
 * @param insight the insight
 * @param fact one of its facts
 */
public record CitedFact(Insight insight, InsightFact fact) {

  public CitedFact {
    Objects.requireNonNull(insight, "insight");
    Objects.requireNonNull(fact, "fact");
  }
}
