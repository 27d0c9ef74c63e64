package dev.onsite.server.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onsite.server.AccountsServer;
import dev.onsite.server.ApiClient;
import dev.onsite.server.TestProblems;
import dev.onsite.server.account.Accounts;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The study plan over the API for the test company Acme AI, whose loops have a coding, an oop, a
 * code-review, an ml-fundamentals, an ml-infra-design, a behavioral and a deep-dive round.
 */
@AccountsServer
class PlanApiTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired MockMvc mvc;
  @Autowired Accounts accounts;

  private static Map<String, Object> request(Object companies, Object date, Object minutes) {
    Map<String, Object> body = new HashMap<>();
    body.put("companies", companies);
    body.put("interviewDate", date);
    body.put("dailyMinutes", minutes);
    return body;
  }

  private static JsonNode json(MvcResult result, int status) throws Exception {
    assertThat(result.getResponse().getStatus())
        .as(result.getResponse().getContentAsString())
        .isEqualTo(status);
    return JSON.readTree(result.getResponse().getContentAsString());
  }

  /** The first task of the plan that trains {@code round}. */
  private static JsonNode firstTask(JsonNode plan, String round) {
    for (JsonNode day : plan.path("days")) {
      for (JsonNode task : day.path("tasks")) {
        if (task.path("round").asString().equals(round)) {
          return task;
        }
      }
    }
    throw new AssertionError("no " + round + " task in " + plan);
  }

  private static int percent(JsonNode plan, String round) {
    for (JsonNode w : plan.path("weights")) {
      if (w.path("round").asString().equals(round)) {
        return w.path("percent").asInt();
      }
    }
    throw new AssertionError("no " + round + " weight");
  }

  @Test
  void aPlanCoversTheTargetLoopsRoundsAndChangesAfterAFailedAttempt() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);
    String date = LocalDate.now().plusDays(12).toString();

    JsonNode plan = json(ada.put("/api/plan", request(List.of("Acme"), date, 90)), 200);

    assertThat(plan.path("companies").toString()).isEqualTo("[\"acme\"]");
    assertThat(plan.path("days")).hasSize(12);
    assertThat(plan.path("weights").findValuesAsString("round"))
        .containsExactlyInAnyOrder(
            "coding",
            "oop",
            "code-review",
            "ml-fundamentals",
            "ml-infra-design",
            "behavioral",
            "deep-dive");
    assertThat(firstTask(plan, "oop").path("itemId").asString()).isEqualTo("counter");
    assertThat(firstTask(plan, "oop").path("reason").asString()).isEqualTo("reported at Acme AI");
    JsonNode coding = firstTask(plan, "coding");
    assertThat(coding.path("itemId").asString()).isEqualTo("sum");
    assertThat(coding.path("reason").asString()).isEqualTo("reported at Acme AI");
    int codingShare = percent(plan, "coding");

    ada.judge("sum", "python", TestProblems.SUM_WRONG_PYTHON, "submit");

    JsonNode after = ada.json("/api/plan");
    assertThat(firstTask(after, "coding").path("reason").asString())
        .isEqualTo("retry: tried and not passed yet");
    assertThat(percent(after, "coding")).isGreaterThan(codingShare);
    assertThat(ada.body("/dashboard")).contains("id=\"plan-today\"", "days to your interview");
    assertThat(ada.body("/plan"))
        .contains("Where the time goes", "Sum of two numbers")
        .doesNotContain("id=\"plan-error\"");

    ApiClient bob = ApiClient.newAccount(mvc, accounts);
    assertThat(bob.get("/api/plan").getResponse().getStatus()).isEqualTo(404);
    assertThat(bob.body("/dashboard")).contains("id=\"make-plan\"");
  }

  @Test
  void badTargetsGetOneLineReasons() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);
    String later = LocalDate.now().plusDays(5).toString();

    Map<Map<String, Object>, String> cases =
        Map.of(
            request(List.of("acme"), "2020-01-01", 90),
            "the interview date 2020-01-01 is in the past; give a day after " + LocalDate.now(),
            request(List.of("acme"), LocalDate.now().toString(), 90),
            "the interview date "
                + LocalDate.now()
                + " is today; give a day after "
                + LocalDate.now(),
            request(List.of(), later, 90),
            "name at least one target company (./onsite companies lists them)",
            request(List.of("acme"), later, 5),
            "daily minutes must be 20 to 600, was 5",
            request(List.of("acme"), null, 90),
            "give the interview date (YYYY-MM-DD)");
    for (Map.Entry<Map<String, Object>, String> c : cases.entrySet()) {
      assertThat(json(ada.put("/api/plan", c.getKey()), 400).path("detail").asString())
          .isEqualTo(c.getValue());
    }
    assertThat(
            json(ada.put("/api/plan", request(List.of("zzqx"), later, 90)), 400)
                .path("detail")
                .asString())
        .startsWith("unknown company 'zzqx'");
    assertThat(ada.get("/api/plan").getResponse().getStatus()).isEqualTo(404);
  }
}
