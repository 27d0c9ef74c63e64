package dev.onsite.server.company;

import dev.onsite.catalog.Catalog;
import dev.onsite.catalog.company.Company;
import dev.onsite.catalog.company.CompanyMatch;
import dev.onsite.catalog.company.Loop;
import dev.onsite.catalog.company.ReportedQuestion;
import dev.onsite.catalog.company.Round;
import dev.onsite.catalog.practice.PracticeItem;
import dev.onsite.catalog.source.Fact;
import dev.onsite.catalog.source.Source;
import dev.onsite.judge.problem.ProblemPackage;
import dev.onsite.server.problem.PracticeShelf;
import dev.onsite.server.problem.ProblemLibrary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Build company pages from the intelligence catalog and the server's problems. */
@Service
class CompanyPages {

  /** Problems suggested per round type. */
  static final int PRACTICE_PER_ROUND = 3;

  private final Intelligence intelligence;
  private final ProblemLibrary library;
  private final List<PracticeShelf> shelves;
  private final SpokenLinks spoken;

  CompanyPages(
      Intelligence intelligence,
      ProblemLibrary library,
      List<PracticeShelf> shelves,
      SpokenLinks spoken) {
    this.intelligence = intelligence;
    this.library = library;
    this.shelves = List.copyOf(shelves);
    this.spoken = spoken;
  }

  List<CompanyPage.Summary> all() {
    return intelligence.catalog().companies().stream()
        .map(
            c ->
                new CompanyPage.Summary(
                    c.id(),
                    c.name(),
                    c.category().id(),
                    c.roles(),
                    c.roundCount(),
                    c.questionCount(),
                    c.sources().size()))
        .toList();
  }

  /**
   * Find a company by id, or by a name typed by a person.
   *
   * @return the company, or the outcome of the fuzzy lookup when the id is not one
   */
  CompanyMatch find(String idOrName) {
    Catalog catalog = intelligence.catalog();
    Optional<Company> byId = catalog.directory().byId(idOrName);
    return byId.<CompanyMatch>map(CompanyMatch.Found::new)
        .orElseGet(() -> catalog.findCompany(idOrName));
  }

  CompanyPage page(Company company) {
    Catalog catalog = intelligence.catalog();
    List<CompanyPage.LoopView> loops = new ArrayList<>();
    for (Loop loop : company.loops()) {
      List<CompanyPage.RoundView> rounds = new ArrayList<>();
      for (Round round : loop.rounds()) {
        rounds.add(
            new CompanyPage.RoundView(
                round.type().id(),
                round.type().label(),
                round.title(),
                round.duration() == null ? null : round.duration().toString(),
                round.format(),
                round.notes(),
                url(round.source()),
                forRound(round.type().id()),
                spoken.forRound(company, round.type())));
      }
      List<CompanyPage.QuestionView> questions = new ArrayList<>();
      for (ReportedQuestion question : loop.questions()) {
        questions.add(
            new CompanyPage.QuestionView(
                question.text(),
                question.round().id(),
                question.round().label(),
                url(question.source()),
                question.practice().stream()
                    .map(this::practiceLink)
                    .flatMap(Optional::stream)
                    .toList()));
      }
      java.util.Map<String, CompanyPage.PracticeLink> loopPractice =
          new java.util.LinkedHashMap<>();
      rounds.forEach(r -> r.practice().forEach(p -> loopPractice.putIfAbsent(p.id(), p)));
      questions.forEach(q -> q.practice().forEach(p -> loopPractice.putIfAbsent(p.id(), p)));
      loops.add(
          new CompanyPage.LoopView(
              loop.id(),
              loop.role(),
              loop.kind().id(),
              loop.summary(),
              loop.length(),
              url(loop.source()),
              rounds,
              questions,
              loop.notes().stream().map(CompanyPages::fact).toList(),
              List.copyOf(loopPractice.values())));
    }
    List<CompanyPage.FactView> insights = new ArrayList<>();
    company.insights().forEach(f -> insights.add(fact(f)));
    catalog
        .insightsAbout(company)
        .forEach(
            cited ->
                insights.add(
                    new CompanyPage.FactView(cited.fact().text(), url(cited.fact().source()))));
    return new CompanyPage(
        company.id(),
        company.name(),
        company.category().id(),
        company.aliases(),
        company.roles(),
        loops,
        company.policies().stream()
            .map(
                p -> new CompanyPage.PolicyView(p.kind().id(), p.text(), p.role(), url(p.source())))
            .toList(),
        insights,
        java.util.stream.Stream.concat(
                library.all().stream()
                    .filter(p -> p.metadata().companies().contains(company.id()))
                    .map(CompanyPages::link),
                shelved().filter(i -> i.companies().contains(company.id())).map(CompanyPages::link))
            .toList(),
        company.sources().stream().map(Source::url).toList());
  }

  /** Problems (then other practice items) on this server that train a round type. */
  private List<CompanyPage.PracticeLink> forRound(String round) {
    return java.util.stream.Stream.concat(
            library.all().stream()
                .filter(p -> round.equals(p.metadata().round()))
                .map(CompanyPages::link),
            shelved().filter(i -> round.equals(i.round())).map(CompanyPages::link))
        .limit(PRACTICE_PER_ROUND)
        .toList();
  }

  /** The problem or other practice item with {@code id}, as a link. */
  private Optional<CompanyPage.PracticeLink> practiceLink(String id) {
    Optional<CompanyPage.PracticeLink> problem = library.find(id).map(CompanyPages::link);
    if (problem.isPresent()) {
      return problem;
    }
    return shelved().filter(i -> i.id().equals(id)).findFirst().map(CompanyPages::link);
  }

  private java.util.stream.Stream<PracticeItem> shelved() {
    return shelves.stream().flatMap(shelf -> shelf.practiceItems().stream());
  }

  static CompanyPage.PracticeLink link(ProblemPackage p) {
    return new CompanyPage.PracticeLink(
        p.id(),
        p.title() == null ? p.id() : p.title(),
        p.metadata().round(),
        p.metadata().difficulty(),
        "/problems/" + p.id());
  }

  static CompanyPage.PracticeLink link(PracticeItem item) {
    return new CompanyPage.PracticeLink(
        item.id(), item.title(), item.round(), item.difficulty(), "/" + item.path());
  }

  private static CompanyPage.FactView fact(Fact fact) {
    return new CompanyPage.FactView(fact.text(), url(fact.source()));
  }

  private static String url(Source source) {
    return source == null ? null : source.url();
  }
}
