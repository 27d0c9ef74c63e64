package dev.onsite.catalog.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onsite.catalog.Catalog;
import dev.onsite.catalog.Spoken;
import dev.onsite.catalog.design.DesignPrompt;
import dev.onsite.catalog.design.DesignSection;
import dev.onsite.catalog.round.RoundType;
import dev.onsite.catalog.search.HitType;
import dev.onsite.catalog.search.SearchHit;
import dev.onsite.catalog.search.SearchRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpokenLoaderTests {

  private static final Path FIXTURE = Path.of("src/test/resources/spoken");

  @TempDir Path content;

  @BeforeEach
  void copyFixture() throws IOException {
    try (Stream<Path> files = Files.walk(FIXTURE)) {
      for (Path from : files.toList()) {
        Path to = content.resolve(FIXTURE.relativize(from).toString());
        if (Files.isDirectory(from)) {
          Files.createDirectories(to);
        } else {
          Files.copy(from, to);
        }
      }
    }
    Files.createDirectories(content.resolve("insights"));
  }

  private SpokenContent load() {
    return SpokenLoader.load(content, Set.of("acme"));
  }

  private void edit(String file, String from, String to) throws IOException {
    Path path = content.resolve(file);
    String text = Files.readString(path);
    assertThat(text).contains(from);
    Files.writeString(path, text.replace(from, to));
  }

  private static String onlyProblem(SpokenContent loaded) {
    assertThat(loaded.problems()).hasSize(1);
    return loaded.problems().getFirst().toString();
  }

  @Test
  void everyKindLoadsFromTheFixture() {
    SpokenContent loaded = load();

    assertThat(loaded.problems()).isEmpty();
    DesignPrompt prompt = loaded.prompts().getFirst();
    assertThat(prompt.round()).isEqualTo(RoundType.ML_INFRA_DESIGN);
    assertThat(prompt.minutes()).isEqualTo(45);
    assertThat(prompt.totalWeight()).isEqualTo(6);
    assertThat(prompt.sections().get(DesignSection.DETAILS)).contains("Point-in-time joins");
    assertThat(loaded.bank().signals()).hasSize(2);
    assertThat(loaded.bank().questions())
        .extracting(q -> q.id())
        .containsExactly("hardest-project", "teammate-conflict", "ambiguous-goal");
    assertThat(loaded.bank().question("teammate-conflict").orElseThrow().primarySignal())
        .isEqualTo("conflict-resolution");
    assertThat(loaded.values().getFirst().values()).hasSize(2);
    assertThat(loaded.followUps()).hasSize(2);
    assertThat(loaded.files())
        .extracting(CheckedFile::summary)
        .contains("ml-infra-design, 3 rubric points, 1 deep dives", "3 questions", "2 values");
  }

  @Test
  void aRubricPointWithoutItsPointIsReportedAtItsLineAndTheFileLeftOut() throws IOException {
    edit("design/feature-store.yaml", "point: Monitors training-serving skew, ", "");

    SpokenContent loaded = load();

    assertThat(loaded.prompts()).isEmpty();
    assertThat(onlyProblem(loaded))
        .endsWith("feature-store.yaml:25: missing required key 'point' in rubric point");
  }

  @Test
  void aRubricWeightOutOfRangeIsReported() throws IOException {
    edit("design/feature-store.yaml", "weight: 3}", "weight: 5}");

    assertThat(onlyProblem(load()))
        .endsWith(":24: rubric point 'point-in-time' has weight 5; weights are 1, 2 or 3");
  }

  @Test
  void aMissingSectionIsReported() throws IOException {
    edit(
        "design/feature-store.yaml",
        "  production: Monitor freshness and skew; roll out per feature group.\n",
        "");

    assertThat(onlyProblem(load())).endsWith("missing required key 'production' in sections");
  }

  @Test
  void anUnknownRoundCategoryOrCompanyIsReported() throws IOException {
    edit("design/feature-store.yaml", "round: ml-infra-design", "round: coding");
    edit("design/feature-store.yaml", "category: data-infra", "category: databases");
    edit("design/feature-store.yaml", "companies: [acme]", "companies: [globex]");

    List<String> problems = load().problems().stream().map(ContentProblem::message).toList();

    assertThat(problems)
        .containsExactly(
            "a design prompt's round must be ml-design, ml-infra-design or llm-design, was coding",
            "unknown design category 'databases' (known: feed, search, ads, understanding,"
                + " trust-and-safety, data-infra, training-infra, serving-infra, experimentation,"
                + " rag, llm-serving, llm-app, agents)",
            "unknown company 'globex' (no loaded content/companies/globex.yaml)");
  }

  @Test
  void minutesOtherThan45Or60AreReported() throws IOException {
    edit("design/feature-store.yaml", "minutes: 45", "minutes: 50");

    assertThat(onlyProblem(load())).endsWith(":6: minutes must be 45 or 60, was 50");
  }

  @Test
  void anUnknownSignalLeavesTheQuestionsFileOutAndTheOtherFilesIn() throws IOException {
    edit(
        "behavioral/questions.yaml",
        "signals: [problem-solving]\n    follow_ups",
        "signals: [grit]\n    follow_ups");

    SpokenContent loaded = load();

    assertThat(onlyProblem(loaded))
        .contains("questions.yaml:6: unknown signal 'grit' in question 'hardest-project'");
    assertThat(loaded.bank().questions()).isEmpty();
    assertThat(loaded.prompts()).hasSize(1);
    assertThat(loaded.values()).hasSize(1);
  }

  @Test
  void duplicateIdsAreReportedWithTheFirstLine() throws IOException {
    edit("behavioral/questions.yaml", "id: ambiguous-goal", "id: hardest-project");

    assertThat(onlyProblem(load()))
        .endsWith(":13: duplicate question id 'hardest-project' (first on line 4)");
  }

  @Test
  void valuesOfAnUnknownCompanyAreLeftOut() throws IOException {
    Files.move(content.resolve("values/acme.yaml"), content.resolve("values/globex.yaml"));
    edit("values/globex.yaml", "company: acme", "company: globex");

    SpokenContent loaded = load();

    assertThat(loaded.values()).isEmpty();
    assertThat(onlyProblem(loaded))
        .endsWith("unknown company 'globex' (no loaded content/companies/globex.yaml)");
  }

  @Test
  void aFollowUpWithAnUnknownChapterIsReported() throws IOException {
    edit("deep-dive/follow-ups.yaml", "chapter: launch", "chapter: epilogue");

    assertThat(onlyProblem(load())).contains(":5: unknown chapter 'epilogue' (known: design,");
  }

  @Test
  void yamlThatDoesNotParseIsOneProblem() throws IOException {
    Files.writeString(content.resolve("design/broken.yaml"), "id: broken\ntitle: [unclosed\n");

    SpokenContent loaded = load();

    assertThat(loaded.prompts()).extracting(DesignPrompt::id).containsExactly("feature-store");
    assertThat(onlyProblem(loaded)).contains("broken.yaml:").contains("YAML syntax");
  }

  @Test
  void noSpokenDirectoriesMeansNothingAndNoProblems() {
    SpokenContent loaded = SpokenLoader.load(content.resolve("nowhere"), Set.of());

    assertThat(loaded.files()).isEmpty();
    assertThat(loaded.prompts()).isEmpty();
  }

  @Test
  void searchFindsThePromptTheQuestionAndTheValue() {
    try (Catalog catalog = Catalog.load(content, List.of())) {
      List<SearchHit> store = catalog.search(SearchRequest.of("feature store", 5));
      List<SearchHit> conflict = catalog.search(SearchRequest.of("conflict with a teammate", 5));
      List<SearchHit> commit = catalog.search(SearchRequest.of("disagree and commit", 5));

      assertThat(store.getFirst().type()).isEqualTo(HitType.DESIGN);
      assertThat(store.getFirst().id()).isEqualTo("feature-store");
      assertThat(conflict.getFirst().type()).isEqualTo(HitType.BEHAVIORAL);
      assertThat(conflict.getFirst().id()).isEqualTo("teammate-conflict");
      assertThat(commit.getFirst().type()).isEqualTo(HitType.VALUE);
      assertThat(commit.getFirst().companyId()).isEqualTo("acme");
    }
  }

  @Test
  void aCompanyReachesItsPromptsAndValues() {
    try (Catalog catalog = Catalog.load(content, List.of())) {
      Spoken spoken = catalog.spoken();
      var acme = catalog.directory().byId("acme").orElseThrow();

      assertThat(spoken.promptsFor(acme))
          .extracting(DesignPrompt::id)
          .containsExactly("feature-store");
      assertThat(spoken.values("acme")).isPresent();
      assertThat(spoken.prompts(RoundType.ML_DESIGN)).isEmpty();
      assertThat(catalog.problems()).isEmpty();
    }
  }
}
