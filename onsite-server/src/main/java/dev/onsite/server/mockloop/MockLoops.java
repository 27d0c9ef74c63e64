package dev.onsite.server.mockloop;

import dev.onsite.catalog.Catalog;
import dev.onsite.catalog.company.Company;
import dev.onsite.catalog.company.Decision;
import dev.onsite.catalog.company.Feedback;
import dev.onsite.catalog.company.Loop;
import dev.onsite.catalog.design.RubricPoint;
import dev.onsite.server.company.Intelligence;
import dev.onsite.server.exam.Exam;
import dev.onsite.server.exam.Exams;
import dev.onsite.server.problem.Catalogue;
import dev.onsite.server.problem.CatalogueFilter;
import dev.onsite.server.problem.ProblemSummary;
import dev.onsite.server.submission.SubmissionView;
import dev.onsite.server.submission.Submissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * Mock loops: assemble one from a company's loop, run its rounds one after another under their
 * times, and let the committee decide. Everything is stored per account as it happens, so a loop
 * left midway is there after a restart; a round whose time passed is scored from what it has.
 */
@Service
class MockLoops {

  /** How long after a spoken round's end its self-rating is still taken. */
  static final Duration RATING_GRACE = Duration.ofMinutes(30);

  private final MockLoopRepository repository;
  private final Intelligence intelligence;
  private final Catalogue catalogue;
  private final Exams exams;
  private final Submissions submissions;
  private final Clock clock;

  MockLoops(
      MockLoopRepository repository,
      Intelligence intelligence,
      Catalogue catalogue,
      Exams exams,
      Submissions submissions,
      Clock clock) {
    this.repository = repository;
    this.intelligence = intelligence;
    this.catalogue = catalogue;
    this.exams = exams;
    this.submissions = submissions;
    this.clock = clock;
  }

  Instant now() {
    return clock.instant();
  }

