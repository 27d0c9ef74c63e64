package dev.onsite.server.plan;

import dev.onsite.catalog.round.RoundType;
import dev.onsite.server.progress.Attempt;
import dev.onsite.server.progress.ProgressReport;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lays out the days up to an interview: the arithmetic alone, with no database, so that each rule
 * is tested on its own. docs/progress.md states the rules.
 *
 * <p>Each round type of the target loops gets practice time in proportion to how many rounds of it
 * the loops have, times a factor from the person's strength in it (1.5 at strength 0, 1.0 untried,
 * 0.5 at strength 100). Within a round type, items come in this order: tried and not yet passed,
 * reported by a target company, drilling one of the weakest areas, new, and last those already
 * passed. The last day before the interview is light; the two before it are mock loops.
 */
public final class StudyPlanner {

  /** Days a plan lays out at most; a later interview gets the first 90 and a note. */
  public static final int MAX_DAYS = 90;

  /** A task shorter than this is not worth starting; the day ends instead. */
  static final int MIN_TASK = 20;

  /** A round whose length no source gives is practised this long. */
  static final int DEFAULT_TASK = 45;

  /** A single sitting is at most this long; longer rounds are practised in parts. */
  static final int MAX_TASK = 60;

  /**
   * A round type of the target loops.
   *
   * @param round its id
   * @param rounds how many rounds of it the loops have
   * @param minutes how long one of them lasts, or 0 when no source says
   */
  public record TargetRound(String round, int rounds, int minutes) {}

  /**
   * Something that trains a round.
   *
   * @param round the round id
   * @param itemId the item id (the key attempts use), or null for a page
   * @param title for people
   * @param url where it is practised
   * @param areas what it drills ({@code pattern:ID}, {@code topic:TAG})
   * @param reportedAt the target company whose reports name it, or null
   */
  public record Candidate(
      String round,
      String itemId,
      String title,
      String url,
      List<String> areas,
      String reportedAt) {}

  /**
   * What a plan is made from.
   *
   * @param companies target company ids, in the person's order
   * @param companyNames their names
   * @param targets the round types of their loops
   * @param candidates every practice item and page, in catalogue order
   * @param attempts the person's attempts
   * @param report the person's progress
   * @param today the first day of the plan
   * @param interview the interview's day
   * @param dailyMinutes practice time per day
   */
  public record Inputs(
      List<String> companies,
      List<String> companyNames,
      List<TargetRound> targets,
      List<Candidate> candidates,
      List<Attempt> attempts,
      ProgressReport report,
      LocalDate today,
      LocalDate interview,
      int dailyMinutes) {}

  private StudyPlanner() {}

  /** The plan for {@code in}. */
  public static StudyPlan plan(Inputs in) {
    Map<String, Double> weights = new LinkedHashMap<>();
    List<StudyPlan.Weight> shown = weights(in, weights);
    Map<String, Queue> queues = queues(in);
    long total = ChronoUnit.DAYS.between(in.today(), in.interview());
    int n = (int) Math.max(0, Math.min(MAX_DAYS, total));
    List<StudyPlan.Day> days = new ArrayList<>();
    Map<String, Integer> allocated = new HashMap<>();
    int planned = 0;
    for (int d = 0; d < n; d++) {
      LocalDate date = in.today().plusDays(d);
      long left = total - d - 1; // days between this one and the interview
      List<StudyPlan.Task> tasks = new ArrayList<>();
      if (left == 0 && n >= 2) {
        tasks.addAll(lightDay(in));
      } else if (left <= 2 && n >= 5 && !in.companies().isEmpty()) {
        int c = (int) ((2 - left) % in.companies().size());
        tasks.add(
            new StudyPlan.Task(
                "mock",
                "Mock loop: " + in.companyNames().get(c),
                null,
                "/companies/" + in.companies().get(c),
                in.dailyMinutes(),
                "a full loop under its real time limits, two days before the interview"));
      } else {
        int room = in.dailyMinutes();
        Set<String> today = new HashSet<>();
        while (room >= MIN_TASK && !weights.isEmpty()) {
          String round = next(weights, allocated, planned, today, in.targets());
          int minutes = Math.min(room, taskMinutes(in.targets(), round));
          tasks.add(queues.get(round).take(round, minutes, in));
          allocated.merge(round, minutes, Integer::sum);
          planned += minutes;
          room -= minutes;
          today.add(round);
        }
      }
      days.add(new StudyPlan.Day(date, tasks));
    }
    return new StudyPlan(
        in.companies(), in.companyNames(), in.interview(), in.dailyMinutes(), shown, days);
  }

  private static List<StudyPlan.Weight> weights(Inputs in, Map<String, Double> weights) {
    Map<String, Integer> strength = new HashMap<>();
    for (ProgressReport.Area a : in.report().areas()) {
      if (a.kind().equals("round")) {
        strength.put(a.name(), a.strength());
      }
    }
    double sum = 0;
    for (TargetRound t : in.targets()) {
      Integer s = strength.get(t.round());
      double w = t.rounds() * factor(s);
      weights.put(t.round(), w);
      sum += w;
    }
    List<StudyPlan.Weight> shown = new ArrayList<>();
    for (TargetRound t : in.targets()) {
      shown.add(
          new StudyPlan.Weight(
              t.round(),
              label(t.round()),
              t.rounds(),
              strength.get(t.round()),
              (int) Math.round(100 * weights.get(t.round()) / sum)));
    }
    shown.sort(Comparator.comparingInt(StudyPlan.Weight::percent).reversed());
    return shown;
  }

