package dev.onsite.server.mockloop;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A mock loop as the API and the pages show it.
 *
 * @param rule the committee's rule, as company files write it
 * @param ruleSource the URL that reports the rule, or null for Onsite's default
 * @param current the number (1-based) of the round to run next, or null when none is left
 * @param packet the committee's packet on the loop as it stands
 */
record MockLoopView(
    long id,
    String company,
    String companyName,
    String loop,
    String role,
    String rule,
    String ruleSource,
    Instant createdAt,
    Integer current,
    List<RoundView> rounds,
    Committee.Packet packet) {

  /**
   * One round.
   *
   * @param number 1-based
   * @param kind problem, shelf, prompt, question, deck, deep-dive or none
   * @param feedback {@code none} for a problem round that shows no test results until it ends, else
   *     {@code tests}
   * @param state skipped, not-started, running, ended (a spoken round to rate), done
   * @param remainingSeconds seconds left while it runs, else 0
   * @param rubric the points to rate; their details only once the round is over
   * @param met the points the person met, or null until rated
   * @param rating the round's rating once it has one, else null
   * @param why the rating's reason, the skip reason or what is missing
   */
  record RoundView(
      int number,
      String type,
      String typeLabel,
      String title,
      int minutes,
      String kind,
      boolean judged,
      String itemId,
      String itemTitle,
      String itemUrl,
      String itemText,
      String note,
      String feedback,
      String state,
      Instant startedAt,
      Instant deadline,
      long remainingSeconds,
      List<MockRound.Point> rubric,
      Set<String> met,
      String rating,
      String ratingLabel,
      String why) {}

  static MockLoopView of(MockLoop loop, Committee.Packet packet, Instant now) {
    List<RoundView> rounds = new ArrayList<>();
    for (MockRound r : loop.rounds()) {
      Committee.RatedRound rated = packet.rounds().get(r.position());
      boolean over = r.over(now);
      String state =
          r.skipped()
              ? "skipped"
              : !r.started()
                  ? "not-started"
                  : !over ? "running" : r.kind().selfRated() && r.met() == null ? "ended" : "done";
      List<MockRound.Point> rubric =
          over
              ? r.rubric()
              : r.rubric().stream()
                  .map(p -> new MockRound.Point(p.id(), p.text(), p.weight(), null))
                  .toList();
      rounds.add(
          new RoundView(
              r.position() + 1,
              r.type().id(),
              r.type().label(),
              r.title(),
              r.minutes(),
              r.kind().id(),
              r.kind().judged(),
              r.itemId(),
              r.itemTitle(),
              r.itemUrl(),
              r.itemText(),
              r.note(),
              r.feedback().id(),
              state,
              r.startedAt(),
              r.deadline(),
              r.started() && !over
                  ? Math.max(0, Duration.between(now, r.deadline()).toSeconds())
                  : 0,
              rubric,
              r.met(),
              rated.rating() == null ? null : rated.rating().id(),
              rated.rating() == null ? null : rated.rating().label(),
              rated.why()));
    }
    return new MockLoopView(
        loop.id(),
        loop.companyId(),
        loop.companyName(),
        loop.loopId(),
        loop.role(),
        loop.rule().id(),
        loop.ruleSource(),
        loop.createdAt(),
        loop.current(now).map(r -> r.position() + 1).orElse(null),
        rounds,
        packet);
  }
}
