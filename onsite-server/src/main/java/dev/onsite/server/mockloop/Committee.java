package dev.onsite.server.mockloop;

import dev.onsite.catalog.company.Decision;
import dev.onsite.catalog.design.RubricPoint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The hiring committee: rates every round and decides the loop by its rule, writing the packet a
 * committee reads (which rounds carried, which signal was missing, what would have changed it).
 */
final class Committee {

  /** How many missed rubric points a packet names per round. */
  static final int MISSED_PER_ROUND = 3;

  /** The loop's outcome. */
  enum Verdict {
    HIRE("hire", "Hire"),
    NO_HIRE("no-hire", "No hire"),
    IN_PROGRESS("in-progress", "In progress"),
    INCOMPLETE("incomplete", "Incomplete");

    final String id;
    final String label;

    Verdict(String id, String label) {
      this.id = id;
      this.label = label;
    }

    @com.fasterxml.jackson.annotation.JsonValue
    public String id() {
      return id;
    }

    public String label() {
      return label;
    }
  }

  /** One round as the committee sees it. */
  record Line(String title, Outcome outcome) {}

  /**
   * One round in the packet.
   *
   * @param rating the rating, or null for a round skipped or without a result
   * @param why the rating's reason, the skip reason, or what is missing
   */
  record RatedRound(String title, Rating rating, String why) {}

  /**
   * The committee's packet.
   *
   * @param rule the decision rule, as written in company files
   * @param summary one sentence on the decision and its main reason
   * @param carried the rounds that cleared the bar, with why
   * @param missing the signals the weak rounds did not show
   * @param wouldChange what would have turned the decision the other way
   */
  record Packet(
      Verdict verdict,
      String rule,
      String summary,
      List<RatedRound> rounds,
      List<String> carried,
      List<String> missing,
      List<String> wouldChange) {}

  private Committee() {}

