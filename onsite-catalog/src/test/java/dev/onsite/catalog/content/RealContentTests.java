package dev.onsite.catalog.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onsite.catalog.Catalog;
import dev.onsite.catalog.RealContent;
import dev.onsite.catalog.company.Company;
import dev.onsite.catalog.company.CompanyMatch;
import dev.onsite.catalog.company.Loop;
import dev.onsite.catalog.company.Policy;
import dev.onsite.catalog.company.ReportedQuestion;
import dev.onsite.catalog.company.Round;
import dev.onsite.catalog.insight.Insight;
import dev.onsite.catalog.insight.InsightFact;
import dev.onsite.catalog.round.RoundType;
import dev.onsite.catalog.source.Fact;
import dev.onsite.catalog.source.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The shipped {@code content/} directory: complete, sourced, and faithful to disagreements. */
class RealContentTests {

  /**
   * Every company the seed documents name; keep in step with ../shared/seeds when seeds are added.
   */
  static final List<String> COMPANIES_IN_SEEDS =
      List.of(
          "OpenAI",
          "Anthropic",
          "xAI",
          "Google DeepMind",
          "Google",
          "Meta",
          "Amazon",
          "Microsoft",
          "NVIDIA",
          "Scale AI",
          "IBM",
          "Etsy",
          "Roku",
          "Palantir",
          "Perplexity",
          "Netflix",
          "Snap",
          "Pinterest",
          "LinkedIn",
          "Databricks",
          "Roblox",
          "DoorDash",
          "Reddit",
          "Notion",
          "Quora",
          "Eightfold.ai",
          "LangChain",
          "BCG X",
          "Doctolib",
          "XBOW",
          "PostHog",
          "FlowFuse",
          "Phare Health",
          "P-1 AI",
          "Monarch Money",
          "Lorikeet",
          "Infinity Constellation",
          "Watershed",
          "Roboflow",
          "The College Board",
          // Named in the seeds beyond the issue's list:
          "Figma",
          "Apple",
          "Cursor",
          "Codium",
          "Hebbia",
          "Modal",
          "Fireworks",
          "Together",
          "Pinecone",
          "Braintrust");