  /**
   * Assemble and store a mock of one of a company's loops.
   *
   * @throws ResponseStatusException 404 for an unknown company or loop, 400 for a company or loop
   *     without rounds
   */
  MockLoop start(long accountId, String companyId, String loopId) {
    Catalog catalog = intelligence.catalog();
    Company company =
        catalog
            .directory()
            .byId(companyId == null ? "" : companyId)
            .orElseThrow(
                () ->
                    new ResponseStatusException(
                        HttpStatus.NOT_FOUND,
                        "no company '" + companyId + "'; the ids are listed at /api/companies"));
    if (company.loops().stream().allMatch(l -> l.rounds().isEmpty())) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST,
          company.name()
              + " has no loop data (no reported rounds), so there is no loop to mock; pick a"
              + " company whose page lists rounds");
    }
    Loop loop =
        company.loops().stream()
            .filter(l -> l.id().equals(loopId))
            .findFirst()
            .orElseThrow(
                () ->
                    new ResponseStatusException(
                        HttpStatus.NOT_FOUND,
                        company.name()
                            + " has no loop '"
                            + loopId
                            + "'; its loops are "
                            + company.loops().stream().map(Loop::id).toList()));
    List<MockRound> rounds;
    try {
      rounds = Assembler.assemble(catalog, company, loop, seen(accountId));
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
    }
    Decision rule = loop.decision() != null ? loop.decision() : new Decision.Consistency();
    String ruleSource = loop.decision() != null ? loop.source().url() : null;
    long id =
        repository.insert(
            new MockLoop(
                0,
                accountId,
                company.id(),
                company.name(),
                loop.id(),
                loop.role(),
                rule,
                ruleSource,
                now(),
                rounds));
    return repository.byId(id).orElseThrow();
  }

  /** What the person has practised (any status but new) and met in earlier mock loops. */
  private Set<String> seen(long accountId) {
    Set<String> seen = new HashSet<>(repository.itemsMet(accountId));
    catalogue.summaries(accountId, CatalogueFilter.ALL).stream()
        .filter(s -> !"new".equals(s.status()))
        .map(ProblemSummary::id)
        .forEach(seen::add);
    return seen;
  }

  List<MockLoop> list(long accountId) {
    return repository.byAccount(accountId);
  }

  /**
   * The account's mock loop.
   *
   * @throws ResponseStatusException 404 when there is none with that id, also when it is someone
   *     else's
   */
  MockLoop require(long accountId, long id) {
    return repository
        .byId(id)
        .filter(m -> m.accountId() == accountId)
        .orElseThrow(
            () ->
                new ResponseStatusException(
                    HttpStatus.NOT_FOUND, "no mock loop " + id + "; your loops are at /mock"));
  }

  /**
   * Start round {@code number} (1-based): its clock, and for a problem an exam of the round's
   * length.
   *
   * @throws ResponseStatusException 404 for an unknown round, 409 for a skipped round or one that
   *     is not next
   */
  MockLoop startRound(long accountId, long id, int number) {
    MockLoop loop = require(accountId, id);
    MockRound round = round(loop, number);
    if (round.started()) {
      return loop;
    }
    if (round.skipped()) {
      throw new ResponseStatusException(
          HttpStatus.CONFLICT,
          "round " + number + " (" + round.title() + ") is not run: " + round.note());
    }
    Instant now = now();
    MockRound next = loop.current(now).orElse(round);
    if (next.position() != round.position()) {
      throw new ResponseStatusException(
          HttpStatus.CONFLICT,
          "round "
              + number
              + " is not next; finish round "
              + (next.position() + 1)
              + " ("
              + next.title()
              + ") first");
    }
    Instant deadline = now.plus(Duration.ofMinutes(round.minutes()));
    if (round.kind() == ItemKind.PROBLEM) {
      Exam exam =
          exams.startTimed(
              accountId,
              catalogue
                  .find(round.itemId())
                  .orElseThrow(
                      () ->
                          new ResponseStatusException(
                              HttpStatus.CONFLICT,
                              "problem '" + round.itemId() + "' is no longer on this server")),
              round.minutes(),
              round.feedback() == Feedback.NONE);
      // The round's window is the exam's, so that results held back during the exam are shown by
      // the time the round counts as over.
      now = exam.startedAt();
      deadline = exam.deadline();
    }
    repository.start(id, round.position(), now, deadline);
    return require(accountId, id);
  }

  /**
   * End round {@code number} before its time; a spoken round then shows its rubric's details.
   *
   * @throws ResponseStatusException 404 for an unknown round, 409 when it has not started
   */
  MockLoop finishRound(long accountId, long id, int number) {
    MockLoop loop = require(accountId, id);
    MockRound round = startedRound(loop, number);
    if (round.finishedAt() == null) {
      // The exam ends first: a round without feedback shows its results once it is over.
      if (round.kind() == ItemKind.PROBLEM) {
        exams.end(accountId, round.itemId());
      }
      repository.finish(id, round.position(), now(), round.met());
    }
    return require(accountId, id);
  }

  /**
   * Rate a spoken round: the rubric points the person showed. Ends the round if it still runs.
   *
   * @throws ResponseStatusException 400 for a judged round or an unknown point, 409 when it has not
   *     started, was rated already or its rating time passed
   */
  MockLoop rate(long accountId, long id, int number, List<String> met) {
    MockLoop loop = require(accountId, id);
    MockRound round = startedRound(loop, number);
    if (!round.kind().selfRated()) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST,
          "round " + number + " (" + round.title() + ") is graded by the judge, not rated");
    }
    Set<String> ids = round.rubric().stream().map(MockRound.Point::id).collect(Collectors.toSet());
    List<String> given = met == null ? List.of() : met;
    for (String point : given) {
      if (!ids.contains(point)) {
        throw new ResponseStatusException(
            HttpStatus.BAD_REQUEST,
            "round " + number + " has no rubric point '" + point + "'; its points are " + ids);
      }
    }
    if (round.met() != null) {
      throw new ResponseStatusException(
          HttpStatus.CONFLICT, "round " + number + " is rated already");
    }
    Instant now = now();
    if (now.isAfter(round.windowEnd().plus(RATING_GRACE))) {
      throw new ResponseStatusException(
          HttpStatus.CONFLICT,
          "round "
              + number
              + " ended at "
              + round.windowEnd()
              + " and rating closes "
              + RATING_GRACE.toMinutes()
              + " min after; it counts as incomplete");
    }
    repository.finish(id, round.position(), now, Set.copyOf(given));
    return require(accountId, id);
  }

  private static MockRound round(MockLoop loop, int number) {
    if (number < 1 || number > loop.rounds().size()) {
      throw new ResponseStatusException(
          HttpStatus.NOT_FOUND,
          "mock loop "
              + loop.id()
              + " has no round "
              + number
              + "; its rounds are 1 to "
              + loop.rounds().size());
    }
    return loop.rounds().get(number - 1);
  }

  private static MockRound startedRound(MockLoop loop, int number) {
    MockRound round = round(loop, number);
    if (!round.started()) {
      throw new ResponseStatusException(
          HttpStatus.CONFLICT, "round " + number + " has not started; start it first");
    }
    return round;
  }

  /** What round {@code round} produced by {@code now}. */
  Outcome outcome(MockLoop loop, MockRound round, Instant now) {
    if (round.skipped()) {
      return new Outcome.Skipped(round.note());
    }
    if (!round.started()) {
      return new Outcome.Missing("not started", false);
    }
    if (round.kind().judged()) {
      if (!round.over(now)) {
        return new Outcome.Missing("running", false);
      }
      return round.kind() == ItemKind.PROBLEM
          ? judged(loop.accountId(), round)
          : shelved(loop.accountId(), round);
    }
    if (round.met() != null) {
      List<RubricPoint> rubric =
          round.rubric().stream().map(p -> new RubricPoint(p.id(), p.text(), p.weight())).toList();
      return new Outcome.SelfRated(rubric, round.met());
    }
    if (round.over(now) && now.isAfter(round.windowEnd().plus(RATING_GRACE))) {
      return new Outcome.Missing(
          "not rated within " + RATING_GRACE.toMinutes() + " min of its end", true);
    }
    return new Outcome.Missing(round.over(now) ? "ended, not rated yet" : "running", false);
  }

  /** The best submission inside the round's window: the first accepted, else the best score. */
  private Outcome judged(long accountId, MockRound round) {
    Instant from = round.startedAt();
    Instant to = round.windowEnd();
    List<SubmissionView> inWindow =
        submissions.history(accountId, round.itemId()).stream()
            .filter(s -> "submit".equals(s.mode()))
            .filter(s -> !s.createdAt().isBefore(from) && !s.createdAt().isAfter(to))
            .toList();
    if (inWindow.stream().anyMatch(s -> !"done".equals(s.status()))) {
      return new Outcome.Missing("judging the round's last submissions", false);
    }
    long allowed = round.minutes() * 60L;
    Optional<SubmissionView> accepted =
        inWindow.stream()
            .filter(SubmissionView::accepted)
            .min(Comparator.comparing(SubmissionView::createdAt));
    if (accepted.isPresent()) {
      return new Outcome.Judged(
          "AC", 100, seconds(from, accepted.get().createdAt(), allowed), allowed);
    }
    Optional<SubmissionView> best =
        inWindow.stream().max(Comparator.comparingDouble(s -> s.score() == null ? 0 : s.score()));
    return new Outcome.Judged(
        best.map(SubmissionView::verdict).orElse(null),
        best.map(s -> s.score() == null ? 0.0 : s.score()).orElse(0.0),
        seconds(from, to, allowed),
        allowed);
  }

  /** A code review (or another judged shelf item) counts when it is passed by the round's end. */
  private Outcome shelved(long accountId, MockRound round) {
    long allowed = round.minutes() * 60L;
    boolean solved =
        catalogue.summaries(accountId, CatalogueFilter.ALL).stream()
            .anyMatch(s -> s.id().equals(round.itemId()) && "solved".equals(s.status()));
    long used = seconds(round.startedAt(), round.windowEnd(), allowed);
    return solved
        ? new Outcome.Judged("AC", 100, used, allowed)
        : new Outcome.Judged(null, 0, used, allowed);
  }

  private static long seconds(Instant from, Instant to, long allowed) {
    return Math.min(allowed, Math.max(0, Duration.between(from, to).toSeconds()));
  }

  /** How the packet names a round: {@code round 2 (Behavioral)}. */
  static String label(MockRound round) {
    return "round " + (round.position() + 1) + " (" + round.title() + ")";
  }

  /** The committee's packet on the loop as it stands at {@code now}. */
  Committee.Packet packet(MockLoop loop, Instant now) {
    List<Committee.Line> lines = new ArrayList<>();
    for (MockRound round : loop.rounds()) {
      lines.add(new Committee.Line(label(round), outcome(loop, round, now)));
    }
    return Committee.decide(loop.rule(), lines);
  }
}
