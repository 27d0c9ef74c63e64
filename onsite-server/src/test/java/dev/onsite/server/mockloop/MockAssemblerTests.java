package dev.onsite.server.mockloop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onsite.catalog.Catalog;
import dev.onsite.catalog.company.Company;
import dev.onsite.catalog.company.Loop;
import dev.onsite.catalog.company.ReportKind;
import dev.onsite.catalog.company.ReportedQuestion;
import dev.onsite.catalog.company.Round;
import dev.onsite.catalog.practice.PracticeItem;
import dev.onsite.catalog.round.RoundType;
import dev.onsite.catalog.source.Origin;
import dev.onsite.catalog.source.Source;
import dev.onsite.server.TestProblems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Assembling a mock loop: one item per round, reported and unseen first, a reason otherwise. */
class MockAssemblerTests {

  private static final Source SOURCE = new Source("https://example.com/report", null);

  private static Round round(RoundType type, String label) {
    return new Round(type, label, null, null, null, SOURCE);
  }

  private static Loop loop(List<Round> rounds, List<ReportedQuestion> questions) {
    return new Loop(
        "test-loop",
        "Engineer",
        ReportKind.CANDIDATE_REPORT,
        null,
        null,
        rounds,
        questions,
        List.of(),
        SOURCE);
  }

  private static Catalog testCatalog() {
    return Catalog.load(
        TestProblems.CONTENT,
        List.of(
            new PracticeItem("sum", "problems/sum", "coding", "Sum", "easy", null, null, null),
            new PracticeItem(
                "counter", "problems/counter", "oop", "Counter", "easy", null, null, null)));
  }

  @Test
  void aLoopThatReportsNoRoundsCannotBeMockedAndSaysWhy() {
    try (Catalog catalog = testCatalog()) {
      Company acme = catalog.directory().byId("acme").orElseThrow();
      Loop questionsOnly =
          loop(
              List.of(),
              List.of(
                  new ReportedQuestion(
                      "Add numbers",
                      RoundType.CODING,
                      List.of("sum"),
                      SOURCE,
                      new Origin("acme.yaml", 1))));
      assertThatThrownBy(() -> Assembler.assemble(catalog, acme, questionsOnly, Set.of()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "the Acme AI loop 'test-loop' reports questions but no rounds; pick a loop whose"
                  + " rounds are listed on the company page");
    }
  }

  @Test
  void twoRoundsOfOneTypeGetTwoItemsAndSeenOnesComeLast() {
    try (Catalog catalog = testCatalog()) {
      Company acme = catalog.directory().byId("acme").orElseThrow();
      Loop twice =
          loop(
              List.of(round(RoundType.BEHAVIORAL, "First"), round(RoundType.BEHAVIORAL, "Second")),
              List.of());

      List<MockRound> fresh = Assembler.assemble(catalog, acme, twice, Set.of());
      assertThat(fresh)
          .extracting(MockRound::itemId)
          .containsExactly("teammate-conflict", "hardest-project");

      List<MockRound> seen = Assembler.assemble(catalog, acme, twice, Set.of("teammate-conflict"));
      assertThat(seen)
          .extracting(MockRound::itemId)
          .containsExactly("hardest-project", "ambiguous-goal");
      assertThat(seen.getFirst().minutes()).isEqualTo(45);
    }
  }

  @Test
  void aSystemDesignRoundTakesTheNearestDesignPromptAndSaysSo() {
    try (Catalog catalog = testCatalog()) {
      Company acme = catalog.directory().byId("acme").orElseThrow();
      MockRound design =
          Assembler.assemble(
                  catalog,
                  acme,
                  loop(List.of(round(RoundType.SYSTEM_DESIGN, null)), List.of()),
                  Set.of())
              .getFirst();
      assertThat(design.kind()).isEqualTo(ItemKind.PROMPT);
      assertThat(design.itemId()).isEqualTo("feature-store");
      assertThat(design.note())
          .isEqualTo(
              "no System design prompt is on this server; the nearest is this ML infrastructure"
                  + " design prompt");
      assertThat(design.rubric()).isNotEmpty();
    }
  }

  @Test
  void aRoundNothingTrainsIsSkippedWithTheReason() {
    try (Catalog catalog = testCatalog()) {
      Company acme = catalog.directory().byId("acme").orElseThrow();
      MockRound paper =
          Assembler.assemble(
                  catalog,
                  acme,
                  loop(List.of(round(RoundType.PAPER_READING, "Paper")), List.of()),
                  Set.of())
              .getFirst();
      assertThat(paper.skipped()).isTrue();
      assertThat(paper.note())
          .isEqualTo("skipped: no practice item on this server trains Paper reading yet (Paper)");
    }
  }

  /** The shipped problems as practice items: id, round and the title from problem.yaml. */
  private static List<PracticeItem> shippedProblems() throws IOException {
    List<PracticeItem> items = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(Path.of("../problems"))) {
      for (Path yaml :
          dirs.map(d -> d.resolve("problem.yaml")).filter(Files::isRegularFile).toList()) {
        String round =
            Files.readAllLines(yaml).stream()
                .map(String::strip)
                .filter(l -> l.startsWith("round:"))
                .map(l -> l.substring("round:".length()).strip())
                .findFirst()
                .orElse(null);
        String id = yaml.getParent().getFileName().toString();
        items.add(new PracticeItem(id, "problems/" + id, round, id, null, null, null, null));
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return items;
  }

  @Test
  void everyShippedLoopAssemblesEachRoundWithAnItemOrASkipReason() throws IOException {
    try (Catalog catalog = Catalog.load(Path.of("../content"), shippedProblems())) {
      assertThat(catalog.problems()).isEmpty();
      EnumSet<ItemKind> kinds = EnumSet.noneOf(ItemKind.class);
      int loops = 0;
      for (Company company : catalog.companies()) {
        for (Loop loop : company.loops()) {
          if (loop.rounds().isEmpty()) {
            continue;
          }
          loops++;
          Set<String> cards = new java.util.HashSet<>();
          for (MockRound r : Assembler.assemble(catalog, company, loop, Set.of())) {
            if (r.kind() == ItemKind.DECK) {
              for (MockRound.Point p : r.rubric()) {
                assertThat(cards.add(p.id()))
                    .as("card %s asked twice in %s/%s", p.id(), company.id(), loop.id())
                    .isTrue();
              }
            }
            kinds.add(r.kind());
            String where = company.id() + "/" + loop.id() + " round " + (r.position() + 1);
            assertThat(r.minutes()).as(where).isPositive();
            if (r.skipped()) {
              assertThat(r.note()).as(where).startsWith("skipped: ");
            } else {
              assertThat(r.itemId()).as(where).isNotBlank();
              assertThat(r.kind().judged() || !r.rubric().isEmpty()).as(where).isTrue();
            }
          }
        }
      }
      assertThat(loops).isGreaterThan(20);
      assertThat(kinds)
          .contains(
              ItemKind.PROBLEM,
              ItemKind.PROMPT,
              ItemKind.QUESTION,
              ItemKind.DECK,
              ItemKind.DEEP_DIVE,
              ItemKind.NONE);
    }
  }
}
