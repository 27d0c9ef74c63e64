package dev.onsite.catalog.values;

import java.util.List;
import java.util.Objects;

/**
 * One of a company's stated values, with the behavioral signals a story must show to demonstrate
 * it.
 */
public record CompanyValue(String id, String name, String summary, List<String> signals) {

  public CompanyValue {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    summary = summary == null ? "" : summary;
    signals = List.copyOf(signals);
  }
}
