package dev.onsite.catalog;

import dev.onsite.catalog.card.Deck;
import dev.onsite.catalog.company.Company;
import dev.onsite.catalog.company.CompanyDirectory;
import dev.onsite.catalog.company.CompanyMatch;
import dev.onsite.catalog.company.Loop;
import dev.onsite.catalog.company.ReportedQuestion;
import dev.onsite.catalog.content.Content;
import dev.onsite.catalog.content.ContentLoader;
import dev.onsite.catalog.content.ContentProblem;
import dev.onsite.catalog.content.SpokenContent;
import dev.onsite.catalog.content.SpokenLoader;
import dev.onsite.catalog.insight.CitedFact;
import dev.onsite.catalog.insight.Insight;
import dev.onsite.catalog.insight.InsightFact;
import dev.onsite.catalog.practice.PracticeItem;
import dev.onsite.catalog.practice.UnresolvedLink;
import dev.onsite.catalog.search.SearchHit;
import dev.onsite.catalog.search.SearchIndex;
import dev.onsite.catalog.search.SearchRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The interview-intelligence catalog: companies and their loops, cross-company insights, practice
 * items, and a search index over all of them, built on first use.
 */
public final class Catalog implements AutoCloseable {

  private final CompanyDirectory directory;
  private final List<Insight> insights;
  private final List<PracticeItem> practiceItems;
  private final List<ContentProblem> problems;
  private final List<Deck> decks;
  private final SpokenContent spoken;
  private SearchIndex index;

  private Catalog(Content content, List<PracticeItem> items) {
    this(content, SpokenContent.EMPTY, items);
  }

  private Catalog(Content content, SpokenContent spoken, List<PracticeItem> items) {
    this.directory = new CompanyDirectory(content.companies());
    this.insights = content.insights();
    Map<String, PracticeItem> unique = new LinkedHashMap<>();
    items.forEach(item -> unique.putIfAbsent(item.id(), item));
    this.practiceItems = List.copyOf(unique.values());
    this.spoken = spoken;
    this.problems =
        java.util.stream.Stream.concat(content.problems().stream(), spoken.problems().stream())
            .toList();
    this.decks = content.decks();
  }

  /**
   * Load the content below {@code contentDir} ({@code companies/} and {@code insights/}) and add
   * the practice items the caller built from problem packages. Bad files are left out and listed in
   * {@link #problems()}.
   */
  public static Catalog load(Path contentDir, List<PracticeItem> practiceItems) {
    Content content = ContentLoader.load(contentDir);
    Set<String> companyIds =
        content.companies().stream().map(Company::id).collect(java.util.stream.Collectors.toSet());
    return new Catalog(content, SpokenLoader.load(contentDir, companyIds), practiceItems);
  }

  /** A catalog over already loaded content. */
  public static Catalog of(Content content, List<PracticeItem> practiceItems) {
    return new Catalog(content, practiceItems);
  }

  /** Every company that loaded, sorted by name. */
  public List<Company> companies() {
    return directory.sortedByName();
  }

  public CompanyDirectory directory() {
    return directory;
  }

  public List<Insight> insights() {
    return insights;
  }

  public List<PracticeItem> practiceItems() {
    return practiceItems;
  }

  /** Every card deck that loaded, in file-name order. */
  public List<Deck> decks() {
    return decks;
  }

  /** The deck with id {@code id}, or empty. */
  public java.util.Optional<Deck> deck(String id) {
    return decks.stream().filter(d -> d.id().equals(id)).findFirst();
  }

  /**
   * The spoken rounds' content: design prompts, the behavioral question bank, company values and
   * deep-dive follow-ups, with a report per file read; {@link Spoken} looks things up in it.
   */
  public Spoken spoken() {
    return new Spoken(spoken, directory);
  }

  /** Problems found while loading, each with file and line; the files they are in were left out. */
  public List<ContentProblem> problems() {
    return problems;
  }

  /** Look a company up by a name a person typed; see {@link CompanyDirectory#find}. */
  public CompanyMatch findCompany(String name) {
    return directory.find(name);
  }

  /** The cross-company facts that name {@code company}. */
  public List<CitedFact> insightsAbout(Company company) {
    List<CitedFact> out = new ArrayList<>();
    for (Insight insight : insights) {
      for (InsightFact fact : insight.facts()) {
        if (fact.companies().contains(company.id())) {
          out.add(new CitedFact(insight, fact));
        }
      }
    }
    return out;
  }

  /** How many questions all companies report, plus those in question banks. */
  public int questionCount() {
    return directory.all().stream().mapToInt(Company::questionCount).sum()
        + insights.stream().mapToInt(Insight::questionCount).sum();
  }

  /** The search index, built on the first call (well under a second for the shipped content). */
  public synchronized SearchIndex index() {
    if (index == null) {
      index = SearchIndex.build(directory, insights, practiceItems, decks, spoken);
    }
    return index;
  }

  /** Search everything; hits carry company display names. */
  public List<SearchHit> search(SearchRequest request) {
    return index().search(request, id -> directory.byId(id).map(Company::name).orElse(id));
  }

  /**
   * Every {@code practice:} link in the content that does not name one of {@code knownProblemIds}.
   * The {@code check} command reports these.
   */
  public List<UnresolvedLink> unresolvedLinks(Set<String> knownProblemIds) {
    List<UnresolvedLink> out = new ArrayList<>();
    for (Company company : directory.all()) {
      for (Loop loop : company.loops()) {
        for (ReportedQuestion question : loop.questions()) {
          for (String id : question.practice()) {
            if (!knownProblemIds.contains(id)) {
              out.add(
                  new UnresolvedLink(
                      id, company.name() + ": " + question.text(), question.origin()));
            }
          }
        }
      }
    }
    for (Insight insight : insights) {
      for (InsightFact fact : insight.facts()) {
        for (String id : fact.practice()) {
          if (!knownProblemIds.contains(id)) {
            out.add(new UnresolvedLink(id, "insight " + insight.id(), fact.origin()));
          }
        }
      }
    }
    return out;
  }

  @Override
  public synchronized void close() {
    if (index != null) {
      index.close();
      index = null;
    }
  }
}
