package dev.onsite.server.mockloop;

import dev.onsite.catalog.Catalog;
import dev.onsite.catalog.behavioral.BehavioralQuestion;
import dev.onsite.catalog.behavioral.QuestionBank;
import dev.onsite.catalog.behavioral.Signal;
import dev.onsite.catalog.card.Deck;
import dev.onsite.catalog.card.Flashcard;
import dev.onsite.catalog.company.Company;
import dev.onsite.catalog.company.Feedback;
import dev.onsite.catalog.company.Loop;
import dev.onsite.catalog.company.ReportedQuestion;
import dev.onsite.catalog.company.Round;
import dev.onsite.catalog.deepdive.FollowUp;
import dev.onsite.catalog.design.DesignPrompt;
import dev.onsite.catalog.practice.PracticeItem;
import dev.onsite.catalog.round.RoundType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Assemble a mock loop from a company's loop: one practice item per round, chosen by the round's
 * type, the loop's reported questions first, and new to the person when one is.
 */
final class Assembler {

  /** Cards in an ML fundamentals round: the rapid-fire three to five of seed 002. */
  static final int CARDS = 5;

  /** Follow-up questions in a deep-dive round. */
  static final int FOLLOW_UPS = 4;

  /** A round's length when its source gives none (docs/mock-loops.md says where they come from). */
  static final Map<RoundType, Integer> DEFAULT_MINUTES = defaults();

  private static Map<RoundType, Integer> defaults() {
    Map<RoundType, Integer> m = new EnumMap<>(RoundType.class);
    for (RoundType type : RoundType.values()) {
      m.put(type, 45);
    }
    m.put(RoundType.OOP, 60);
    m.put(RoundType.DEBUGGING, 60);
    m.put(RoundType.AI_ASSISTED, 60);
    m.put(RoundType.REFACTORING, 60);
    m.put(RoundType.TAKE_HOME, 120);
    m.put(RoundType.ML_FUNDAMENTALS, 30);
    m.put(RoundType.RECRUITER_SCREEN, 30);
    m.put(RoundType.HIRING_MANAGER, 30);
    m.put(RoundType.FOUNDER_CHAT, 30);
    m.put(RoundType.TEAM_MATCH, 30);
    m.put(RoundType.REFERENCE_CHECK, 30);
    return java.util.Collections.unmodifiableMap(m);
  }

  /** Rounds a committee does not score, with the reason. */
  static final Map<RoundType, String> UNSCORED =
      Map.of(
          RoundType.RECRUITER_SCREEN,
          "skipped: a recruiter screen covers background, logistics and motivation; committees"
              + " do not score it",
          RoundType.TEAM_MATCH,
          "skipped: team matching comes after the committee's decision",
          RoundType.REFERENCE_CHECK,
          "skipped: a reference check asks other people, not you");

  private final Catalog catalog;
  private final Company company;
  private final Loop loop;
  private final Set<String> seen;
  private final Set<String> used = new HashSet<>();

  /**
   * @param seen ids of items (and of cards and follow-ups) the person has practised or met in an
   *     earlier mock loop
   */
  private Assembler(Catalog catalog, Company company, Loop loop, Set<String> seen) {
    this.catalog = catalog;
    this.company = company;
    this.loop = loop;
    this.seen = Set.copyOf(seen);
  }

  /**
   * The rounds of a mock of {@code loop}, not yet started.
   *
   * @throws IllegalArgumentException when the loop reports no rounds
   */
  static List<MockRound> assemble(Catalog catalog, Company company, Loop loop, Set<String> seen) {
    if (loop.rounds().isEmpty()) {
      throw new IllegalArgumentException(
          "the "
              + company.name()
              + " loop '"
              + loop.id()
              + "' reports questions but no rounds; pick a loop whose rounds are listed on the"
              + " company page");
    }
    Assembler assembler = new Assembler(catalog, company, loop, seen);
    List<MockRound> rounds = new ArrayList<>();
    for (Round round : loop.rounds()) {
      rounds.add(assembler.round(rounds.size(), round));
    }
    return rounds;
  }

  private MockRound round(int position, Round round) {
    RoundType type = round.type();
    int minutes = round.duration() != null ? round.duration().min() : DEFAULT_MINUTES.get(type);
    String title = round.title();
    if (UNSCORED.containsKey(type)) {
      return skipped(position, round, minutes, UNSCORED.get(type));
    }
    Optional<MockRound> judged = judged(position, round, minutes);
    if (judged.isPresent()) {
      return judged.get();
    }
    Optional<MockRound> spoken =
        switch (type) {
          case ML_DESIGN, ML_INFRA_DESIGN, LLM_DESIGN, SYSTEM_DESIGN ->
              prompt(position, round, round.duration() != null ? minutes : -1);
          case BEHAVIORAL, HIRING_MANAGER, FOUNDER_CHAT -> question(position, round, minutes);
          case ML_FUNDAMENTALS -> deck(position, round, minutes);
          case DEEP_DIVE -> deepDive(position, round, minutes);
          default -> Optional.empty();
        };
    return spoken.orElseGet(
        () ->
            skipped(
                position,
                round,
                minutes,
                "skipped: no practice item on this server trains "
                    + type.label()
                    + " yet ("
                    + title
                    + ")"));
  }

