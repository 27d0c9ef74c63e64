package dev.onsite.catalog.card;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onsite.catalog.Catalog;
import dev.onsite.catalog.content.Content;
import dev.onsite.catalog.content.ContentLoader;
import dev.onsite.catalog.content.ContentProblem;
import dev.onsite.catalog.search.HitType;
import dev.onsite.catalog.search.SearchHit;
import dev.onsite.catalog.search.SearchRequest;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Card decks: the good test decks load and are searchable; each kind of bad file is reported. */
class CardLoaderTests {

  @TempDir Path content;

  private static final String GOOD =
      """
      deck: probability
      title: Probability
      summary: Distributions and estimators.
      cards:
        - id: bayes-rule
          q: State Bayes' rule.
          a: P(A|B) = P(B|A) P(A) / P(B).
          why: |
            From $P(A \\cap B) = P(A|B)P(B) = P(B|A)P(A)$.
          tags: [bayes]
          level: core
        - id: unbiased-variance
          q: Why divide by n - 1 in the sample variance?
          a: The sample mean is fitted to the data, which uses up one degree of freedom.
          why: Deviations from the sample mean are smaller than from the true mean.
          tags: [estimators]
          level: advanced
          companies: [acme]
      """;

  @BeforeEach
  void layout() throws IOException {
    Files.createDirectories(content.resolve("cards"));
    Files.createDirectories(content.resolve("insights"));
    Files.createDirectories(content.resolve("companies"));
    Files.copy(resource("content/companies/acme.yaml"), content.resolve("companies/acme.yaml"));
  }

  private static Path resource(String name) {
    try {
      return Path.of(CardLoaderTests.class.getClassLoader().getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private Path write(String text) throws IOException {
    Path file = content.resolve("cards/probability.yaml");
    Files.writeString(file, text);
    return file;
  }

  private List<ContentProblem> problemsOf(String text) throws IOException {
    Path file = write(text);
    Content loaded = ContentLoader.load(content);
    assertThat(loaded.decks()).isEmpty();
    return loaded.problems().stream().filter(p -> p.file().equals(file.toString())).toList();
  }

  @Test
  void goodDeckLoadsWithItsCardsInOrder() throws IOException {
    write(GOOD);
    Content loaded = ContentLoader.load(content);
    assertThat(loaded.problems()).isEmpty();
    Deck deck = loaded.decks().get(0);
    assertThat(deck.id()).isEqualTo("probability");
    assertThat(deck.cards())
        .extracting(Flashcard::globalId)
        .containsExactly("probability/bayes-rule", "probability/unbiased-variance");
    Flashcard second = deck.cards().get(1);
    assertThat(second.level()).isEqualTo(Level.ADVANCED);
    assertThat(second.companies()).containsExactly("acme");
    assertThat(deck.cards().get(0).why()).contains("$P(A \\cap B)");
  }

  @Test
  void missingAnswerNamesTheCardAndItsLine() throws IOException {
    List<ContentProblem> problems =
        problemsOf(GOOD.replace("    a: P(A|B) = P(B|A) P(A) / P(B).\n", ""));
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).line()).isEqualTo(5);
    assertThat(problems.get(0).toString())
        .endsWith(
            "probability.yaml:5: missing required key 'a' (the short answer) in card 'bayes-rule'");
  }

  @Test
  void badIdIsReported() throws IOException {
    List<ContentProblem> problems = problemsOf(GOOD.replace("id: bayes-rule", "id: Bayes_Rule"));
    assertThat(problems)
        .singleElement()
        .hasToString(
            content.resolve("cards/probability.yaml")
                + ":5: 'id' in card must be lowercase letters and digits joined by '-', was 'Bayes_Rule'");
  }

  @Test
  void duplicateIdPointsAtBothLines() throws IOException {
    List<ContentProblem> problems =
        problemsOf(GOOD.replace("id: unbiased-variance", "id: bayes-rule"));
    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(12);
              assertThat(p.message())
                  .isEqualTo(
                      "duplicate card id 'bayes-rule' (first on line 5); give each card of a deck its own id");
            });
  }

  @Test
  void unknownCompanyIdIsReported() throws IOException {
    List<ContentProblem> problems = problemsOf(GOOD.replace("[acme]", "[acme, initech]"));
    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(18);
              assertThat(p.message())
                  .startsWith("unknown company id 'initech' in card 'unbiased-variance'");
            });
  }

  @Test
  void unknownLevelListsTheKnownOnes() throws IOException {
    List<ContentProblem> problems = problemsOf(GOOD.replace("level: advanced", "level: expert"));
    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(17);
              assertThat(p.message()).isEqualTo("unknown level 'expert' (known: core, advanced)");
            });
  }

  @Test
  void deckThatDoesNotMatchItsFileNameAndOverlongAnswerAreReported() throws IOException {
    List<ContentProblem> problems =
        problemsOf(
            GOOD.replace("deck: probability", "deck: stats")
                .replace("P(A|B) = P(B|A) P(A) / P(B).", "x".repeat(401)));
    assertThat(problems)
        .extracting(ContentProblem::message)
        .containsExactly(
            "deck 'stats' does not match the file name; rename the file to stats.yaml or the deck to"
                + " probability",
            "'a' is 401 characters, at most 400 allowed; move detail into 'why'");
  }

  @Test
  void tooManyTagsAndABrokenFileAreReportedAndTheOtherDecksStillLoad() throws IOException {
    assertThat(problemsOf(GOOD.replace("[bayes]", "[a, b, c, d, e, f]")))
        .extracting(ContentProblem::message)
        .containsExactly("card 'bayes-rule' needs 1 to 5 tags, has 6");
    Files.copy(
        resource("content/cards/optimization.yaml"), content.resolve("cards/optimization.yaml"));
    write("deck: [unclosed\n");
    Content loaded = ContentLoader.load(content);
    assertThat(loaded.decks()).extracting(Deck::id).containsExactly("optimization");
    assertThat(loaded.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).startsWith("YAML syntax"));
  }

  @Test
  void searchFindsACardByItsTopic() throws IOException {
    for (String deck : List.of("classical-ml", "optimization")) {
      Files.copy(
          resource("content/cards/" + deck + ".yaml"), content.resolve("cards/" + deck + ".yaml"));
    }
    try (Catalog catalog = Catalog.load(content, List.of())) {
      assertThat(catalog.problems()).isEmpty();
      assertThat(catalog.decks())
          .extracting(Deck::id)
          .containsExactly("classical-ml", "optimization");
      List<SearchHit> hits = catalog.search(SearchRequest.of("gini impurity", 5));
      assertThat(hits).isNotEmpty();
      SearchHit first = hits.get(0);
      assertThat(first.type()).isEqualTo(HitType.CARD);
      assertThat(first.id()).isEqualTo("classical-ml/gini-impurity");
      assertThat(first.companyName()).isEqualTo("Acme AI");
      assertThat(catalog.search(SearchRequest.of("momentum", 5).onlyTypes(Set.of(HitType.CARD))))
          .extracting(SearchHit::id)
          .containsExactly("optimization/momentum-why");
    }
  }
}
