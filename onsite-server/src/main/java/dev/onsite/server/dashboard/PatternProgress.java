package dev.onsite.server.dashboard;

import dev.onsite.judge.problem.Metadata;
import dev.onsite.judge.problem.ProblemPackage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where a person stands on each algorithmic pattern ({@link Metadata#PATTERNS}): how many of its
 * problems they solved, tried without solving, how many submissions failed, and the median time to
 * an accepted submission. A problem counts for every pattern it lists.
 *
 * <p>Time to AC is the practice time recorded on the problem's page up to and including the day of
 * its first accepted submission; a problem solved without any recorded page time (from the command
 * line, or with the page hidden) counts the wall time from its first submission to the first
 * accepted one.
 *
 * @param pattern the pattern id
 * @param problems problems that drill it
 * @param solved of those, solved
 * @param attempted of those, tried and not solved
 * @param failedSubmissions submissions (not runs) of its problems that were not accepted
 * @param medianSecondsToAc median time to AC over the solved problems, or -1 when none is solved
 */
public record PatternProgress(
    String pattern,
    int problems,
    int solved,
    int attempted,
    int failedSubmissions,
    long medianSecondsToAc) {

  /** The median time to AC for people ("12 min"), or "-" when nothing is solved. */
  public String medianToAc() {
    return medianSecondsToAc < 0 ? "-" : Dashboard.duration(medianSecondsToAc);
  }

  /** Solved share of the pattern's problems, 0..100. */
  public int percent() {
    return problems == 0 ? 0 : Math.round(100f * solved / problems);
  }

  /**
   * Read one account's progress per pattern from the database, for the patterns that have at least
   * one problem among {@code packages}, in {@link Metadata#PATTERNS} order.
   *
   * <p>Public so that the command line can read a local database without a running server.
   */
  public static List<PatternProgress> read(
      JdbcClient jdbc, long accountId, List<ProblemPackage> packages, ZoneId zone) {
    Map<String, Attempts> attempts = new HashMap<>();
    jdbc.sql(
            "select problem_id, min(created_at),"
                + " min(case when mode = 'submit' and verdict = 'AC' then created_at end),"
                + " sum(case when mode = 'submit' and status = 'done' and verdict <> 'AC'"
                + " then 1 else 0 end)"
                + " from submissions where account_id = ? group by problem_id")
        .params(accountId)
        .query(
            rs -> {
              attempts.put(
                  rs.getString(1),
                  new Attempts(
                      instant(rs.getObject(2, OffsetDateTime.class)),
                      instant(rs.getObject(3, OffsetDateTime.class)),
                      rs.getInt(4)));
            });
    Map<String, Map<LocalDate, Long>> pageSeconds = new HashMap<>();
    jdbc.sql("select problem_id, practice_day, seconds from practice_time where account_id = ?")
        .params(accountId)
        .query(
            rs -> {
              pageSeconds
                  .computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                  .put(rs.getObject(2, LocalDate.class), rs.getLong(3));
            });
    return of(packages, attempts, pageSeconds, zone);
  }

  /** The patterns of {@code packages} with their problem counts, for someone with no progress. */
  public static List<PatternProgress> of(List<ProblemPackage> packages) {
    return of(packages, Map.of(), Map.of(), ZoneId.systemDefault());
  }

  /** One problem's submissions: the first, the first accepted (or null), failed submissions. */
  record Attempts(Instant first, Instant firstAccepted, int failed) {}

  static List<PatternProgress> of(
      List<ProblemPackage> packages,
      Map<String, Attempts> attempts,
      Map<String, Map<LocalDate, Long>> pageSeconds,
      ZoneId zone) {
    Map<String, List<ProblemPackage>> byPattern = new LinkedHashMap<>();
    Metadata.PATTERNS.forEach(p -> byPattern.put(p, new ArrayList<>()));
    for (ProblemPackage pkg : packages) {
      for (String pattern : pkg.metadata().patterns()) {
        byPattern.computeIfAbsent(pattern, k -> new ArrayList<>()).add(pkg);
      }
    }
    List<PatternProgress> out = new ArrayList<>();
    byPattern.forEach(
        (pattern, problems) -> {
          if (problems.isEmpty()) {
            return;
          }
          int solved = 0;
          int attempted = 0;
          int failed = 0;
          List<Long> toAc = new ArrayList<>();
          for (ProblemPackage pkg : problems) {
            Attempts a = attempts.get(pkg.id());
            if (a == null) {
              continue;
            }
            failed += a.failed();
            if (a.firstAccepted() == null) {
              attempted++;
              continue;
            }
            solved++;
            toAc.add(secondsToAc(a, pageSeconds.getOrDefault(pkg.id(), Map.of()), zone));
          }
          out.add(
              new PatternProgress(
                  pattern, problems.size(), solved, attempted, failed, median(toAc)));
        });
    return out;
  }

  private static long secondsToAc(Attempts a, Map<LocalDate, Long> perDay, ZoneId zone) {
    LocalDate acDay = LocalDate.ofInstant(a.firstAccepted(), zone);
    long page =
        perDay.entrySet().stream()
            .filter(e -> !e.getKey().isAfter(acDay))
            .mapToLong(Map.Entry::getValue)
            .sum();
    return page > 0
        ? page
        : Math.max(0, Duration.between(a.first(), a.firstAccepted()).toSeconds());
  }

  static long median(List<Long> values) {
    if (values.isEmpty()) {
      return -1;
    }
    List<Long> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static Instant instant(OffsetDateTime time) {
    return time == null ? null : time.toInstant();
  }
}