  private static MockRound skipped(int position, Round round, int minutes, String reason) {
    return new MockRound(
        position,
        round.type(),
        round.title(),
        minutes,
        ItemKind.NONE,
        null,
        null,
        null,
        null,
        reason,
        Feedback.TESTS,
        List.of(),
        null,
        null,
        null,
        null);
  }

  /** A problem or another judged item: reported for this loop first, then by round type. */
  private Optional<MockRound> judged(int position, Round round, int minutes) {
    Map<String, PracticeItem> items = new LinkedHashMap<>();
    catalog.practiceItems().forEach(i -> items.putIfAbsent(i.id(), i));
    List<PracticeItem> reported = new ArrayList<>();
    for (ReportedQuestion q : loop.questions()) {
      if (q.round() == round.type()) {
        q.practice().stream().map(items::get).filter(i -> i != null).forEach(reported::add);
      }
    }
    // By type, those that name the company first.
    List<PracticeItem> byType =
        items.values().stream()
            .filter(i -> round.type().id().equals(i.round()))
            .sorted(Comparator.comparing((PracticeItem i) -> !i.companies().contains(company.id())))
            .toList();
    Optional<Pick<PracticeItem>> pick = pick(reported, byType, PracticeItem::id);
    return pick.map(
        p -> {
          PracticeItem item = p.item();
          boolean problem = item.path().startsWith("problems/");
          return new MockRound(
              position,
              round.type(),
              round.title(),
              minutes,
              problem ? ItemKind.PROBLEM : ItemKind.SHELF,
              item.id(),
              item.title(),
              "/" + item.path(),
              null,
              p.note(round.type()),
              round.feedback(),
              List.of(),
              null,
              null,
              null,
              null);
        });
  }

  /** A design prompt: the round type's prompts naming the company first, any prompt at worst. */
  private Optional<MockRound> prompt(int position, Round round, int minutes) {
    List<DesignPrompt> all = catalog.spoken().prompts();
    Comparator<DesignPrompt> companyFirst =
        Comparator.comparing((DesignPrompt p) -> !p.companies().contains(company.id()));
    List<DesignPrompt> ofType =
        all.stream().filter(p -> p.round() == round.type()).sorted(companyFirst).toList();
    boolean substitute = ofType.isEmpty();
    List<DesignPrompt> pool = substitute ? all.stream().sorted(companyFirst).toList() : ofType;
    return pick(List.of(), pool, DesignPrompt::id)
        .map(
            p -> {
              DesignPrompt prompt = p.item();
              List<MockRound.Point> rubric =
                  prompt.rubric().stream()
                      .map(r -> new MockRound.Point(r.id(), r.point(), r.weight(), null))
                      .toList();
              String note =
                  substitute
                      ? "no "
                          + round.type().label()
                          + " prompt is on this server; the nearest is this "
                          + prompt.round().label()
                          + " prompt"
                      : p.note(round.type());
              return spoken(
                  position,
                  round,
                  minutes > 0 ? minutes : prompt.minutes(),
                  ItemKind.PROMPT,
                  prompt.id(),
                  prompt.title(),
                  "/design/" + prompt.id(),
                  prompt.prompt(),
                  note,
                  rubric);
            });
  }

  /** A behavioral question, those reported at the company first, graded on its signals. */
  private Optional<MockRound> question(int position, Round round, int minutes) {
    QuestionBank bank = catalog.spoken().bank();
    List<BehavioralQuestion> named =
        bank.questions().stream().filter(q -> q.companies().contains(company.id())).toList();
    return pick(named, "asked at " + company.name(), bank.questions(), BehavioralQuestion::id)
        .map(
            p -> {
              BehavioralQuestion q = p.item();
              List<MockRound.Point> rubric = new ArrayList<>();
              for (int i = 0; i < q.signals().size(); i++) {
                String id = q.signals().get(i);
                Signal signal = bank.signal(id).orElse(new Signal(id, id, ""));
                rubric.add(
                    new MockRound.Point(
                        MockSignalAttempts.SIGNAL_POINT + id,
                        "Showed " + signal.name().toLowerCase(java.util.Locale.ROOT),
                        i == 0 ? 3 : 2,
                        signal.description().isBlank() ? null : signal.description()));
              }
              rubric.add(
                  new MockRound.Point(
                      "specific",
                      "Told one specific situation, with what you did rather than the team",
                      2,
                      null));
              rubric.add(
                  new MockRound.Point(
                      "result",
                      "Ended on a concrete result, with a number if there was one",
                      1,
                      null));
              if (!q.followUps().isEmpty()) {
                rubric.add(
                    new MockRound.Point(
                        "follow-up",
                        "Answered the follow-up: " + q.followUps().getFirst(),
                        1,
                        null));
              }
              return spoken(
                  position,
                  round,
                  minutes,
                  ItemKind.QUESTION,
                  q.id(),
                  q.text(),
                  "/stories/practice?question=" + q.id(),
                  q.text(),
                  p.note(round.type()),
                  rubric);
            });
  }

