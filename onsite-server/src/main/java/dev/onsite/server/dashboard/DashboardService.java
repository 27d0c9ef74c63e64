package dev.onsite.server.dashboard;

import dev.onsite.catalog.round.RoundType;
import dev.onsite.judge.problem.ProblemPackage;
import dev.onsite.server.problem.ProblemLibrary;
import dev.onsite.server.problem.ProblemStatus;
import dev.onsite.server.submission.Submissions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Compute dashboards, and count time spent on problem pages. */
@Service
class DashboardService {

  /** Seconds one heartbeat of an open problem page counts for. */
  static final int HEARTBEAT_SECONDS = 30;

  /** How far back a streak is looked for. */
  static final int STREAK_DAYS = 366;

  private final Submissions submissions;
  private final ProblemLibrary library;
  private final PracticeTime time;
  private final Clock clock;
  private final JdbcClient jdbc;
  private final Map<String, Instant> lastBeat = new java.util.concurrent.ConcurrentHashMap<>();

  DashboardService(
      Submissions submissions,
      ProblemLibrary library,
      PracticeTime time,
      Clock clock,
      JdbcClient jdbc) {
    this.submissions = submissions;
    this.library = library;
    this.time = time;
    this.clock = clock;
    this.jdbc = jdbc;
  }

  /**
   * Count a heartbeat from an open problem page; beats closer together than most of {@link
   * #HEARTBEAT_SECONDS} (a page open twice) count once.
   *
   * @return whether it counted
   */
  boolean heartbeat(long accountId, String problemId) {
    if (library.find(problemId).isEmpty()) {
      return false;
    }
    Instant now = clock.instant();
    String key = accountId + "/" + problemId;
    Instant previous = lastBeat.get(key);
    if (previous != null && previous.plusSeconds(HEARTBEAT_SECONDS * 2L / 3).isAfter(now)) {
      return false;
    }
    lastBeat.put(key, now);
    time.add(accountId, problemId, LocalDate.ofInstant(now, zone()), HEARTBEAT_SECONDS);
    return true;
  }

  Dashboard dashboard(long accountId, boolean admin) {
    Map<String, ProblemStatus> statuses = submissions.statuses(accountId);
    List<ProblemPackage> problems = library.all();
    Map<String, int[]> perRound = new LinkedHashMap<>();
    for (String round : RoundType.ids()) {
      perRound.put(round, new int[3]);
    }
    int solved = 0;
    int attempted = 0;
    for (ProblemPackage p : problems) {
      int[] counts = perRound.computeIfAbsent(p.metadata().round(), r -> new int[3]);
      ProblemStatus status = statuses.getOrDefault(p.id(), ProblemStatus.NEW);
      counts[2]++;
      if (status == ProblemStatus.SOLVED) {
        counts[0]++;
        solved++;
      } else if (status == ProblemStatus.ATTEMPTED) {
        counts[1]++;
        attempted++;
      }
    }
    List<Dashboard.RoundProgress> rounds = new ArrayList<>();
    perRound.forEach(
        (round, c) -> {
          if (c[2] > 0) {
            rounds.add(
                new Dashboard.RoundProgress(
                    round,
                    RoundType.byId(round).map(RoundType::label).orElse(round),
                    c[0],
                    c[1],
                    c[2]));
          }
        });

    ZoneId zone = zone();
    LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
    LocalDate since = today.minusDays(STREAK_DAYS);
    Map<LocalDate, Integer> submitted = new HashMap<>();
    for (Instant at :
        submissions.submissionTimes(accountId, since.atStartOfDay(zone).toInstant())) {
      submitted.merge(LocalDate.ofInstant(at, zone), 1, Integer::sum);
    }
    Map<LocalDate, Integer> seconds = time.perDay(accountId, since);
    Set<LocalDate> active = new TreeSet<>(submitted.keySet());
    active.addAll(seconds.keySet());

    List<Dashboard.Day> days = new ArrayList<>();
    for (int i = 27; i >= 0; i--) {
      LocalDate day = today.minusDays(i);
      days.add(
          new Dashboard.Day(day, submitted.getOrDefault(day, 0), seconds.getOrDefault(day, 0)));
    }
    long week =
        seconds.entrySet().stream()
            .filter(e -> e.getKey().isAfter(today.minusDays(7)))
            .mapToLong(Map.Entry::getValue)
            .sum();
    Dashboard.Queue queue = null;
    if (admin) {
      Submissions.QueueState state = submissions.queueState();
      queue = new Dashboard.Queue(state.queued(), state.running(), state.workers());
    }
    return new Dashboard(
        solved,
        attempted,
        problems.size(),
        rounds,
        submissions.recent(accountId, 10),
        streak(active, today),
        days,
        time.total(accountId),
        week,
        queue,
        PatternProgress.read(jdbc, accountId, problems, zone));
  }

  /** Days in a row with activity, ending today, or yesterday when today has none yet. */
  static int streak(Set<LocalDate> active, LocalDate today) {
    LocalDate day = active.contains(today) ? today : today.minusDays(1);
    int streak = 0;
    while (active.contains(day)) {
      streak++;
      day = day.minusDays(1);
    }
    return streak;
  }

  private ZoneId zone() {
    return clock.getZone();
  }
}
