package dev.onsite.catalog.values;

import dev.onsite.catalog.source.Origin;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A company's stated values, from {@code content/values/<company-id>.yaml}.
 *
 * @param source the URL the company publishes them at
 */
public record CompanyValues(
    String companyId, String source, List<CompanyValue> values, Origin origin) {

  public CompanyValues {
    Objects.requireNonNull(companyId, "companyId");
    Objects.requireNonNull(source, "source");
    values = List.copyOf(values);
    if (values.isEmpty()) {
      throw new IllegalArgumentException("a values file needs at least one value");
    }
  }

  public Optional<CompanyValue> value(String id) {
    return values.stream().filter(v -> v.id().equals(id)).findFirst();
  }
}
