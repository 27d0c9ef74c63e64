package dev.onsite.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onsite.server.account.Accounts;
import dev.onsite.server.account.RegistrationException;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * What the server keeps in its database, run against each database it supports: the same migrations
 * and the same queries on H2 and on a real PostgreSQL.
 */
@AutoConfigureMockMvc
abstract class PersistenceContract {

  @Autowired MockMvc mvc;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;

  @Test
  void theMigrationsRan() {
    Integer applied =
        jdbc.sql("select count(*) from \"flyway_schema_history\" where \"success\" = true")
            .query(Integer.class)
            .single();

    assertThat(applied).isGreaterThanOrEqualTo(1);
  }

  @Test
  void aSubmissionIsStoredJudgedAndReadBack() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);

    JsonNode judged = ada.judge("sum", "python", TestProblems.SUM_PYTHON, "submit");

    assertThat(judged.path("verdict").asString()).isEqualTo("AC");
    assertThat(judged.path("tests")).hasSize(3);
    assertThat(judged.path("createdAt").asString()).isNotBlank();
    assertThat(judged.path("finishedAt").asString()).isNotBlank();
    assertThat(ada.json("/api/problems/sum/submissions")).hasSize(1);
    assertThat(ada.json("/api/problems?status=solved").findValuesAsString("id"))
        .containsExactly("sum");
  }

  @Test
  void passingALevelUnlocksTheNextOne() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);

    JsonNode judged = ada.judge("counter", "python", TestProblems.COUNTER_LEVEL_1_PYTHON, "submit");

    assertThat(judged.path("levels")).hasSize(2);
    assertThat(judged.path("levels").get(0).path("passed").asBoolean()).isTrue();
    assertThat(judged.path("levels").get(1).path("passed").asBoolean()).isFalse();
    JsonNode problem = ada.json("/api/problems/counter");
    assertThat(problem.path("levelsPassed").asInt()).isEqualTo(1);
    assertThat(problem.path("levelsUnlocked").asInt()).isEqualTo(2);
    assertThat(problem.path("currentLevel").asString()).isEqualTo("level-2");
  }

  @Test
  void cardReviewsAreStoredPerAccountAndShapeTheQueue() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);
    ApiClient bob = ApiClient.newAccount(mvc, accounts);

    JsonNode queue = ada.json("/api/cards/queue?deck=optimization");
    assertThat(queue.path("cards").findValuesAsString("id"))
        .containsExactly("optimization/momentum-why", "optimization/adam-bias-correction");
    assertThat(queue.path("cards").get(0).path("intervals").path("good").asString())
        .isEqualTo("10m");
    JsonNode good =
        json(
            ada.post(
                "/api/cards/optimization/momentum-why/review",
                Map.of("rating", "good", "ms", 5300)));
    JsonNode easy =
        json(
            ada.post(
                "/api/cards/optimization/adam-bias-correction/review", Map.of("rating", "easy")));

    assertThat(good.path("state").asString()).isEqualTo("learning");
    assertThat(good.path("interval").asString()).isEqualTo("10m");
    assertThat(easy.path("state").asString()).isEqualTo("review");
    assertThat(easy.path("interval").asString()).isEqualTo("8d");
    assertThat(ada.json("/api/cards/queue?deck=optimization").path("cards")).isEmpty();
    assertThat(bob.json("/api/cards/queue?deck=optimization").path("cards")).hasSize(2);
    assertThat(
            jdbc.sql(
                    "select rating, state_before, time_ms, session_mode from card_reviews"
                        + " where account_id = ? order by id")
                .param(ada.user().accountId())
                .query(
                    (rs, n) ->
                        rs.getString(1)
                            + "/"
                            + rs.getString(2)
                            + "/"
                            + rs.getObject(3)
                            + "/"
                            + rs.getString(4))
                .list())
        .containsExactly("good/new/5300/review", "easy/new/null/review");
    Double stability =
        jdbc.sql("select stability from card_states where account_id = ? and card_id = ?")
            .params(ada.user().accountId(), "optimization/adam-bias-correction")
            .query(Double.class)
            .single();
    assertThat(stability).isEqualTo(8.2956);
    JsonNode decks = ada.json("/api/cards/decks");
    assertThat(decks.findValuesAsString("id")).containsExactly("classical-ml", "optimization");
    assertThat(decks.get(1).path("learning").asInt()).isEqualTo(1);
    assertThat(decks.get(1).path("fresh").asInt()).isZero();
  }

  @Test
  void examsStartOnceAndEnd() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);

    JsonNode first = json(ada.post("/api/problems/sum/exam", Map.of()));
    JsonNode again = json(ada.post("/api/problems/sum/exam", Map.of()));
    int ended = ada.delete("/api/problems/sum/exam").getResponse().getStatus();

    assertThat(again.path("deadline").asString()).isEqualTo(first.path("deadline").asString());
    assertThat(ended).isEqualTo(200);
    assertThat(ada.get("/api/problems/sum/exam").getResponse().getStatus()).isEqualTo(204);
  }

  @Test
  void practiceTimeAndActivityAddUp() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);
    ada.post("/api/activity/heartbeat", Map.of("problemId", "counter"));
    ada.submit("sum", "python", TestProblems.SUM_WRONG_PYTHON, "run");

    JsonNode dashboard = ada.json("/api/dashboard");

    assertThat(dashboard.path("secondsTotal").asLong()).isEqualTo(30);
    assertThat(dashboard.path("streak").asInt()).isEqualTo(1);
    assertThat(dashboard.path("recent")).hasSize(1);
  }

  @Test
  void userNamesAreUnique() {
    String name = "unique" + System.nanoTime() % 100000;
    accounts.register(name, "a long password");

    Assertions.assertThatThrownBy(() -> accounts.register(name, "another password"))
        .isInstanceOf(RegistrationException.class);
  }

  private static JsonNode json(org.springframework.test.web.servlet.MvcResult result)
      throws Exception {
    return tools.jackson.databind.json.JsonMapper.builder()
        .build()
        .readTree(result.getResponse().getContentAsString());
  }
}