  /** 1.5 at strength 0, 1.0 for a round never tried, 0.5 at strength 100. */
  static double factor(Integer strength) {
    return 1.5 - (strength == null ? 50 : strength) / 100.0;
  }

  /**
   * The round furthest behind its share of the minutes planned so far; of rounds equally far
   * behind, one not yet practised today.
   */
  private static String next(
      Map<String, Double> weights,
      Map<String, Integer> allocated,
      int planned,
      Set<String> today,
      List<TargetRound> targets) {
    double sum = weights.values().stream().mapToDouble(Double::doubleValue).sum();
    String best = null;
    double bestDeficit = Double.NEGATIVE_INFINITY;
    for (Map.Entry<String, Double> e : weights.entrySet()) {
      int minutes = taskMinutes(targets, e.getKey());
      double deficit =
          e.getValue() / sum * (planned + minutes) - allocated.getOrDefault(e.getKey(), 0);
      boolean better =
          deficit > bestDeficit + 1e-9
              || (Math.abs(deficit - bestDeficit) <= 1e-9
                  && today.contains(best)
                  && !today.contains(e.getKey()));
      if (better) {
        bestDeficit = deficit;
        best = e.getKey();
      }
    }
    return best;
  }

  private static int taskMinutes(List<TargetRound> targets, String round) {
    for (TargetRound t : targets) {
      if (t.round().equals(round)) {
        return t.minutes() <= 0
            ? DEFAULT_TASK
            : Math.max(MIN_TASK, Math.min(MAX_TASK, t.minutes()));
      }
    }
    return DEFAULT_TASK;
  }

  private static List<StudyPlan.Task> lightDay(Inputs in) {
    return List.of(
        new StudyPlan.Task(
            "ml-fundamentals",
            "Review the flashcards due today",
            null,
            "/cards",
            MIN_TASK,
            "the day before: keep it light and rested"),
        new StudyPlan.Task(
            "behavioral",
            "Rehearse your stories out loud",
            null,
            "/stories",
            Math.max(MIN_TASK, Math.min(30, in.dailyMinutes() - MIN_TASK)),
            "the day before: the stories you will tell tomorrow"));
  }

  private static String label(String round) {
    return RoundType.byId(round).map(RoundType::label).orElse(round);
  }

  private static Map<String, Queue> queues(Inputs in) {
    Set<String> passed = new HashSet<>();
    Set<String> tried = new HashSet<>();
    for (Attempt a : in.attempts()) {
      if (a.graded() && !a.kind().equals("card")) {
        tried.add(a.itemId());
        if (a.passed()) {
          passed.add(a.itemId());
        }
      }
    }
    Set<String> weak = new HashSet<>();
    in.report().weakest().forEach(a -> weak.add(a.id()));
    Map<String, Queue> queues = new HashMap<>();
    for (TargetRound t : in.targets()) {
      List<Candidate> ofRound =
          in.candidates().stream().filter(c -> c.round().equals(t.round())).toList();
      List<Entry> entries = new ArrayList<>();
      for (Candidate c : ofRound) {
        String id = c.itemId();
        String weakArea = c.areas().stream().filter(weak::contains).findFirst().orElse(null);
        int rank;
        String reason;
        if (id != null && tried.contains(id) && !passed.contains(id)) {
          rank = 0;
          reason = "retry: tried and not passed yet";
        } else if (id != null && passed.contains(id)) {
          rank = 4;
          reason = "revisit: passed before";
        } else if (c.reportedAt() != null) {
          rank = 1;
          reason = "reported at " + c.reportedAt();
        } else if (weakArea != null) {
          rank = 2;
          reason = "drills " + weakArea + ", one of your weakest areas";
        } else {
          rank = 3;
          reason = id == null ? "practice for this round" : "new to you";
        }
        entries.add(new Entry(c, rank, reason));
      }
      entries.sort(Comparator.comparingInt(Entry::rank)); // stable: catalogue order within a rank
      queues.put(t.round(), new Queue(entries));
    }
    return queues;
  }

  private record Entry(Candidate candidate, int rank, String reason) {}

  /** A round's items in plan order, taken one by one and round again when all were taken. */
  private static final class Queue {
    private final List<Entry> entries;
    private int next;

    Queue(List<Entry> entries) {
      this.entries = entries;
    }

    StudyPlan.Task take(String round, int minutes, Inputs in) {
      if (entries.isEmpty()) {
        String company = in.companies().isEmpty() ? "" : in.companies().getFirst();
        return new StudyPlan.Task(
            round,
            "Prepare for the " + label(round).toLowerCase(java.util.Locale.ROOT) + " round",
            null,
            "/companies/" + company,
            minutes,
            "no practice item trains this round yet: read what the reports say about it");
      }
      Entry e = entries.get(next % entries.size());
      boolean again = next >= entries.size();
      next++;
      Candidate c = e.candidate();
      return new StudyPlan.Task(
          round,
          c.title(),
          c.itemId(),
          c.url(),
          minutes,
          again ? "again: " + e.reason() : e.reason());
    }
  }
}
