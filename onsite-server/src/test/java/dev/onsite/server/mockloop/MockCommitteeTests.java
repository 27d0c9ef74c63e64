package dev.onsite.server.mockloop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onsite.catalog.company.Decision;
import dev.onsite.catalog.design.RubricPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The committee's decision rules and the packet it writes. */
class MockCommitteeTests {

  private static final long ROUND = 45 * 60;
  private static final Decision CONSISTENCY = new Decision.Consistency();

  private static final List<RubricPoint> RUBRIC =
      List.of(
          new RubricPoint("specific", "Tells one specific story", 3),
          new RubricPoint("result", "Names the result", 2));

  private static Committee.Line line(String title, Rating rating) {
    Outcome outcome =
        switch (rating) {
          case STRONG_YES -> new Outcome.Judged("AC", 100, 10 * 60, ROUND);
          case YES -> new Outcome.Judged("AC", 100, 40 * 60, ROUND);
          case NO -> new Outcome.Judged("WA", 60, ROUND, ROUND);
          case STRONG_NO -> new Outcome.Judged(null, 0, ROUND, ROUND);
        };
    return new Committee.Line(title, outcome);
  }

  private static List<Committee.Line> loop(Rating... ratings) {
    List<Committee.Line> lines = new ArrayList<>();
    for (int i = 0; i < ratings.length; i++) {
      lines.add(line("R" + (i + 1), ratings[i]));
    }
    return lines;
  }

  @Test
  void consistencyRejectsThreeStrongYesesAndOneStrongNo() {
    Committee.Packet packet =
        Committee.decide(
            CONSISTENCY,
            loop(Rating.STRONG_YES, Rating.STRONG_YES, Rating.STRONG_YES, Rating.STRONG_NO));

    assertThat(packet.verdict()).isEqualTo(Committee.Verdict.NO_HIRE);
    assertThat(packet.summary())
        .isEqualTo("No hire: a strong no in R4 rejects the loop, however strong the rest.");
    assertThat(packet.carried()).hasSize(3);
    assertThat(packet.wouldChange())
        .containsExactly("a no in R4 (was strong no) would have made it a hire");
  }

  @Test
  void consistencyCarriesOneNoOnlyWithAStrongYes() {
    assertThat(Committee.decide(CONSISTENCY, loop(Rating.YES, Rating.NO, Rating.YES)).verdict())
        .isEqualTo(Committee.Verdict.NO_HIRE);
    assertThat(
            Committee.decide(CONSISTENCY, loop(Rating.STRONG_YES, Rating.NO, Rating.YES)).verdict())
        .isEqualTo(Committee.Verdict.HIRE);
  }

  @Test
  void consistencyRejectsTwoNoes() {
    Committee.Packet packet =
        Committee.decide(CONSISTENCY, loop(Rating.STRONG_YES, Rating.NO, Rating.NO));
    assertThat(packet.verdict()).isEqualTo(Committee.Verdict.NO_HIRE);
    assertThat(packet.summary()).contains("two or more rounds are a no (R2, R3)");
  }

  @Test
  void aHireSaysWhichSingleDropWouldHaveRejectedIt() {
    Committee.Packet packet = Committee.decide(CONSISTENCY, loop(Rating.YES, Rating.YES));
    assertThat(packet.verdict()).isEqualTo(Committee.Verdict.HIRE);
    assertThat(packet.wouldChange())
        .containsExactly(
            "a no in R1 (was yes) would have rejected the loop",
            "a no in R2 (was yes) would have rejected the loop");
  }

  @Test
  void allRoundsRejectsAnyRoundBelowTheBar() {
    Committee.Packet packet =
        Committee.decide(
            new Decision.AllRounds(), loop(Rating.STRONG_YES, Rating.STRONG_YES, Rating.NO));
    assertThat(packet.verdict()).isEqualTo(Committee.Verdict.NO_HIRE);
    assertThat(packet.summary()).contains("every round must clear the bar, and R3 did not");
    assertThat(Committee.decide(new Decision.AllRounds(), loop(Rating.YES, Rating.YES)).verdict())
        .isEqualTo(Committee.Verdict.HIRE);
  }