  /** A deck's cards, those asked at the company and new to the person first; each a must. */
  private Optional<MockRound> deck(int position, Round round, int minutes) {
    List<Flashcard> cards =
        catalog.decks().stream()
            .map(Deck::cards)
            .flatMap(List::stream)
            .filter(c -> !used.contains(c.globalId()))
            .sorted(
                Comparator.comparing((Flashcard c) -> !c.companies().contains(company.id()))
                    .thenComparing(c -> seen.contains(c.globalId())))
            .limit(CARDS)
            .toList();
    if (cards.isEmpty()) {
      return Optional.empty();
    }
    cards.forEach(c -> used.add(c.globalId()));
    List<MockRound.Point> rubric =
        cards.stream()
            .map(c -> new MockRound.Point(c.globalId(), c.question(), 3, c.answer()))
            .toList();
    return Optional.of(
        spoken(
            position,
            round,
            minutes,
            ItemKind.DECK,
            "cards",
            cards.size() + " rapid-fire questions",
            "/cards",
            "Answer each question aloud in a sentence or two, then check it against the answer.",
            "rapid-fire questions, those asked at " + company.name() + " and new to you first",
            rubric));
  }

  /** Follow-up questions a panel asks about your project, new to the person first. */
  private Optional<MockRound> deepDive(int position, Round round, int minutes) {
    List<FollowUp> followUps =
        catalog.spoken().followUps().stream()
            .filter(f -> !used.contains(f.id()))
            .sorted(Comparator.comparing((FollowUp f) -> seen.contains(f.id())))
            .limit(FOLLOW_UPS)
            .toList();
    if (followUps.isEmpty()) {
      return Optional.empty();
    }
    followUps.forEach(f -> used.add(f.id()));
    List<MockRound.Point> rubric = new ArrayList<>();
    rubric.add(
        new MockRound.Point("own-part", "Made clear what you yourself decided and built", 3, null));
    followUps.forEach(
        f ->
            rubric.add(
                new MockRound.Point(
                    f.id(), f.question(), 2, f.listenFor().isBlank() ? null : f.listenFor())));
    return Optional.of(
        spoken(
            position,
            round,
            minutes,
            ItemKind.DEEP_DIVE,
            "follow-ups",
            "Your project, then " + followUps.size() + " follow-up questions",
            "/deep-dive",
            "Present one project of yours in a few minutes, then answer each follow-up.",
            "follow-ups new to you first",
            rubric));
  }

  private static MockRound spoken(
      int position,
      Round round,
      int minutes,
      ItemKind kind,
      String id,
      String title,
      String url,
      String text,
      String note,
      List<MockRound.Point> rubric) {
    return new MockRound(
        position,
        round.type(),
        round.title(),
        minutes,
        kind,
        id,
        title,
        url,
        text,
        note,
        Feedback.TESTS,
        rubric,
        null,
        null,
        null,
        null);
  }

  /**
   * An item chosen and why.
   *
   * @param reported why it comes first ("reported for this loop"), or null when it was chosen by
   *     round type alone
   * @param fresh whether it is new to the person
   */
  private record Pick<T>(T item, String reported, boolean fresh) {
    String note(RoundType type) {
      return (reported != null ? reported : "trains " + type.label())
          + (fresh ? ", new to you" : "; you have practised every candidate, so one again");
    }
  }

  /**
   * The first unused item: reported and new, then new by type, then reported, then by type. Marks
   * it used so that two rounds of one type get two items.
   */
  private <T> Optional<Pick<T>> pick(
      List<T> reported, List<T> byType, java.util.function.Function<T, String> id) {
    return pick(reported, "reported for this loop", byType, id);
  }

  /** {@link #pick(List, List, java.util.function.Function)}, saying why the first ones lead. */
  private <T> Optional<Pick<T>> pick(
      List<T> reported, String why, List<T> byType, java.util.function.Function<T, String> id) {
    Predicate<T> fresh = t -> !seen.contains(id.apply(t));
    Predicate<T> free = t -> !used.contains(id.apply(t));
    List<Pick<T>> order = new ArrayList<>();
    reported.stream().filter(free.and(fresh)).forEach(t -> order.add(new Pick<>(t, why, true)));
    byType.stream().filter(free.and(fresh)).forEach(t -> order.add(new Pick<>(t, null, true)));
    reported.stream().filter(free).forEach(t -> order.add(new Pick<>(t, why, false)));
    byType.stream().filter(free).forEach(t -> order.add(new Pick<>(t, null, false)));
    if (order.isEmpty()) {
      // Every item is already in this loop: repeat one rather than skip the round.
      byType.stream().findFirst().ifPresent(t -> order.add(new Pick<>(t, null, false)));
    }
    Optional<Pick<T>> first = order.stream().findFirst();
    first.ifPresent(p -> used.add(id.apply(p.item())));
    return first;
  }
}
