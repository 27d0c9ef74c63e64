package dev.onsite.server.plan;

import dev.onsite.catalog.Catalog;
import dev.onsite.catalog.card.Deck;
import dev.onsite.catalog.company.Company;
import dev.onsite.catalog.company.CompanyMatch;
import dev.onsite.catalog.company.Loop;
import dev.onsite.catalog.company.ReportedQuestion;
import dev.onsite.catalog.company.Round;
import dev.onsite.catalog.design.DesignPrompt;
import dev.onsite.server.company.Intelligence;
import dev.onsite.server.problem.Catalogue;
import dev.onsite.server.problem.CatalogueFilter;
import dev.onsite.server.problem.ProblemSummary;
import dev.onsite.server.progress.Attempt;
import dev.onsite.server.progress.ProgressService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * Study plans: the settings are stored; the plan itself is laid out again from them, the person's
 * attempts and the target loops each time it is asked for, so it follows every attempt.
 */
@Service
public class Plans {

  /** Practice per day when the person does not say. */
  public static final int DEFAULT_DAILY_MINUTES = 90;

  /** Round types no practice prepares for: they are left out of a plan. */
  static final Set<String> UNPRACTISED =
      Set.of("recruiter-screen", "team-match", "reference-check");

  private final PlanRepository repository;
  private final ProgressService progress;
  private final Catalogue catalogue;
  private final Intelligence intelligence;
  private final Clock clock;

  Plans(
      PlanRepository repository,
      ProgressService progress,
      Catalogue catalogue,
      Intelligence intelligence,
      Clock clock) {
    this.repository = repository;
    this.progress = progress;
    this.catalogue = catalogue;
    this.intelligence = intelligence;
    this.clock = clock;
  }

  /** The account's plan as of today, if it made one. */
  public Optional<StudyPlan> plan(long accountId) {
    return repository.find(accountId).map(settings -> layOut(accountId, settings));
  }

  /** The account's settings, if it made a plan. */
  public Optional<PlanSettings> settings(long accountId) {
    return repository.find(accountId);
  }

  /**
   * Store what the account prepares for and return the plan.
   *
   * @param companies company names or ids, matched as {@code ./onsite company} does
   * @throws ResponseStatusException 400 naming the first problem: no company, an unknown or
   *     ambiguous one, one without loop data, a date that is not after today, daily minutes out of
   *     20..600
   */
  public StudyPlan save(long accountId, List<String> companies, LocalDate date, Integer minutes) {
    int daily = minutes == null ? DEFAULT_DAILY_MINUTES : minutes;
    if (daily < StudyPlanner.MIN_TASK || daily > 600) {
      throw bad("daily minutes must be 20 to 600, was " + daily);
    }
    if (date == null) {
      throw bad("give the interview date (YYYY-MM-DD)");
    }
    LocalDate today = today();
    if (!date.isAfter(today)) {
      throw bad(
          "the interview date "
              + date
              + (date.isBefore(today) ? " is in the past" : " is today")
              + "; give a day after "
              + today);
    }
    List<Company> found = resolve(companies);
    PlanSettings settings = new PlanSettings(found.stream().map(Company::id).toList(), date, daily);
    repository.save(accountId, settings, clock.instant());
    return layOut(accountId, settings);
  }

  /** Forget the account's plan; whether it had one. */
  public boolean delete(long accountId) {
    return repository.delete(accountId);
  }

  private List<Company> resolve(List<String> names) {
    List<String> given =
        names == null
            ? List.of()
            : names.stream().filter(n -> n != null && !n.isBlank()).map(String::strip).toList();
    if (given.isEmpty()) {
      throw bad("name at least one target company (./onsite companies lists them)");
    }
    Map<String, Company> found = new LinkedHashMap<>();
    for (String name : given) {
      CompanyMatch match = intelligence.catalog().findCompany(name);
      if (!(match instanceof CompanyMatch.Found(Company company))) {
        throw bad(match.message());
      }
      if (company.loops().stream().allMatch(l -> l.rounds().isEmpty())) {
        throw bad(
            "no loop data for "
                + company.name()
                + " yet: no report lists its rounds, so there is nothing to plan for; pick"
                + " another company");
      }
      found.putIfAbsent(company.id(), company);
    }
    return List.copyOf(found.values());
  }