  @Test
  void atLeastTwoOfFourHiresDespiteAStrongNo() {
    Decision rule = new Decision.AtLeast(2, 4);
    assertThat(
            Committee.decide(rule, loop(Rating.YES, Rating.YES, Rating.STRONG_NO, Rating.STRONG_NO))
                .verdict())
        .isEqualTo(Committee.Verdict.HIRE);
    Committee.Packet one =
        Committee.decide(rule, loop(Rating.YES, Rating.NO, Rating.STRONG_NO, Rating.STRONG_NO));
    assertThat(one.verdict()).isEqualTo(Committee.Verdict.NO_HIRE);
    assertThat(one.summary()).contains("1 of 4 rounds cleared the bar; the rule asks for 2");
    assertThat(one.wouldChange())
        .containsExactly(
            "a yes in R2 (was no) would have made it a hire",
            "a yes in R3 (was strong no) would have made it a hire",
            "a yes in R4 (was strong no) would have made it a hire");
  }

  @Test
  void whenNoSingleRoundTurnsItThePacketSaysHowManyWould() {
    Committee.Packet packet =
        Committee.decide(
            new Decision.AtLeast(3, 0), loop(Rating.STRONG_NO, Rating.NO, Rating.STRONG_NO));
    assertThat(packet.wouldChange())
        .containsExactly("a yes in each of R2, R1, R3 would have made it a hire");
  }

  @Test
  void missingSignalsNameTheUnmetRubricPointsAndTheMustFirst() {
    Committee.Packet packet =
        Committee.decide(
            CONSISTENCY,
            List.of(
                line("Coding", Rating.STRONG_YES),
                new Committee.Line("Behavioral", new Outcome.SelfRated(RUBRIC, Set.of()))));
    assertThat(packet.verdict()).isEqualTo(Committee.Verdict.NO_HIRE);
    assertThat(packet.missing())
        .containsExactly(
            "Behavioral: Tells one specific story (a must)", "Behavioral: Names the result");
  }

  @Test
  void skippedRoundsDoNotCountAndAnUnfinishedRoundKeepsTheLoopOpen() {
    Committee.Packet skipped =
        Committee.decide(
            CONSISTENCY,
            List.of(
                new Committee.Line("Recruiter", new Outcome.Skipped("not scored")),
                line("Coding", Rating.YES)));
    assertThat(skipped.verdict()).isEqualTo(Committee.Verdict.HIRE);
    assertThat(skipped.rounds().getFirst().rating()).isNull();

    Committee.Packet open =
        Committee.decide(
            CONSISTENCY,
            List.of(
                line("Coding", Rating.YES),
                new Committee.Line("Design", new Outcome.Missing("not started", false))));
    assertThat(open.verdict()).isEqualTo(Committee.Verdict.IN_PROGRESS);
    assertThat(open.summary()).isEqualTo("In progress: Design still to do.");
  }

  @Test
  void aRoundLeftUnratedAfterItsTimeMakesTheLoopIncomplete() {
    Committee.Packet packet =
        Committee.decide(
            CONSISTENCY,
            List.of(
                line("Coding", Rating.STRONG_YES),
                new Committee.Line("Design", new Outcome.Missing("not rated in time", true))));
    assertThat(packet.verdict()).isEqualTo(Committee.Verdict.INCOMPLETE);
    assertThat(packet.summary())
        .isEqualTo("Incomplete: the time of Design passed without a result.");
  }

  @Test
  void aLoopWithOnlySkippedRoundsCannotBeDecided() {
    Committee.Packet packet =
        Committee.decide(
            CONSISTENCY, List.of(new Committee.Line("Recruiter", new Outcome.Skipped("x"))));
    assertThat(packet.verdict()).isEqualTo(Committee.Verdict.INCOMPLETE);
  }
}
