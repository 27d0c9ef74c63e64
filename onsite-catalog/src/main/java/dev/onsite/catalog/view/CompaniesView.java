package dev.onsite.catalog.view;

import dev.onsite.catalog.Catalog;
import dev.onsite.catalog.company.Company;
import java.util.List;
import java.util.Map;

/** Render {@code ./onsite companies}: one line per company, or the contract's JSON array. */
public final class CompaniesView {

  private final Catalog catalog;

  public CompaniesView(Catalog catalog) {
    this.catalog = catalog;
  }

  /**
   * The contract's JSON: {@code [{"id", "name", "roles", "rounds", "sources"}]}, plus {@code
   * category}, {@code aliases}, {@code loops} and {@code questions}. {@code rounds} counts the
   * rounds of all the company's reported loops; {@code sources} counts distinct source URLs.
   */
  public String json() {
    return Json.write(catalog.companies().stream().map(CompaniesView::summary).toList());
  }

  static Map<String, Object> summary(Company c) {
    Map<String, Object> json = Json.object();
    json.put("id", c.id());
    json.put("name", c.name());
    json.put("roles", c.roles());
    json.put("rounds", c.roundCount());
    json.put("sources", c.sources().size());
    json.put("category", c.category().id());
    json.put("aliases", c.aliases());
    json.put("loops", c.loops().size());
    json.put("questions", c.questionCount());
    return json;
  }

  /** A table: id, name, category, counts, roles; then totals. */
  public String text() {
    List<Company> companies = catalog.companies();
    int idWidth = Math.max(2, companies.stream().mapToInt(c -> c.id().length()).max().orElse(2));
    int nameWidth =
        Math.max(4, companies.stream().mapToInt(c -> c.name().length()).max().orElse(4));
    StringBuilder out = new StringBuilder();
    out.append(pad("ID", idWidth + 2))
        .append(pad("NAME", nameWidth + 2))
        .append(pad("CATEGORY", 15))
        .append(pad("LOOPS", 6))
        .append(pad("ROUNDS", 7))
        .append(pad("QUESTIONS", 10))
        .append(pad("SOURCES", 8))
        .append("ROLES\n");
    for (Company c : companies) {
      out.append(pad(c.id(), idWidth + 2))
          .append(pad(c.name(), nameWidth + 2))
          .append(pad(c.category().id(), 15))
          .append(pad(String.valueOf(c.loops().size()), 6))
          .append(pad(String.valueOf(c.roundCount()), 7))
          .append(pad(String.valueOf(c.questionCount()), 10))
          .append(pad(String.valueOf(c.sources().size()), 8))
          .append(c.roles().isEmpty() ? "-" : String.join(", ", c.roles()))
          .append('\n');
    }
    out.append(companies.size())
        .append(" companies, ")
        .append(catalog.questionCount())
        .append(" questions, ")
        .append(catalog.insights().size())
        .append(" cross-company insights\n");
    return out.toString();
  }

  static String pad(String text, int width) {
    return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
  }
}
