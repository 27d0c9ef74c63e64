package dev.onsite.catalog.company;

import java.util.List;
import java.util.stream.Collectors;

/** The outcome of looking a company up by a name a person typed. */
public sealed interface CompanyMatch {

  /** Exactly one company fits. */
  record Found(Company company) implements CompanyMatch {}

  /** Several companies fit equally well. */
  record Ambiguous(String query, List<Company> candidates) implements CompanyMatch {
    public Ambiguous {
      candidates = List.copyOf(candidates);
    }
  }

  /** Nothing fits; {@code closest} are the nearest names, best first. */
  record Unknown(String query, List<Company> closest) implements CompanyMatch {
    public Unknown {
      closest = List.copyOf(closest);
    }
  }

  /** A one-line explanation for the cases that found nothing, naming what would have fit. */
  default String message() {
    return switch (this) {
      case Found found -> "found " + found.company().name();
      case Ambiguous a ->
          "company name '" + a.query() + "' is ambiguous: it could be " + names(a.candidates());
      case Unknown u ->
          "unknown company '"
              + u.query()
              + "'"
              + (u.closest().isEmpty() ? "" : "; closest: " + names(u.closest()))
              + " (./onsite companies lists them all)";
    };
  }

  private static String names(List<Company> companies) {
    return companies.stream().map(Company::name).collect(Collectors.joining(", "));
  }
}