  /** Decide a loop of {@code lines} by {@code rule}. */
  static Packet decide(Decision rule, List<Line> lines) {
    List<RatedRound> rounds = new ArrayList<>();
    List<Integer> scored = new ArrayList<>();
    List<Rating> ratings = new ArrayList<>();
    boolean running = false;
    boolean lapsed = false;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      Optional<Ratings.Rated> rated = Ratings.rate(line.outcome());
      switch (line.outcome()) {
        case Outcome.Skipped s -> rounds.add(new RatedRound(line.title(), null, s.reason()));
        case Outcome.Missing m -> {
          rounds.add(new RatedRound(line.title(), null, m.reason()));
          lapsed |= m.lapsed();
          running |= !m.lapsed();
        }
        case Outcome.Judged j -> rounds.add(rated(line, rated.orElseThrow()));
        case Outcome.SelfRated r -> rounds.add(rated(line, rated.orElseThrow()));
      }
      if (rated.isPresent()) {
        scored.add(i);
        ratings.add(rated.get().rating());
      }
    }
    List<String> carried = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (int k = 0; k < scored.size(); k++) {
      RatedRound round = rounds.get(scored.get(k));
      if (round.rating().clears()) {
        carried.add(round.title() + " (" + round.rating().label() + "): " + round.why());
      } else {
        missing.addAll(missingSignals(lines.get(scored.get(k))));
      }
    }
    if (running || lapsed) {
      Verdict verdict = lapsed && !running ? Verdict.INCOMPLETE : Verdict.IN_PROGRESS;
      List<String> open =
          java.util.stream.IntStream.range(0, lines.size())
              .filter(i -> lines.get(i).outcome() instanceof Outcome.Missing)
              .mapToObj(i -> lines.get(i).title())
              .toList();
      String summary =
          verdict == Verdict.INCOMPLETE
              ? "Incomplete: the time of " + String.join(", ", open) + " passed without a result."
              : "In progress: " + String.join(", ", open) + " still to do.";
      return new Packet(verdict, rule.id(), summary, rounds, carried, missing, List.of());
    }
    if (ratings.isEmpty()) {
      return new Packet(
          Verdict.INCOMPLETE,
          rule.id(),
          "Incomplete: no round of this loop could be scored here.",
          rounds,
          carried,
          missing,
          List.of());
    }
    List<String> titles = scored.stream().map(i -> lines.get(i).title()).toList();
    Optional<String> reject = rejection(rule, titles, ratings);
    Verdict verdict = reject.isEmpty() ? Verdict.HIRE : Verdict.NO_HIRE;
    String summary =
        reject
            .map(r -> "No hire: " + r + ".")
            .orElse("Hire: the rounds clear the " + rule.id() + " rule.");
    return new Packet(
        verdict,
        rule.id(),
        summary,
        rounds,
        carried,
        missing,
        wouldChange(rule, titles, ratings, verdict == Verdict.HIRE));
  }

  private static RatedRound rated(Line line, Ratings.Rated rated) {
    return new RatedRound(line.title(), rated.rating(), rated.why());
  }

  /**
   * Why {@code rule} rejects these ratings, or empty when it hires.
   *
   * @param titles the scored rounds' titles, in the order of {@code ratings}
   */
  static Optional<String> rejection(Decision rule, List<String> titles, List<Rating> ratings) {
    return switch (rule) {
      case Decision.Consistency c -> {
        for (int i = 0; i < ratings.size(); i++) {
          if (ratings.get(i) == Rating.STRONG_NO) {
            yield Optional.of(
                "a strong no in " + titles.get(i) + " rejects the loop, however strong the rest");
          }
        }
        List<String> noes = titlesRated(titles, ratings, Rating.NO);
        if (noes.size() >= 2) {
          yield Optional.of("two or more rounds are a no (" + String.join(", ", noes) + ")");
        }
        if (noes.size() == 1 && !ratings.contains(Rating.STRONG_YES)) {
          yield Optional.of("a no in " + noes.getFirst() + " with no strong yes to carry it");
        }
        yield Optional.empty();
      }
      case Decision.AllRounds a -> {
        List<String> below =
            java.util.stream.IntStream.range(0, ratings.size())
                .filter(i -> !ratings.get(i).clears())
                .mapToObj(titles::get)
                .toList();
        yield below.isEmpty()
            ? Optional.empty()
            : Optional.of(
                "every round must clear the bar, and " + String.join(", ", below) + " did not");
      }
      case Decision.AtLeast atLeast -> {
        long cleared = ratings.stream().filter(Rating::clears).count();
        yield cleared >= atLeast.required()
            ? Optional.empty()
            : Optional.of(
                cleared
                    + " of "
                    + ratings.size()
                    + " rounds cleared the bar; the rule asks for "
                    + atLeast.required());
      }
    };
  }

  private static List<String> titlesRated(
      List<String> titles, List<Rating> ratings, Rating rating) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < ratings.size(); i++) {
      if (ratings.get(i) == rating) {
        out.add(titles.get(i));
      }
    }
    return out;
  }

  /**
   * For a hire, the smallest drop in one round that would have rejected; for a no hire, the
   * smallest rise in one round that would have hired, or else how many rounds would need a yes.
   */
  private static List<String> wouldChange(
      Decision rule, List<String> titles, List<Rating> ratings, boolean hired) {
    List<String> out = new ArrayList<>();
    Rating[] all = Rating.values();
    for (int i = 0; i < ratings.size(); i++) {
      Rating was = ratings.get(i);
      // Try the ratings nearest to the actual one first: the smallest change that flips.
      List<Rating> tries = new ArrayList<>();
      for (Rating r : all) {
        if (hired ? r.compareTo(was) < 0 : r.compareTo(was) > 0) {
          tries.add(r);
        }
      }
      tries.sort(Comparator.comparingInt(r -> Math.abs(r.ordinal() - was.ordinal())));
      for (Rating r : tries) {
        List<Rating> changed = new ArrayList<>(ratings);
        changed.set(i, r);
        if (rejection(rule, titles, changed).isEmpty() != hired) {
          out.add(
              "a "
                  + r.label().toLowerCase(java.util.Locale.ROOT)
                  + " in "
                  + titles.get(i)
                  + " (was "
                  + was.label().toLowerCase(java.util.Locale.ROOT)
                  + ") would have "
                  + (hired ? "rejected the loop" : "made it a hire"));
          break;
        }
      }
    }
    if (out.isEmpty() && !hired) {
      // No single round turns it: raise the weakest rounds to a yes, one at a time.
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < ratings.size(); i++) {
        if (!ratings.get(i).clears()) {
          order.add(i);
        }
      }
      order.sort(Comparator.comparingInt(i -> -ratings.get(i).ordinal()));
      List<Rating> changed = new ArrayList<>(ratings);
      List<String> raised = new ArrayList<>();
      for (int i : order) {
        changed.set(i, Rating.YES);
        raised.add(titles.get(i));
        if (rejection(rule, titles, changed).isEmpty()) {
          out.add("a yes in each of " + String.join(", ", raised) + " would have made it a hire");
          break;
        }
      }
    }
    if (out.isEmpty()) {
      out.add(
          hired
              ? "no single round's rating would have rejected the loop"
              : "no better rating of these rounds would have made it a hire");
    }
    return out;
  }

  /** The signals a round below the bar did not show. */
  private static List<String> missingSignals(Line line) {
    return switch (line.outcome()) {
      case Outcome.Judged j ->
          List.of(
              line.title()
                  + ": a working solution (all tests accepted)"
                  + (j.accepted() ? " sooner" : "")
                  + " within "
                  + (j.allowedSeconds() + 59) / 60
                  + " min");
      case Outcome.SelfRated r ->
          r.missed().stream()
              .limit(MISSED_PER_ROUND)
              .map(
                  (RubricPoint p) ->
                      line.title()
                          + ": "
                          + p.point()
                          + (p.weight() == RubricPoint.MAX_WEIGHT ? " (a must)" : ""))
              .toList();
      case Outcome.Skipped s -> List.of();
      case Outcome.Missing m -> List.of();
    };
  }
}
