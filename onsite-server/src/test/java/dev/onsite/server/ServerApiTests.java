package dev.onsite.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onsite.server.account.Accounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/** The JSON API does what the pages do. */
@AccountsServer
class ServerApiTests {

  @Autowired MockMvc mvc;
  @Autowired Accounts accounts;

  @Test
  void aSubmissionIsJudgedOnEveryTestAndSolvesTheProblem() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);

    JsonNode judged = ada.judge("sum", "python", TestProblems.SUM_PYTHON, "submit");

    assertThat(judged.path("verdict").asString()).isEqualTo("AC");
    assertThat(judged.path("score").asDouble()).isEqualTo(100.0);
    assertThat(names(judged)).containsExactly("sample/1", "secret/1", "secret/2");
    assertThat(judged.path("source").asString()).isEqualTo(TestProblems.SUM_PYTHON);
    assertThat(ada.json("/api/problems?status=solved").findValuesAsString("id")).contains("sum");
    assertThat(ada.json("/api/problems/sum/submissions").get(0).path("id").asLong())
        .isEqualTo(judged.path("id").asLong());
  }

  @Test
  void runningJudgesOnlyTheVisibleTestsOfUnlockedLevels() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);

    JsonNode run = ada.judge("counter", "python", TestProblems.COUNTER_LEVEL_1_PYTHON, "run");

    assertThat(run.path("verdict").asString()).isEqualTo("AC");
    assertThat(names(run)).containsExactly("level-1/sample/1");
    assertThat(ada.json("/api/problems/counter").path("levelsPassed").asInt()).isZero();
  }

  @Test
  void aWrongAnswerOnAVisibleTestShowsWhatWasExpected() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);

    JsonNode judged = ada.judge("sum", "python", TestProblems.SUM_WRONG_PYTHON, "submit");

    assertThat(judged.path("verdict").asString()).isEqualTo("WA");
    JsonNode sample = judged.path("tests").get(0);
    assertThat(sample.path("visible").asBoolean()).isTrue();
    assertThat(sample.path("message").asString()).contains("expected").contains("42");
    assertThat(ada.json("/api/problems?status=attempted").findValuesAsString("id")).contains("sum");
  }

  @Test
  void aCompileErrorCarriesTheCompilersMessage() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);

    JsonNode judged = ada.judge("sum", "java", "public class Main { void main( }", "submit");

    assertThat(judged.path("verdict").asString()).isEqualTo("CE");
    assertThat(judged.path("compileOk").asBoolean()).isFalse();
    assertThat(judged.path("message").asString()).isNotBlank();
  }

  @Test
  void aJavaSolutionIsAcceptedToo() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);
    String java =
        """
        import java.util.*;
        public class Main {
            public static void main(String[] args) {
                Scanner in = new Scanner(System.in);
                System.out.println(in.nextLong() + in.nextLong());
            }
        }
        """;

    assertThat(ada.judge("sum", "java", java, "submit").path("verdict").asString()).isEqualTo("AC");
  }

  @Test
  void theDiffBetweenTwoAttemptsShowsTheChangedLines() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);
    long first = ada.submit("sum", "python", TestProblems.SUM_WRONG_PYTHON, "run");
    long second = ada.submit("sum", "python", TestProblems.SUM_PYTHON, "run");

    JsonNode diff = ada.json("/api/submissions/diff?from=" + first + "&to=" + second);

    assertThat(diff.path("added").asInt()).isEqualTo(2);
    assertThat(diff.path("removed").asInt()).isEqualTo(1);
    assertThat(ada.body("/submissions/diff?from=" + first + "&to=" + second))
        .contains("diff-added")
        .contains("print(42)");
  }

  @Test
  void aJudgedSubmissionsEventStreamEndsWithItsVerdict() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);
    long id = ada.submit("sum", "python", TestProblems.SUM_PYTHON, "run");
    ada.awaitJudged(id);

    String events = ada.body("/api/submissions/" + id + "/events");

    assertThat(events).contains("event:done").contains("\"verdict\":\"AC\"");
  }

  @Test
  void badSubmissionsAreRefusedWithAReason() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);

    MvcResult language =
        ada.post(
            "/api/problems/sum/submissions",
            Map.of("language", "cobol", "source", "x", "mode", "run"));
    MvcResult empty =
        ada.post(
            "/api/problems/sum/submissions",
            Map.of("language", "python", "source", " ", "mode", "run"));
    MvcResult huge =
        ada.post(
            "/api/problems/sum/submissions",
            Map.of("language", "python", "source", "#".repeat(300_000), "mode", "run"));
    MvcResult unknown =
        ada.post(
            "/api/problems/nope/submissions",
            Map.of("language", "python", "source", "x", "mode", "run"));

    assertThat(language.getResponse().getStatus()).isEqualTo(400);
    assertThat(language.getResponse().getContentAsString()).contains("unknown language 'cobol'");
    assertThat(empty.getResponse().getStatus()).isEqualTo(400);
    assertThat(huge.getResponse().getStatus()).isEqualTo(400);
    assertThat(huge.getResponse().getContentAsString()).contains("the limit is 256 KiB");
    assertThat(unknown.getResponse().getStatus()).isEqualTo(404);
    assertThat(unknown.getResponse().getContentType()).contains("json");
  }

  @Test
  void anExamCountsDownFromThePackagesMinutesAndEnds() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);

    JsonNode started = json(ada.post("/api/problems/counter/exam", Map.of()));
    MvcResult ended = ada.delete("/api/problems/counter/exam");

    assertThat(started.path("running").asBoolean()).isTrue();
    assertThat(started.path("remainingSeconds").asLong()).isBetween(19 * 60L, 20 * 60L);
    assertThat(ended.getResponse().getStatus()).isEqualTo(200);
    assertThat(ada.get("/api/problems/counter/exam").getResponse().getStatus()).isEqualTo(204);
  }

  @Test
  void theCatalogueFiltersByRoundCompanyTagAndDifficulty() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);

    assertThat(ada.json("/api/problems?round=oop").findValuesAsString("id"))
        .containsExactly("counter");
    assertThat(ada.json("/api/problems?tag=math").findValuesAsString("id")).containsExactly("sum");
    assertThat(ada.json("/api/problems?company=openai&difficulty=easy").findValuesAsString("id"))
        .containsExactly("counter", "sum");
    assertThat(ada.json("/api/problems?status=new").findValuesAsString("id"))
        .as("problems first, then the code review packages, the take-homes and the workspaces")
        .containsExactly(
            "counter", "sum", "cart-total-pr", "tiny-table", "fix-total", "pair-count");
    assertThat(ada.body("/problems?round=coding"))
        .contains("Sum of two numbers")
        .doesNotContain(">Counter<");
  }

  @Test
  void companyPagesLinkEachRoundToProblemsThatTrainIt() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);

    JsonNode acme = ada.json("/api/companies/acme");

    assertThat(ada.json("/api/companies").findValuesAsString("id")).containsExactly("acme");
    JsonNode rounds = acme.path("loops").get(0).path("rounds");
    assertThat(rounds.get(0).path("practice").findValuesAsString("id")).containsExactly("sum");
    assertThat(rounds.get(1).path("practice").findValuesAsString("id")).containsExactly("counter");
    assertThat(
            acme.path("loops")
                .get(0)
                .path("questions")
                .get(0)
                .path("practice")
                .findValuesAsString("id"))
        .containsExactly("counter");
    assertThat(ada.body("/companies/acme")).contains("Practise this loop").contains("Phone screen");
    assertThat(ada.get("/companies/ACME AI").getResponse().getRedirectedUrl())
        .isEqualTo("/companies/acme");
    assertThat(ada.get("/api/companies/nobody").getResponse().getStatus()).isEqualTo(404);
  }

  @Test
  void companyPagesLinkEachSpokenRoundToWhatTrainsIt() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);

    JsonNode rounds = ada.json("/api/companies/acme").path("loops").get(1).path("rounds");
    String page = ada.body("/companies/acme");

    assertThat(training(rounds.get(0), "title"))
        .containsExactly(
            "Optimization (1 asked here)", "Classical ML", "all 2 decks, 4 cards (rapid-fire)");
    assertThat(training(rounds.get(0), "url"))
        .containsExactly(
            "/cards/review?deck=optimization", "/cards/review?deck=classical-ml", "/cards");
    assertThat(training(rounds.get(1), "url"))
        .containsExactly("/design/feature-store", "/design?round=ml-infra-design");
    assertThat(training(rounds.get(2), "url"))
        .containsExactly(
            "/stories/values?company=acme",
            "/stories/practice?question=teammate-conflict",
            "/stories/practice",
            "/stories");
    assertThat(training(rounds.get(2), "title").getFirst()).isEqualTo("Acme AI's values (2)");
    assertThat(training(rounds.get(3), "url")).containsExactly("/deep-dive", "/deep-dive#drill");
    assertThat(rounds.get(0).path("practice")).isEmpty();
    JsonNode coding = ada.json("/api/companies/acme").path("loops").get(0).path("rounds").get(0);
    assertThat(coding.path("training")).isEmpty();
    assertThat(page)
        .contains("href=\"/cards/review?deck=optimization\" data-kind=\"deck\"")
        .contains("href=\"/design/feature-store\" data-kind=\"prompt\"")
        .contains("href=\"/stories/practice?question=teammate-conflict\" data-kind=\"question\"")
        .contains("href=\"/deep-dive#drill\" data-kind=\"drill\"");
    for (String url : training(rounds, "url")) {
      assertThat(ada.get(url.replaceFirst("#.*", "")).getResponse().getStatus())
          .as(url)
          .isEqualTo(200);
    }
  }

  private static List<String> training(JsonNode round, String field) {
    return round.findValues("training").stream()
        .flatMap(t -> t.findValuesAsString(field).stream())
        .toList();
  }

  @Test
  void searchFindsCompaniesQuestionsAndProblems() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);

    JsonNode hits = ada.json("/api/search?q=counter");

    assertThat(hits.findValuesAsString("url")).contains("/problems/counter");
    assertThat(ada.json("/api/search?q=acme").findValuesAsString("url"))
        .contains("/companies/acme");
    assertThat(ada.body("/search?q=counter")).contains("<mark>");
    assertThat(ada.json("/api/search?q=gini%20impurity").findValuesAsString("url"))
        .as("a card opens its deck's review session")
        .contains("/cards/review?deck=classical-ml");
  }

  @Test
  void theDashboardCountsSolvedProblemsPerRoundStreakAndTime() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);
    ada.judge("sum", "python", TestProblems.SUM_PYTHON, "submit");
    ada.post("/api/activity/heartbeat", Map.of("problemId", "sum"));

    JsonNode dashboard = ada.json("/api/dashboard");

    assertThat(dashboard.path("solved").asInt()).isEqualTo(1);
    assertThat(dashboard.path("streak").asInt()).isEqualTo(1);
    assertThat(dashboard.path("secondsTotal").asLong()).isEqualTo(30);
    List<String> rounds = new ArrayList<>();
    dashboard
        .path("rounds")
        .forEach(r -> rounds.add(r.path("round").asString() + "=" + r.path("solved").asInt()));
    assertThat(rounds).containsExactly("coding=1", "oop=0");
    assertThat(dashboard.path("recent").get(0).path("problemId").asString()).isEqualTo("sum");
    JsonNode pattern = dashboard.path("patterns").get(0);
    assertThat(pattern.path("pattern").asString()).isEqualTo("prefix-sums");
    assertThat(pattern.path("solved").asInt()).isEqualTo(1);
    assertThat(pattern.path("medianSecondsToAc").asLong()).isEqualTo(30);
    assertThat(ada.body("/dashboard"))
        .contains("Solved per round")
        .contains("data-pattern=\"prefix-sums\"");
    assertThat(ada.json("/api/problems?pattern=prefix-sums").findValuesAsString("id"))
        .containsExactly("sum");
    assertThat(ada.json("/api/problems?pattern=heap")).isEmpty();
  }

  @Test
  void everyPageRenders() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);
    long id = ada.submit("sum", "python", TestProblems.SUM_PYTHON, "run");
    ada.awaitJudged(id);

    for (String url :
        new String[] {
          "/problems",
          "/problems/sum",
          "/problems/counter",
          "/problems/sum/submissions",
          "/submissions/" + id,
          "/companies",
          "/companies/acme",
          "/search?q=sum",
          "/dashboard",
          "/account"
        }) {
      assertThat(ada.get(url).getResponse().getStatus()).as(url).isEqualTo(200);
    }
    assertThat(ada.get("/problems/nope").getResponse().getStatus()).isEqualTo(404);
  }

  @Test
  void operationsEndpointsAnswer() throws Exception {
    MvcResult health = ApiClient.anonymous(mvc, "/actuator/health");
    MvcResult prometheus = ApiClient.anonymous(mvc, "/actuator/prometheus");
    MvcResult docs = ApiClient.anonymous(mvc, "/v3/api-docs");

    assertThat(health.getResponse().getContentAsString()).contains("\"status\":\"UP\"");
    assertThat(prometheus.getResponse().getContentAsString())
        .contains("onsite_queue_waiting")
        .contains("onsite_queue_workers");
    assertThat(docs.getResponse().getContentAsString())
        .contains("/api/problems/{id}/submissions")
        .contains("/api/submissions/{id}/events")
        .contains("/api/companies/{id}")
        .contains("/api/dashboard");
  }

  private static List<String> names(JsonNode submission) {
    List<String> names = new ArrayList<>();
    submission.path("tests").forEach(t -> names.add(t.path("name").asString()));
    return names;
  }

  private static JsonNode json(MvcResult result) throws Exception {
    return tools.jackson.databind.json.JsonMapper.builder()
        .build()
        .readTree(result.getResponse().getContentAsString());
  }
}
