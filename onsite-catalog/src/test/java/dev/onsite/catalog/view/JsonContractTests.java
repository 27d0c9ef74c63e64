package dev.onsite.catalog.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onsite.catalog.Catalog;
import dev.onsite.catalog.RealContent;
import dev.onsite.catalog.company.Company;
import dev.onsite.catalog.round.RoundType;
import dev.onsite.catalog.search.SearchRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON the three commands print has exactly the shapes ../shared/contracts.md promises. */
class JsonContractTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Catalog catalog = RealContent.catalog();

  private static List<String> fields(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.propertyNames().forEach(names::add);
    return names;
  }

  @Test
  void companiesIsAnArrayOfIdNameRolesRoundsAndSources() {
    JsonNode companies = JSON.readTree(new CompaniesView(catalog).json());

    assertThat(companies.isArray()).isTrue();
    assertThat(companies.size()).isEqualTo(catalog.companies().size());
    for (JsonNode c : companies) {
      assertThat(fields(c)).startsWith("id", "name", "roles", "rounds", "sources");
      assertThat(c.get("id").isString()).isTrue();
      assertThat(c.get("name").isString()).isTrue();
      assertThat(c.get("roles").isArray()).isTrue();
      assertThat(c.get("rounds").isInt()).isTrue();
      assertThat(c.get("sources").isInt()).isTrue();
    }
    JsonNode openai =
        companies
            .valueStream()
            .filter(c -> c.get("id").asString().equals("openai"))
            .findFirst()
            .orElseThrow();
    assertThat(openai.get("roles").valueStream().map(JsonNode::asString))
        .contains("Research Engineer");
    assertThat(openai.get("rounds").asInt()).isPositive();
    assertThat(openai.get("sources").asInt()).isGreaterThan(5);
  }

  @Test
  void companyHasRolesRoundsQuestionsPoliciesAndInsightsEachWithASource() {
    Company openai = catalog.directory().byId("openai").orElseThrow();
    JsonNode company = JSON.readTree(new CompanyView(catalog, openai, null).json());

    assertThat(fields(company))
        .contains("roles", "rounds", "questions", "policies", "insights", "loops");
    assertThat(company.get("roles").isArray()).isTrue();
    for (JsonNode round : company.get("rounds")) {
      assertThat(fields(round)).contains("type", "duration_min", "format", "notes", "source");
      assertThat(RoundType.byId(round.get("type").asString())).isPresent();
      assertThat(round.get("duration_min").isNull() || round.get("duration_min").isInt()).isTrue();
      assertThat(round.get("source").asString()).startsWith("https://");
    }
    for (JsonNode question : company.get("questions")) {
      assertThat(fields(question)).contains("text", "round", "practice", "source");
      assertThat(question.get("practice").isArray()).isTrue();
      assertThat(question.get("source").asString()).startsWith("https://");
    }
    assertThat(company.get("questions").valueStream())
        .anySatisfy(
            q ->
                assertThat(q.get("practice").valueStream().map(JsonNode::asString))
                    .contains("in-memory-database"));
    for (String facts : List.of("policies", "insights")) {
      assertThat(company.get(facts).size()).as(facts).isPositive();
      company
          .get(facts)
          .forEach(fact -> assertThat(fact.get("source").asString()).startsWith("https://"));
    }
  }

  @Test
  void companyRoundsStayInOrderWithinEachLoop() {
    Company openai = catalog.directory().byId("openai").orElseThrow();
    JsonNode company = JSON.readTree(new CompanyView(catalog, openai, "research engineer").json());

    assertThat(company.get("roles").valueStream().map(JsonNode::asString))
        .containsExactly("Research Engineer");
    JsonNode loop = company.get("loops").get(0);
    assertThat(loop.get("rounds").valueStream().map(r -> r.get("type").asString()))
        .containsExactly(
            "ml-design", "data-coding", "deep-dive", "coding", "ml-debugging", "behavioral");
    assertThat(loop.get("rounds").valueStream().map(r -> r.get("order").asInt()))
        .containsExactly(1, 2, 3, 4, 5, 6);
  }

  @Test
  void searchIsAnArrayOfTypeTitleCompanySnippetSourceAndScore() {
    JsonNode hits =
        JSON.readTree(
            new SearchView("implement BPE", catalog.search(SearchRequest.of("implement BPE", 10)))
                .json());

    assertThat(hits.isArray()).isTrue();
    assertThat(hits.size()).isEqualTo(10);
    for (JsonNode hit : hits) {
      assertThat(fields(hit)).startsWith("type", "title", "company", "snippet", "source", "score");
      assertThat(hit.get("company").isNull() || hit.get("company").isString()).isTrue();
      assertThat(hit.get("score").isNumber()).isTrue();
    }
    JsonNode practice =
        hits.valueStream()
            .filter(h -> h.get("type").asString().equals("practice"))
            .findFirst()
            .orElseThrow();
    assertThat(practice.get("source").asString()).isEqualTo("problems/bpe-tokenizer");
    assertThat(practice.get("company").asString()).isEqualTo("NVIDIA");
    JsonNode steps =
        JSON.readTree(
                new SearchView("q", catalog.search(SearchRequest.of("median steps", 1))).json())
            .get(0);
    assertThat(steps.get("type").asString()).isEqualTo("insight");
    assertThat(steps.get("company").isNull()).isTrue();
  }
}
