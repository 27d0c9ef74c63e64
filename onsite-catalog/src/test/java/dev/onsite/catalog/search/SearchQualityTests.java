package dev.onsite.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onsite.catalog.Catalog;
import dev.onsite.catalog.RealContent;
import dev.onsite.catalog.round.RoundType;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Result quality on real queries over the real content, with practice items made in the tests. */
class SearchQualityTests {

  private final Catalog catalog = RealContent.catalog();

  private List<SearchHit> search(String query) {
    return catalog.search(SearchRequest.of(query, 10));
  }

  @Test
  void implementBpeRanksNvidiasReportAndTheBpePracticeItemFirst() {
    List<SearchHit> top = search("implement BPE").subList(0, 3);

    assertThat(top)
        .anySatisfy(
            hit -> {
              assertThat(hit.type()).isEqualTo(HitType.QUESTION);
              assertThat(hit.companyName()).isEqualTo("NVIDIA");
              assertThat(hit.title()).containsIgnoringCase("BPE");
            });
    assertThat(top)
        .anySatisfy(
            hit -> {
              assertThat(hit.type()).isEqualTo(HitType.PRACTICE);
              assertThat(hit.id()).isEqualTo("bpe-tokenizer");
              assertThat(hit.source()).isEqualTo("problems/bpe-tokenizer");
            });
    assertThat(top)
        .allSatisfy(
            hit -> assertThat(hit.title() + hit.snippet() + hit.id()).containsIgnoringCase("bpe"));
  }

  @Test
  void inMemoryDatabaseFindsOpenAiAndXaiReportsAndThePracticeItem() {
    List<SearchHit> top = search("in-memory database").subList(0, 5);

    assertThat(top).extracting(SearchHit::companyName).contains("OpenAI", "xAI");
    assertThat(top)
        .filteredOn(hit -> hit.type() == HitType.PRACTICE)
        .extracting(SearchHit::id)
        .containsExactly("in-memory-database");
    assertThat(top.subList(0, 4))
        .allSatisfy(
            hit ->
                assertThat(hit.title() + " " + hit.snippet())
                    .containsIgnoringCase("memory")
                    .containsIgnoringCase("database"));
    assertThat(top.get(0).snippet()).contains("**memory**").contains("**database**");
  }

  @Test
  void companyNamesMatchLooselySoTheCompanyComesFirst() {
    assertThat(search("open ai").get(0))
        .satisfies(
            hit -> {
              assertThat(hit.type()).isEqualTo(HitType.COMPANY);
              assertThat(hit.companyName()).isEqualTo("OpenAI");
            });
    assertThat(search("deepmind").get(0).companyName()).isEqualTo("Google DeepMind");
    assertThat(search("scale").get(0).companyName()).isEqualTo("Scale AI");
    assertThat(search("antropic").get(0).companyName()).isEqualTo("Anthropic");
  }

  @Test
  void aCompanyNameInTheQueryPullsThatCompanysReportsUp() {
    List<SearchHit> hits = search("openai refactoring");

    assertThat(hits.subList(0, 3))
        .allSatisfy(hit -> assertThat(hit.companyName()).isEqualTo("OpenAI"));
  }

  @Test
  void behavioralQuestionsAreFoundWithoutACompany() {
    List<SearchHit> hits =
        catalog.search(
            SearchRequest.of("disagreed with my manager", 5).onlyTypes(Set.of(HitType.QUESTION)));

    assertThat(hits)
        .isNotEmpty()
        .allSatisfy(hit -> assertThat(hit.type()).isEqualTo(HitType.QUESTION));
    assertThat(hits)
        .anySatisfy(
            hit -> {
              assertThat(hit.title()).containsIgnoringCase("manager");
              assertThat(hit.companyName()).isNull();
              assertThat(hit.round()).isEqualTo("behavioral");
            });
  }

  @Test
  void filtersByCompanyRoundAndType() {
    String scale = "scale-ai";
    assertThat(catalog.search(SearchRequest.of("card game", 10).onlyCompany(scale)))
        .isNotEmpty()
        .allSatisfy(hit -> assertThat(hit.companyId()).isEqualTo(scale));
    assertThat(catalog.search(SearchRequest.of("attention", 10).onlyRound(RoundType.ML_CODING)))
        .isNotEmpty()
        .allSatisfy(hit -> assertThat(hit.round()).isEqualTo("ml-coding"));
    assertThat(
            catalog.search(SearchRequest.of("attention", 10).onlyTypes(Set.of(HitType.PRACTICE))))
        .extracting(SearchHit::id)
        .containsExactly("multi-head-attention");
  }

  @Test
  void crossCompanyInsightsAnswerProcessQuestions() {
    assertThat(search("median number of steps").get(0))
        .satisfies(
            hit -> {
              assertThat(hit.type()).isEqualTo(HitType.INSIGHT);
              assertThat(hit.snippet()).contains("**median**");
              assertThat(hit.companyName()).isNull();
            });
    assertThat(search("code review round").subList(0, 3))
        .anySatisfy(hit -> assertThat(hit.round()).isEqualTo("code-review"));
  }

  @Test
  void queriesWithoutSearchableWordsReturnNothing() {
    assertThat(search("the of and")).isEmpty();
    assertThat(search("   ")).isEmpty();
  }

  @Test
  void everyHitCarriesASource() {
    for (String query : List.of("attention", "behavioral", "take-home", "openai", "references")) {
      assertThat(search(query))
          .as(query)
          .isNotEmpty()
          .allSatisfy(hit -> assertThat(hit.source()).isNotBlank());
    }
  }
}
