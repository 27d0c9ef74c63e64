package dev.onsite.server.card;

import dev.onsite.catalog.card.Deck;
import dev.onsite.catalog.card.Flashcard;
import dev.onsite.fsrs.Card;
import dev.onsite.fsrs.Rating;
import dev.onsite.fsrs.Scheduler;
import dev.onsite.fsrs.State;
import dev.onsite.server.company.Intelligence;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * Spaced repetition of the content's card decks with FSRS-6: per account, which cards are due, the
 * daily queue, grading, and the figures the dashboard shows.
 *
 * <p>The queue of a deck is its due cards (learning, review and relearning cards whose due time has
 * come, earliest first), then new cards in file order, at most {@code onsite.cards.new-per-day}
 * (default 20) new cards a day per deck. A day is the server clock's calendar day.
 */
@Service
public class CardReviews {

  /** The figures the dashboard shows. */
  public record Stats(int dueToday, int reviewedToday, int reviews30, Integer retention30) {

    /** Retention as text: "87%", or "–" with no reviews in the last 30 days. */
    public String retention() {
      return retention30 == null ? "–" : retention30 + "%";
    }
  }

  /** A deck with the account's counts. */
  public record DeckStatus(Deck deck, int cards, int due, int fresh, int learning) {}

  /** A card of a queue, with what each rating would do. */
  record QueueCard(Flashcard card, String state, Map<Rating, String> intervals) {}

  /** What a review did. */
  record Reviewed(Flashcard card, Rating rating, Card after, String interval, Instant at) {
    boolean dueNow() {
      return !after.due().isAfter(at);
    }
  }

  static final String NEW = "new";

  private final Intelligence intelligence;
  private final CardRepository repository;
  private final Clock clock;
  private final Scheduler scheduler = Scheduler.defaults();
  private final int newPerDay;

  CardReviews(
      Intelligence intelligence,
      CardRepository repository,
      Clock clock,
      @Value("${onsite.cards.new-per-day:20}") int newPerDay) {
    if (newPerDay < 0) {
      throw new IllegalArgumentException(
          "onsite.cards.new-per-day must not be negative: " + newPerDay);
    }
    this.intelligence = intelligence;
    this.repository = repository;
    this.clock = clock;
    this.newPerDay = newPerDay;
  }

  public int newPerDay() {
    return newPerDay;
  }

  List<Deck> allDecks() {
    return intelligence.catalog().decks();
  }

  /**
   * The deck named {@code id}.
   *
   * @throws ResponseStatusException 404 naming the known decks
   */
  Deck deck(String id) {
    return intelligence
        .catalog()
        .deck(id)
        .orElseThrow(
            () ->
                new ResponseStatusException(
                    HttpStatus.NOT_FOUND,
                    "no deck '"
                        + id
                        + "'; known decks: "
                        + String.join(", ", allDecks().stream().map(Deck::id).toList())));
  }

  /** Every deck with the account's due, new and learning counts. */
  public List<DeckStatus> decks(long accountId) {
    Instant now = clock.instant();
    Map<String, CardRepository.Stored> states = repository.states(accountId);
    Map<String, Integer> newToday = newToday(accountId);
    List<DeckStatus> out = new ArrayList<>();
    for (Deck deck : allDecks()) {
      out.add(status(deck, states, newToday.getOrDefault(deck.id(), 0), now));
    }
    return out;
  }

  private DeckStatus status(
      Deck deck, Map<String, CardRepository.Stored> states, int newToday, Instant now) {
    int due = 0;
    int unseen = 0;
    int learning = 0;
    for (Flashcard card : deck.cards()) {
      CardRepository.Stored stored = states.get(card.globalId());
      if (stored == null) {
        unseen++;
      } else if (!stored.card().due().isAfter(now)) {
        due++;
      } else if (stored.card().state() != State.REVIEW) {
        learning++;
      }
    }
    int fresh = Math.min(unseen, Math.max(0, newPerDay - newToday));
    return new DeckStatus(deck, deck.cards().size(), due, fresh, learning);
  }

  /** The deck's queue for now: due cards first, then today's new cards. */
  List<QueueCard> queue(long accountId, String deckId) {
    Deck deck = deck(deckId);
    Instant now = clock.instant();
    Map<String, CardRepository.Stored> states = repository.states(accountId);
    int fresh = status(deck, states, newToday(accountId).getOrDefault(deckId, 0), now).fresh();
    List<QueueCard> due = new ArrayList<>();
    List<QueueCard> unseen = new ArrayList<>();
    deck.cards().stream()
        .filter(c -> states.containsKey(c.globalId()))
        .filter(c -> !states.get(c.globalId()).card().due().isAfter(now))
        .sorted(Comparator.comparing(c -> states.get(c.globalId()).card().due()))
        .forEach(c -> due.add(queued(c, states.get(c.globalId()), now)));
    for (Flashcard card : deck.cards()) {
      if (unseen.size() >= fresh) {
        break;
      }
      if (!states.containsKey(card.globalId())) {
        unseen.add(queued(card, null, now));
      }
    }
    due.addAll(unseen);
    return due;
  }

