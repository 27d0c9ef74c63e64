package dev.onsite.catalog.search;

import dev.onsite.catalog.round.RoundType;
import java.util.Objects;
import java.util.Set;

/**
 * A search: free text plus optional filters.
 *
 * @param query what the person typed
 * @param limit how many hits at most, at least 1
 * @param types only hits of these types; empty for all
 * @param companyId only hits about this company (by id), or null
 * @param round only hits about this round type, or null
 */
public record SearchRequest(
    String query, int limit, Set<HitType> types, String companyId, RoundType round) {

  public SearchRequest {
    Objects.requireNonNull(query, "query");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    types = Set.copyOf(types);
  }

  /** A search over everything. */
  public static SearchRequest of(String query, int limit) {
    return new SearchRequest(query, limit, Set.of(), null, null);
  }

  public SearchRequest onlyTypes(Set<HitType> only) {
    return new SearchRequest(query, limit, only, companyId, round);
  }

  public SearchRequest onlyCompany(String id) {
    return new SearchRequest(query, limit, types, id, round);
  }

  public SearchRequest onlyRound(RoundType only) {
    return new SearchRequest(query, limit, types, companyId, only);
  }
}