  /**
   * The practice items in the repository (problems/, reviews/ and workspaces/, each a directory
   * with its package file): content may link only to these, as {@code ./onsite check} insists.
   */
  static Set<String> practiceIds() {
    Set<String> ids = new java.util.TreeSet<>();
    for (String[] kind :
        new String[][] {
          {"problems", "problem.yaml"}, {"reviews", "review.yaml"}, {"workspaces", "workspace.yaml"}
        }) {
      java.nio.file.Path dir = java.nio.file.Path.of("..", kind[0]);
      if (!java.nio.file.Files.isDirectory(dir)) {
        continue;
      }
      try (var entries = java.nio.file.Files.list(dir)) {
        entries
            .filter(d -> java.nio.file.Files.isRegularFile(d.resolve(kind[1])))
            .forEach(d -> ids.add(d.getFileName().toString()));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return ids;
  }

  private final Catalog catalog = RealContent.catalog();

  @Test
  void everyFileLoadsWithoutProblems() {
    assertThat(catalog.problems()).isEmpty();
  }

  @Test
  void everyCompanyNamedInTheSeedsIsPresent() {
    for (String name : COMPANIES_IN_SEEDS) {
      assertThat(catalog.findCompany(name))
          .as(name)
          .isInstanceOfSatisfying(
              CompanyMatch.Found.class,
              found -> assertThat(found.company().name()).isEqualTo(name));
    }
    assertThat(catalog.companies()).hasSizeGreaterThanOrEqualTo(40);
  }

  @Test
  void everyFactHasAnHttpSource() {
    List<Source> sources = new ArrayList<>();
    for (Company c : catalog.companies()) {
      assertThat(c.sources()).as(c.id() + " cites something").isNotEmpty();
      for (Loop loop : c.loops()) {
        sources.add(loop.source());
        loop.rounds().stream().map(Round::source).forEach(sources::add);
        loop.questions().stream().map(ReportedQuestion::source).forEach(sources::add);
        loop.notes().stream().map(Fact::source).forEach(sources::add);
      }
      c.policies().stream().map(Policy::source).forEach(sources::add);
      c.insights().stream().map(Fact::source).forEach(sources::add);
    }
    for (Insight insight : catalog.insights()) {
      insight.facts().stream().map(InsightFact::source).forEach(sources::add);
      if (!insight.groups().isEmpty()) {
        sources.add(insight.source());
      }
    }
    assertThat(sources)
        .hasSizeGreaterThan(500)
        .allSatisfy(source -> assertThat(source.url()).startsWith("https://"));
  }

  @Test
  void disagreeingReportsOfOneLoopAreKeptApartWithTheirOwnSources() {
    Company openai = company("openai");
    Loop shortLoop = loop(openai, "swe-refactoring-loop");
    Loop sixRounds = loop(openai, "fullstack-six-rounds");
    assertThat(shortLoop.rounds())
        .extracting(Round::type)
        .contains(RoundType.REFACTORING)
        .doesNotContain(RoundType.DATA_CODING);
    assertThat(sixRounds.rounds())
        .hasSize(6)
        .extracting(Round::type)
        .doesNotContain(RoundType.REFACTORING);
    assertThat(shortLoop.source()).isNotEqualTo(sixRounds.source());

    Company anthropic = company("anthropic");
    assertThat(loop(anthropic, "ml-jaiswal-2024").source().url()).contains("mimansajaiswal");
    assertThat(loop(anthropic, "swe-linkjob").source().url()).contains("linkjob");

    Company nvidia = company("nvidia");
    assertThat(loop(nvidia, "mle-seven-rounds").notes())
        .anySatisfy(n -> assertThat(n.text()).contains("Seven rounds"));
    assertThat(loop(nvidia, "mle-eight-panels").notes())
        .anySatisfy(n -> assertThat(n.text()).contains("Eight panel rounds"));
  }

  @Test
  void behavioralBankHoldsSeventyNineQuestionsInTenSignals() {
    Insight bank =
        catalog.insights().stream()
            .filter(i -> i.id().equals("behavioral-questions"))
            .findFirst()
            .orElseThrow();

    assertThat(bank.groups()).hasSize(10);
    assertThat(bank.questionCount()).isEqualTo(79);
    assertThat(bank.groups().stream().flatMap(g -> g.questions().stream()).distinct()).hasSize(79);
  }

  @Test
  void crossCompanyInsightsCoverTheTopicsTheIssueAsksFor() {
    assertThat(catalog.insights())
        .extracting(Insight::id)
        .contains(
            "process-steps",
            "common-rounds",
            "company-types",
            "emerging-formats",
            "behavioral-questions");
    InsightFact median =
        catalog.insights().stream()
            .filter(i -> i.id().equals("process-steps"))
            .flatMap(i -> i.facts().stream())
            .filter(f -> f.figures().containsKey("median_steps"))
            .findFirst()
            .orElseThrow();
    assertThat(median.figures())
        .containsEntry("median_steps", 4.0)
        .containsEntry("typical_min_steps", 3.0);
    assertThat(catalog.insights().stream().flatMap(i -> i.facts().stream()).map(InsightFact::round))
        .contains(RoundType.CODE_REVIEW, RoundType.AI_ASSISTED);
  }

  @Test
  void everyPracticeLinkNamesAPlannedPracticeItem() {
    Set<String> ids = practiceIds();
    assertThat(ids).contains("in-memory-database", "lru-cache-bugs");
    assertThat(catalog.unresolvedLinks(ids)).isEmpty();
    long linked =
        catalog.companies().stream()
            .flatMap(c -> c.loops().stream())
            .flatMap(l -> l.questions().stream())
            .filter(q -> !q.practice().isEmpty())
            .count();
    assertThat(linked).isGreaterThanOrEqualTo(15);
  }

  @Test
  void everyRoundIdInTheContractIsUsedSomewhere() {
    Stream<RoundType> used =
        Stream.concat(
            catalog.companies().stream()
                .flatMap(c -> c.loops().stream())
                .flatMap(
                    l ->
                        Stream.concat(
                            l.rounds().stream().map(Round::type),
                            l.questions().stream().map(ReportedQuestion::round))),
            catalog.insights().stream().flatMap(i -> i.facts().stream()).map(InsightFact::round));
    assertThat(used.filter(r -> r != null).distinct())
        .containsExactlyInAnyOrder(RoundType.values());
  }

  private Company company(String id) {
    return catalog.directory().byId(id).orElseThrow();
  }

  private static Loop loop(Company company, String id) {
    return company.loops().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
  }
}
