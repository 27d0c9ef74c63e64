package dev.onsite.catalog;

import dev.onsite.catalog.behavioral.QuestionBank;
import dev.onsite.catalog.company.Company;
import dev.onsite.catalog.company.CompanyDirectory;
import dev.onsite.catalog.company.Loop;
import dev.onsite.catalog.content.CheckedFile;
import dev.onsite.catalog.content.SpokenContent;
import dev.onsite.catalog.deepdive.FollowUp;
import dev.onsite.catalog.design.DesignPrompt;
import dev.onsite.catalog.round.RoundType;
import dev.onsite.catalog.values.CompanyValues;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Lookups over the spoken rounds' content: design prompts by id, round and company, the behavioral
 * question bank, company values and the deep-dive follow-ups.
 */
public final class Spoken {

  private final SpokenContent content;
  private final CompanyDirectory directory;

  Spoken(SpokenContent content, CompanyDirectory directory) {
    this.content = content;
    this.directory = directory;
  }

  /** Every design prompt that loaded, in file-name order. */
  public List<DesignPrompt> prompts() {
    return content.prompts();
  }

  public Optional<DesignPrompt> prompt(String id) {
    return content.prompts().stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** The prompts of one round type. */
  public List<DesignPrompt> prompts(RoundType round) {
    return content.prompts().stream().filter(p -> p.round() == round).toList();
  }

  /**
   * The prompts that train {@code company}'s loops: those that name it first, then those of the
   * design round types its loops report.
   */
  public List<DesignPrompt> promptsFor(Company company) {
    Set<RoundType> rounds =
        company.loops().stream()
            .map(Loop::rounds)
            .flatMap(List::stream)
            .map(r -> r.type())
            .collect(Collectors.toSet());
    List<DesignPrompt> named =
        content.prompts().stream().filter(p -> p.companies().contains(company.id())).toList();
    List<DesignPrompt> byRound =
        content.prompts().stream()
            .filter(p -> !p.companies().contains(company.id()) && rounds.contains(p.round()))
            .toList();
    return java.util.stream.Stream.concat(named.stream(), byRound.stream()).toList();
  }

  public QuestionBank bank() {
    return content.bank();
  }

  /** Every company's values that loaded, sorted by company name. */
  public List<CompanyValues> values() {
    return content.values().stream()
        .sorted(
            java.util.Comparator.comparing(
                v -> directory.byId(v.companyId()).map(Company::name).orElse(v.companyId())))
        .toList();
  }

  public Optional<CompanyValues> values(String companyId) {
    return content.values().stream().filter(v -> v.companyId().equals(companyId)).findFirst();
  }

  public List<FollowUp> followUps() {
    return content.followUps();
  }

  /** Every spoken-round file read, loaded or not, for the check command. */
  public List<CheckedFile> files() {
    return content.files();
  }
}
