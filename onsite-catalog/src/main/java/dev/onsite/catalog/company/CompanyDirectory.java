package dev.onsite.catalog.company;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Find companies by the names people type: case-insensitive, spacing- and punctuation-blind ("open
 * ai"), by alias ("deepmind"), by prefix ("scale") and with a typo or two ("antropic").
 */
public final class CompanyDirectory {

  private static final Map<String, String> ROLE_ABBREVIATIONS =
      Map.of(
          "swe", "software engineer",
          "sde", "software engineer",
          "mle", "machine learning engineer",
          "re", "research engineer",
          "rs", "research scientist",
          "ds", "data scientist",
          "as", "applied scientist",
          "tpm", "technical program manager",
          "fde", "forward deployed");

  private final List<Company> companies;
  private final Map<String, Company> byKey = new LinkedHashMap<>();

  /**
   * Index {@code companies} by every name they go by.
   *
   * @throws IllegalArgumentException when two companies share a name or alias
   */
  public CompanyDirectory(List<Company> companies) {
    this.companies = List.copyOf(companies);
    for (Company company : this.companies) {
      for (String name : company.names()) {
        Company previous = byKey.putIfAbsent(Names.key(name), company);
        if (previous != null && previous != company) {
          throw new IllegalArgumentException(
              "name '" + name + "' of " + company.id() + " is also a name of " + previous.id());
        }
      }
    }
  }

  /** Every company, in the order given. */
  public List<Company> all() {
    return companies;
  }

  public Optional<Company> byId(String id) {
    return companies.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /**
   * Look a company up by a name a person typed: an exact name or alias first, then a unique prefix
   * or substring of one, then the name within a few typos.
   */
  public CompanyMatch find(String query) {
    String key = Names.key(query);
    if (key.isEmpty()) {
      return new CompanyMatch.Unknown(query, List.of());
    }
    Company exact = byKey.get(key);
    if (exact != null) {
      return new CompanyMatch.Found(exact);
    }
    if (key.length() >= 3) {
      Set<Company> partial =
          byKey.entrySet().stream()
              .filter(
                  e ->
                      e.getKey().startsWith(key) || (key.length() >= 4 && e.getKey().contains(key)))
              .map(Map.Entry::getValue)
              .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
      if (partial.size() == 1) {
        return new CompanyMatch.Found(partial.iterator().next());
      }
      if (partial.size() > 1) {
        return new CompanyMatch.Ambiguous(
            query, partial.stream().sorted(Comparator.comparing(Company::name)).toList());
      }
    }
    Map<Company, Integer> distance = distances(key);
    int best = distance.values().stream().min(Integer::compare).orElse(Integer.MAX_VALUE);
    if (best <= Names.tolerance(key.length())) {
      List<Company> nearest =
          distance.entrySet().stream()
              .filter(e -> e.getValue() == best)
              .map(Map.Entry::getKey)
              .toList();
      return nearest.size() == 1
          ? new CompanyMatch.Found(nearest.get(0))
          : new CompanyMatch.Ambiguous(query, nearest);
    }
    List<Company> closest =
        distance.entrySet().stream()
            .sorted(
                Map.Entry.<Company, Integer>comparingByValue()
                    .thenComparing(e -> e.getKey().name()))
            .limit(3)
            .map(Map.Entry::getKey)
            .toList();
    return new CompanyMatch.Unknown(query, closest);
  }

  private Map<Company, Integer> distances(String key) {
    Map<Company, Integer> distance = new LinkedHashMap<>();
    byKey.forEach((name, company) -> distance.merge(company, Names.distance(key, name), Math::min));
    return distance;
  }

  /**
   * Pick the loops of {@code company} for a role a person typed: case-insensitive, by part of the
   * role ("research"), or by a common abbreviation ("mle", "swe"). Returns every loop for a null
   * role.
   */
  public static List<Loop> loopsForRole(Company company, String role) {
    if (role == null || role.isBlank()) {
      return company.loops();
    }
    String wanted = role.strip().toLowerCase(Locale.ROOT);
    String expanded = ROLE_ABBREVIATIONS.getOrDefault(Names.key(wanted), wanted);
    List<Loop> matches = new ArrayList<>();
    for (Loop loop : company.loops()) {
      String have = loop.role().toLowerCase(Locale.ROOT);
      if (Names.key(have).contains(Names.key(expanded))
          || initials(have).equals(Names.key(wanted))) {
        matches.add(loop);
      }
    }
    return matches;
  }

  private static String initials(String role) {
    StringBuilder initials = new StringBuilder();
    for (String word : role.split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty()) {
        initials.append(word.charAt(0));
      }
    }
    return initials.toString();
  }

  /** The companies sorted by name, for listings. */
  public List<Company> sortedByName() {
    return companies.stream()
        .sorted(Comparator.comparing(c -> c.name().toLowerCase(Locale.ROOT)))
        .toList();
  }
}
