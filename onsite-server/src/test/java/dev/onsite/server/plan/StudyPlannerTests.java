package dev.onsite.server.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onsite.server.progress.Attempt;
import dev.onsite.server.progress.ProgressReport;
import dev.onsite.server.progress.Progression;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each rule of laying out a plan, on hand-made rounds, items and attempts. */
class StudyPlannerTests {

  private static final LocalDate TODAY = LocalDate.parse("2026-12-07");
  private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");

  private final List<StudyPlanner.TargetRound> targets = new ArrayList<>();
  private final List<StudyPlanner.Candidate> candidates = new ArrayList<>();
  private final List<Attempt> attempts = new ArrayList<>();

  private void item(String round, String id, String area, String reportedAt) {
    candidates.add(
        new StudyPlanner.Candidate(
            round, id, "Title of " + id, "/problems/" + id, List.of(area), reportedAt));
  }

  private void attempt(String id, String round, String area, boolean passed) {
    attempts.add(new Attempt("problem", id, round, List.of(area), NOW, true, passed, null));
  }

  private StudyPlan plan(int days, int minutes) {
    ProgressReport report = Progression.report(attempts, NOW, ZoneOffset.UTC);
    return StudyPlanner.plan(
        new StudyPlanner.Inputs(
            List.of("acme"),
            List.of("Acme AI"),
            targets,
            candidates,
            attempts,
            report,
            TODAY,
            TODAY.plusDays(days),
            minutes));
  }

  @Test
  void roundsShareTheTimeByTheirCountAndTheWeakerRoundGetsMore() {
    targets.add(new StudyPlanner.TargetRound("coding", 2, 45));
    targets.add(new StudyPlanner.TargetRound("ml-design", 1, 60));

    assertThat(plan(30, 90).weights())
        .extracting(StudyPlan.Weight::round, StudyPlan.Weight::percent)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("coding", 67),
            org.assertj.core.groups.Tuple.tuple("ml-design", 33));

    attempt("a", "coding", "pattern:heap", false);
    attempt("a", "coding", "pattern:heap", false); // coding strength (0+1)/(2+2) = 25: factor 1.25

    StudyPlan after = plan(30, 90);
    assertThat(after.weights().getFirst().strength()).isEqualTo(25);
    assertThat(after.weights())
        .extracting(StudyPlan.Weight::percent)
        .containsExactly(71, 29); // 2 x 1.25 against 1 x 1.0
  }

  @Test
  void overManyDaysEachRoundGetsItsShareOfTheMinutes() {
    targets.add(new StudyPlanner.TargetRound("coding", 2, 45));
    targets.add(new StudyPlanner.TargetRound("ml-design", 1, 45));

    Map<String, Integer> minutes = new HashMap<>();
    plan(30, 90).days().stream()
        .flatMap(d -> d.tasks().stream())
        .forEach(t -> minutes.merge(t.round(), t.minutes(), Integer::sum));

    double coding = minutes.get("coding");
    double design = minutes.get("ml-design");
    assertThat(coding / (coding + design)).isBetween(0.62, 0.71);
  }

  @Test
  void itemsComeRetryFirstThenReportedThenWeakThenNewAndPassedLast() {
    targets.add(new StudyPlanner.TargetRound("coding", 1, 30));
    item("coding", "passed-one", "pattern:greedy", null);
    item("coding", "plain", "pattern:greedy", null);
    item("coding", "weak-one", "pattern:heap", null);
    item("coding", "reported", "pattern:greedy", "Acme AI");
    item("coding", "failed", "pattern:trie", null);
    attempt("passed-one", "coding", "pattern:greedy", true);
    attempt("failed", "coding", "pattern:trie", false);
    attempt("other", "coding", "pattern:heap", false);
    attempt("other", "coding", "pattern:heap", false);

    List<StudyPlan.Task> tasks =
        plan(20, 30).days().stream().limit(6).map(d -> d.tasks().getFirst()).toList();

    assertThat(tasks)
        .extracting(StudyPlan.Task::itemId)
        .containsExactly("failed", "reported", "weak-one", "plain", "passed-one", "failed");
    assertThat(tasks)
        .extracting(StudyPlan.Task::reason)
        .containsExactly(
            "retry: tried and not passed yet",
            "reported at Acme AI",
            "drills pattern:heap, one of your weakest areas",
            "new to you",
            "revisit: passed before",
            "again: retry: tried and not passed yet");
  }

  @Test
  void theLastDayIsLightAndTheTwoBeforeItAreMockLoops() {
    targets.add(new StudyPlanner.TargetRound("coding", 1, 45));
    item("coding", "a", "pattern:heap", null);

    List<StudyPlan.Day> days = plan(6, 90).days();

    assertThat(days).hasSize(6);
    assertThat(days.getFirst().date()).isEqualTo(TODAY);
    assertThat(days.get(0).tasks()).extracting(StudyPlan.Task::round).containsOnly("coding");
    assertThat(days.get(3).tasks())
        .extracting(StudyPlan.Task::title)
        .containsExactly("Mock loop: Acme AI");
    assertThat(days.get(4).tasks())
        .extracting(StudyPlan.Task::title)
        .containsExactly("Mock loop: Acme AI");
    assertThat(days.get(5).tasks())
        .extracting(StudyPlan.Task::url)
        .containsExactly("/cards", "/stories");
  }

  @Test
  void aDayIsFilledUpToItsMinutesInSittingsOfTwentyToSixtyMinutes() {
    targets.add(new StudyPlanner.TargetRound("coding", 1, 45));
    targets.add(new StudyPlanner.TargetRound("ml-design", 1, 90));
    targets.add(new StudyPlanner.TargetRound("behavioral", 1, 0));

    StudyPlan.Day first = plan(30, 120).days().getFirst();

    assertThat(first.minutes()).isLessThanOrEqualTo(120).isGreaterThan(120 - StudyPlanner.MIN_TASK);
    assertThat(first.tasks())
        .allSatisfy(t -> assertThat(t.minutes()).isBetween(StudyPlanner.MIN_TASK, 60));
    assertThat(first.tasks()).extracting(StudyPlan.Task::round).doesNotHaveDuplicates();
    // No item trains these rounds here: the task says so and points at the company's reports.
    assertThat(first.tasks().getFirst().url()).isEqualTo("/companies/acme");
  }

  @Test
  void aPlanStopsAtNinetyDaysAndHasNoDaysWhenTheInterviewIsToday() {
    targets.add(new StudyPlanner.TargetRound("coding", 1, 45));

    assertThat(plan(400, 60).days()).hasSize(StudyPlanner.MAX_DAYS);
    assertThat(plan(0, 60).days()).isEmpty();
    assertThat(plan(0, 60).today()).isEmpty();
  }
}
