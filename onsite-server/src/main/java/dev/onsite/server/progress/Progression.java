package dev.onsite.server.progress;

import dev.onsite.catalog.round.RoundType;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns attempts into a {@link ProgressReport}: the arithmetic alone, with no database, so that
 * each rule is tested on its own.
 */
public final class Progression {

  /** Weeks of history the report shows. */
  public static final int WEEKS = 12;

  /** Days of attempts that decide an area's strength: old struggles fade. */
  public static final int WINDOW_DAYS = 90;

  /** Attempts an area needs before it can be called weak. */
  public static final int MIN_ATTEMPTS = 2;

  /** Areas listed as the weakest. */
  public static final int WEAKEST = 5;

  private static final List<String> KIND_ORDER =
      List.of("round", "pattern", "topic", "deck", "signal");

  private Progression() {}

  /** The report of {@code attempts} as of {@code now} in {@code zone}. */
  public static ProgressReport report(List<Attempt> attempts, Instant now, ZoneId zone) {
    List<Attempt> sorted = new ArrayList<>(attempts);
    sorted.sort(Comparator.comparing(Attempt::at));
    List<ProgressReport.Area> areas = areas(sorted, now.minus(Duration.ofDays(WINDOW_DAYS)));
    List<ProgressReport.Area> weakest =
        areas.stream()
            .filter(a -> a.attempts() >= MIN_ATTEMPTS)
            .sorted(
                Comparator.comparingInt(ProgressReport.Area::strength)
                    .thenComparing(
                        Comparator.comparingInt(ProgressReport.Area::attempts).reversed())
                    .thenComparing(ProgressReport.Area::id))
            .limit(WEAKEST)
            .toList();
    int graded = 0;
    int passed = 0;
    int cards = 0;
    for (Attempt a : sorted) {
      if (isCard(a)) {
        cards++;
      } else if (a.graded() && !isSignal(a)) {
        graded++;
        passed += a.passed() ? 1 : 0;
      }
    }
    return new ProgressReport(weeks(sorted, now, zone), areas, weakest, graded, passed, cards);
  }

  private static boolean isCard(Attempt a) {
    return "card".equals(a.kind());
  }

  /** A rubric signal of a rated round: it counts for its area only, not as an attempt. */
  private static boolean isSignal(Attempt a) {
    return "signal".equals(a.kind());
  }

  private static List<ProgressReport.Week> weeks(List<Attempt> sorted, Instant now, ZoneId zone) {
    LocalDate thisMonday =
        LocalDate.ofInstant(now, zone).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    LocalDate first = thisMonday.minusWeeks(WEEKS - 1);
    Map<LocalDate, int[]> counts = new TreeMap<>(); // attempts, passed, card reviews, recalled
    Map<LocalDate, List<Double>> toPass = new HashMap<>();
    for (int i = 0; i < WEEKS; i++) {
      counts.put(first.plusWeeks(i), new int[4]);
    }
    Map<String, Instant> firstTouch = new HashMap<>();
    Map<String, Boolean> done = new HashMap<>();
    for (Attempt a : sorted) {
      String item = a.kind() + "/" + a.itemId();
      firstTouch.putIfAbsent(item, a.at());
      LocalDate week =
          LocalDate.ofInstant(a.at(), zone)
              .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      int[] c = counts.get(week);
      if (isCard(a)) {
        if (c != null) {
          c[2]++;
          c[3] += a.passed() ? 1 : 0;
        }
        continue;
      }
      if (!a.graded() || isSignal(a)) {
        continue;
      }
      if (c != null) {
        c[0]++;
        c[1] += a.passed() ? 1 : 0;
      }
      if (a.passed() && done.putIfAbsent(item, true) == null && c != null) {
        double minutes = Duration.between(firstTouch.get(item), a.at()).toSeconds() / 60.0;
        toPass.computeIfAbsent(week, w -> new ArrayList<>()).add(minutes);
      }
    }
    List<ProgressReport.Week> weeks = new ArrayList<>();
    counts.forEach(
        (start, c) ->
            weeks.add(
                new ProgressReport.Week(
                    start,
                    c[0],
                    c[1],
                    c[0] == 0 ? null : percent(c[1], c[0]),
                    median(toPass.get(start)),
                    c[2],
                    c[2] == 0 ? null : percent(c[3], c[2]))));
    return weeks;
  }

  private static List<ProgressReport.Area> areas(List<Attempt> sorted, Instant since) {
    Map<String, int[]> counts = new LinkedHashMap<>(); // attempts, passed
    Map<String, Map<String, Boolean>> items = new HashMap<>();
    for (Attempt a : sorted) {
      if (!a.graded() || a.at().isBefore(since)) {
        continue;
      }
      List<String> ids = new ArrayList<>();
      if (a.round() != null) {
        ids.add("round:" + a.round());
      }
      ids.addAll(a.areas());
      for (String id : ids) {
        int[] c = counts.computeIfAbsent(id, k -> new int[2]);
        c[0]++;
        c[1] += a.passed() ? 1 : 0;
        items
            .computeIfAbsent(id, k -> new HashMap<>())
            .merge(a.kind() + "/" + a.itemId(), a.passed(), Boolean::logicalOr);
      }
    }
    List<ProgressReport.Area> areas = new ArrayList<>();
    counts.forEach(
        (id, c) -> {
          int colon = id.indexOf(':');
          String kind = colon < 0 ? "topic" : id.substring(0, colon);
          String name = colon < 0 ? id : id.substring(colon + 1);
          Map<String, Boolean> tried = items.get(id);
          areas.add(
              new ProgressReport.Area(
                  id,
                  kind,
                  name,
                  label(kind, name),
                  c[0],
                  c[1],
                  tried.size(),
                  (int) tried.values().stream().filter(Boolean::booleanValue).count(),
                  (int) Math.round(100.0 * (c[1] + 1) / (c[0] + 2))));
        });
    areas.sort(
        Comparator.comparingInt((ProgressReport.Area a) -> kindOrder(a.kind()))
            .thenComparing(ProgressReport.Area::name));
    return areas;
  }

  private static int kindOrder(String kind) {
    int i = KIND_ORDER.indexOf(kind);
    return i < 0 ? KIND_ORDER.size() : i;
  }

  /** "Coding (LeetCode-style)" for a round, "pattern: sliding-window" for the rest. */
  static String label(String kind, String name) {
    if (kind.equals("round")) {
      return RoundType.byId(name).map(RoundType::label).orElse(name);
    }
    return kind + ": " + name;
  }

  private static int percent(int part, int whole) {
    return (int) Math.round(100.0 * part / whole);
  }

  private static Double median(List<Double> values) {
    if (values == null || values.isEmpty()) {
      return null;
    }
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    double m = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    return Math.round(m * 10) / 10.0;
  }
}
