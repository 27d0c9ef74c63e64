package dev.onsite.catalog.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onsite.catalog.Catalog;
import dev.onsite.catalog.RealContent;
import dev.onsite.catalog.company.Company;
import dev.onsite.catalog.search.SearchRequest;
import org.junit.jupiter.api.Test;

/**
 * The human output: loops as numbered rounds, questions by round, then policies, insights and
 * sources.
 */
class TextViewTests {

  private final Catalog catalog = RealContent.catalog();

  @Test
  void companyShowsNumberedRoundsThenQuestionsByRoundThenPoliciesInsightsAndSources() {
    Company nvidia = catalog.directory().byId("nvidia").orElseThrow();

    String text = new CompanyView(catalog, nvidia, "senior deep learning").text();

    assertThat(text)
        .containsSubsequence(
            "NVIDIA (big-tech)",
            "Loop 1: Senior Deep Learning Software Engineer (candidate report) [1]",
            "  1. Experience deep dive and light system design [deep-dive] · 20 min",
            "  2. Coding [coding] · 30 min",
            "  Questions, by round:",
            "    ML coding (ml-coding)",
            "      - Implement BPE tokenization  → practice: bpe-tokenizer",
            "Policies",
            "Sources",
            "  [1] https://www.teamblind.com/post/nvidia-sr-deep-learning-software-engineer-interview-2b4c5dnw");
  }

  @Test
  void companyShowsCrossCompanyInsightsThatNameIt() {
    Company lorikeet = catalog.directory().byId("lorikeet").orElseThrow();

    String text = new CompanyView(catalog, lorikeet, null).text();

    assertThat(text)
        .contains("No loop is reported in detail")
        .contains("Insights")
        .contains("How many steps a hiring process has")
        .contains("two stages");
  }

  @Test
  void unknownRoleNamesTheRolesThereAre() {
    Company xai = catalog.directory().byId("xai").orElseThrow();

    assertThatThrownBy(() -> new CompanyView(catalog, xai, "astronaut"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "no reported loop for role 'astronaut' at xAI; roles: AI Engineer (backend / infrastructure)");
  }

  @Test
  void companiesListsEveryCompanyAndTheTotals() {
    String text = new CompaniesView(catalog).text();

    assertThat(text.lines().count()).isEqualTo(catalog.companies().size() + 2);
    assertThat(text).contains("scale-ai").contains(catalog.companies().size() + " companies");
  }

  @Test
  void searchNumbersHitsWithSnippetsAndSources() {
    String text =
        new SearchView("kv cache", catalog.search(SearchRequest.of("kv cache", 10))).text();

    assertThat(text).startsWith("1. [").contains("**").contains("https://");
    assertThat(new SearchView("zzzz", java.util.List.of()).text())
        .startsWith("No results for 'zzzz'.");
  }
}