  /**
   * The cards for a rapid-fire session: the daily queue, then the deck's other seen cards, least
   * likely to be recalled first.
   */
  List<QueueCard> rapidFire(long accountId, String deckId) {
    List<QueueCard> out = new ArrayList<>(queue(accountId, deckId));
    Deck deck = deck(deckId);
    Instant now = clock.instant();
    Map<String, CardRepository.Stored> states = repository.states(accountId);
    deck.cards().stream()
        .filter(c -> states.containsKey(c.globalId()))
        .filter(c -> out.stream().noneMatch(q -> q.card().globalId().equals(c.globalId())))
        .sorted(
            Comparator.comparingDouble(
                c -> scheduler.retrievability(states.get(c.globalId()).card(), now)))
        .forEach(c -> out.add(queued(c, states.get(c.globalId()), now)));
    return out;
  }

  private QueueCard queued(Flashcard card, CardRepository.Stored stored, Instant now) {
    Card state = stored == null ? Card.fresh(now) : stored.card();
    Map<Rating, String> intervals = new EnumMap<>(Rating.class);
    scheduler.preview(state, now).forEach((r, c) -> intervals.put(r, interval(now, c.due())));
    return new QueueCard(card, stored == null ? NEW : state.state().id(), intervals);
  }

  /**
   * Grade one card now.
   *
   * @param timeMs how long the person took, or null
   * @param mode {@code review} or {@code rapid-fire}
   * @throws ResponseStatusException 404 for an unknown deck or card
   */
  Reviewed review(
      long accountId, String deckId, String cardId, Rating rating, Long timeMs, String mode) {
    Deck deck = deck(deckId);
    Flashcard card =
        deck.card(cardId)
            .orElseThrow(
                () ->
                    new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "no card '" + cardId + "' in deck '" + deckId + "'"));
    Instant now = clock.instant();
    CardRepository.Stored before = repository.states(accountId).get(card.globalId());
    Card state = before == null ? Card.fresh(now) : before.card();
    Card after = scheduler.review(state, rating, now);
    int reps = (before == null ? 0 : before.reps()) + 1;
    boolean lapse = rating == Rating.AGAIN && state.state() == State.REVIEW;
    int lapses = (before == null ? 0 : before.lapses()) + (lapse ? 1 : 0);
    int elapsed =
        before == null ? 0 : (int) Math.max(0, Duration.between(state.lastReview(), now).toDays());
    try {
      repository.save(
          accountId,
          new CardRepository.Stored(card.globalId(), deck.id(), after, reps, lapses),
          before != null,
          rating,
          before == null ? NEW : state.state().id(),
          elapsed,
          timeMs,
          mode,
          now);
    } catch (DuplicateKeyException e) {
      throw new ResponseStatusException(
          HttpStatus.CONFLICT,
          "card '" + card.globalId() + "' was graded twice at once; reload the queue and go on");
    }
    return new Reviewed(card, rating, after, interval(now, after.due()), now);
  }

  /** Due today, reviewed today, and retention over the last 30 days, for the dashboard. */
  public Stats stats(long accountId) {
    ZoneId zone = clock.getZone();
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, zone);
    Instant endOfToday = today.plusDays(1).atStartOfDay(zone).toInstant();
    Instant startOfToday = today.atStartOfDay(zone).toInstant();
    Map<String, CardRepository.Stored> states = repository.states(accountId);
    int dueToday = 0;
    for (Deck deck : allDecks()) {
      for (Flashcard card : deck.cards()) {
        CardRepository.Stored stored = states.get(card.globalId());
        if (stored != null && stored.card().due().isBefore(endOfToday)) {
          dueToday++;
        }
      }
    }
    List<CardRepository.Review> month =
        repository.reviewsSince(accountId, now.minus(Duration.ofDays(30)));
    int reviewedToday = (int) month.stream().filter(r -> !r.at().isBefore(startOfToday)).count();
    long recalled = month.stream().filter(r -> r.rating() != Rating.AGAIN).count();
    Integer retention = month.isEmpty() ? null : (int) Math.round(100.0 * recalled / month.size());
    return new Stats(dueToday, reviewedToday, month.size(), retention);
  }

  /** New cards first seen today, per deck. */
  private Map<String, Integer> newToday(long accountId) {
    ZoneId zone = clock.getZone();
    Instant start = LocalDate.ofInstant(clock.instant(), zone).atStartOfDay(zone).toInstant();
    Map<String, Integer> out = new java.util.HashMap<>();
    for (CardRepository.Review review : repository.reviewsSince(accountId, start)) {
      if (review.stateBefore().equals(NEW)) {
        out.merge(review.deckId(), 1, Integer::sum);
      }
    }
    return out;
  }

  /** An interval as Anki shows it on its buttons: "1m", "10m", "3h", "2d", "4mo", "1.5y". */
  static String interval(Instant from, Instant to) {
    long seconds = Math.max(0, Duration.between(from, to).getSeconds());
    if (seconds < 3600) {
      return Math.max(1, Math.round(seconds / 60.0)) + "m";
    }
    if (seconds < 86_400) {
      return Math.round(seconds / 3600.0) + "h";
    }
    double days = seconds / 86_400.0;
    if (days < 30) {
      return Math.round(days) + "d";
    }
    if (days < 365) {
      return Math.round(days / 30.0) + "mo";
    }
    double years = days / 365.0;
    return (years < 10 ? String.format(java.util.Locale.ROOT, "%.1f", years) : Math.round(years))
        + "y";
  }
}
