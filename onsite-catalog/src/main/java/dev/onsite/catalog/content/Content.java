package dev.onsite.catalog.content;

import dev.onsite.catalog.card.Deck;
import dev.onsite.catalog.company.Company;
import dev.onsite.catalog.insight.Insight;
import java.util.List;

/**
 * What loading the content directory gave: the files that passed the schema check, and the problems
 * of those that did not.
 *
 * @param companies the good company files, in file-name order
 * @param insights the good insight files, in file-name order
 * @param decks the good card decks, in file-name order
 * @param problems every problem found, each with its file and line
 */
public record Content(
    List<Company> companies,
    List<Insight> insights,
    List<Deck> decks,
    List<ContentProblem> problems) {

  /** Content without card decks. */
  public Content(List<Company> companies, List<Insight> insights, List<ContentProblem> problems) {
    this(companies, insights, List.of(), problems);
  }

  public Content {
    decks = List.copyOf(decks);
    companies = List.copyOf(companies);
    insights = List.copyOf(insights);
    problems = List.copyOf(problems);
  }
}