  private StudyPlan layOut(long accountId, PlanSettings settings) {
    Catalog catalog = intelligence.catalog();
    List<Company> companies = new ArrayList<>();
    for (String id : settings.companies()) {
      catalog.directory().byId(id).ifPresent(companies::add); // a company deleted since: dropped
    }
    List<Attempt> attempts = progress.attempts(accountId);
    return StudyPlanner.plan(
        new StudyPlanner.Inputs(
            companies.stream().map(Company::id).toList(),
            companies.stream().map(Company::name).toList(),
            targets(companies),
            candidates(accountId, companies, catalog),
            attempts,
            progress.report(accountId),
            today(),
            settings.interviewDate(),
            settings.dailyMinutes()));
  }

  /**
   * Round types of the companies' loops: per company, the most rounds of a type any one of its
   * loops has (two reports of the same loop do not count twice), summed over companies.
   */
  static List<StudyPlanner.TargetRound> targets(List<Company> companies) {
    Map<String, Integer> rounds = new LinkedHashMap<>();
    Map<String, Integer> minutes = new HashMap<>();
    for (Company company : companies) {
      Map<String, Integer> most = new LinkedHashMap<>();
      for (Loop loop : company.loops()) {
        Map<String, Integer> inLoop = new LinkedHashMap<>();
        for (Round round : loop.rounds()) {
          String type = round.type().id();
          if (UNPRACTISED.contains(type)) {
            continue;
          }
          inLoop.merge(type, 1, Integer::sum);
          if (round.duration() != null) {
            minutes.merge(type, round.duration().max(), Math::max);
          }
        }
        inLoop.forEach((type, n) -> most.merge(type, n, Math::max));
      }
      most.forEach((type, n) -> rounds.merge(type, n, Integer::sum));
    }
    List<StudyPlanner.TargetRound> targets = new ArrayList<>();
    rounds.forEach(
        (type, n) ->
            targets.add(new StudyPlanner.TargetRound(type, n, minutes.getOrDefault(type, 0))));
    return targets;
  }

  private List<StudyPlanner.Candidate> candidates(
      long accountId, List<Company> companies, Catalog catalog) {
    Map<String, String> reported = new HashMap<>(); // item id -> the first company that names it
    for (Company company : companies) {
      for (Loop loop : company.loops()) {
        for (ReportedQuestion q : loop.questions()) {
          q.practice().forEach(id -> reported.putIfAbsent(id, company.name()));
        }
      }
    }
    Set<String> targetIds = new LinkedHashSet<>();
    companies.forEach(c -> targetIds.add(c.id()));
    List<StudyPlanner.Candidate> out = new ArrayList<>();
    for (ProblemSummary s : catalogue.summaries(accountId, CatalogueFilter.ALL)) {
      List<String> areas = new ArrayList<>();
      s.patterns().forEach(p -> areas.add("pattern:" + p));
      s.tags().forEach(t -> areas.add("topic:" + t));
      String at = reported.get(s.id());
      if (at == null) {
        at =
            companies.stream()
                .filter(c -> s.companies().contains(c.id()))
                .map(Company::name)
                .findFirst()
                .orElse(null);
      }
      out.add(new StudyPlanner.Candidate(s.round(), s.id(), s.title(), s.url(), areas, at));
    }
    for (DesignPrompt p : catalog.spoken().prompts()) {
      String at =
          companies.stream()
              .filter(c -> p.companies().contains(c.id()))
              .map(Company::name)
              .findFirst()
              .orElse(reported.get(p.id()));
      out.add(
          new StudyPlanner.Candidate(
              p.round().id(),
              p.id(),
              p.title(),
              "/design/" + p.id(),
              List.of("topic:" + p.category().id()),
              at));
    }
    for (Deck deck : catalog.decks()) {
      out.add(
          new StudyPlanner.Candidate(
              "ml-fundamentals",
              null,
              "Flashcards: " + deck.title(),
              "/cards/review?deck=" + deck.id(),
              List.of("deck:" + deck.id()),
              null));
    }
    out.add(
        new StudyPlanner.Candidate(
            "behavioral", null, "Write or rehearse a story", "/stories", List.of(), null));
    out.add(
        new StudyPlanner.Candidate(
            "hiring-manager", null, "Rehearse your stories", "/stories", List.of(), null));
    out.add(
        new StudyPlanner.Candidate(
            "deep-dive", null, "Outline a project deep dive", "/deep-dive", List.of(), null));
    return out;
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), clock.getZone());
  }

  private static ResponseStatusException bad(String reason) {
    return new ResponseStatusException(HttpStatus.BAD_REQUEST, reason);
  }
}
