package dev.onsite.server.company;

import dev.onsite.catalog.Spoken;
import dev.onsite.catalog.company.Company;
import dev.onsite.catalog.values.CompanyValue;
import java.util.List;
import org.springframework.stereotype.Component;

/** What trains a company's spoken rounds: the design prompts of its loops, and its values. */
@Component
class SpokenLinks {

  /**
   * @param prompts the design prompts that name the company, then those of its design rounds
   * @param values the names of the company's stated values; empty when content/values has none
   */
  record View(List<PromptLink> prompts, List<String> values) {}

  /** A design prompt on this server. */
  record PromptLink(String id, String title, String round, boolean named) {}

  private final Intelligence intelligence;

  SpokenLinks(Intelligence intelligence) {
    this.intelligence = intelligence;
  }

  View of(Company company) {
    Spoken spoken = intelligence.catalog().spoken();
    return new View(
        spoken.promptsFor(company).stream()
            .map(
                p ->
                    new PromptLink(
                        p.id(), p.title(), p.round().label(), p.companies().contains(company.id())))
            .toList(),
        spoken
            .values(company.id())
            .map(v -> v.values().stream().map(CompanyValue::name).toList())
            .orElse(List.of()));
  }
}
