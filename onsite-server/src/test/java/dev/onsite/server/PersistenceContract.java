package dev.onsite.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onsite.server.account.Accounts;
import dev.onsite.server.account.RegistrationException;
import java.util.List;
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
  void aCodeReviewIsKeptWithItsCommentsAndItsGrade() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);
    String id =
        json(ada.post("/api/reviews/cart-total-pr/attempts", Map.of())).path("id").asString();
    String comments = "/api/reviews/attempts/" + id + "/comments";
    json(
        ada.post(
            comments, Map.of("file", "code/cart.py", "lines", List.of(24, 26), "category", "bug")));
    String clean =
        json(ada.post(comments, Map.of("file", "code/cart.py", "line", 3, "category", "design")))
            .path("id")
            .asString();
    json(ada.put(comments + "/" + clean, Map.of("text", "the imports could be sorted")));

    JsonNode graded = json(ada.post("/api/reviews/attempts/" + id + "/submit", Map.of()));

    assertThat(graded.path("score").asDouble()).isEqualTo(60.0);
    assertThat(graded.path("precision").asDouble()).isEqualTo(0.5);
    JsonNode again = ada.json("/api/reviews/cart-total-pr/attempts").get(0);
    assertThat(again.path("submitted").asBoolean()).isTrue();
    assertThat(again.path("comments").findValuesAsString("text"))
        .containsExactly("", "the imports could be sorted");
    assertThat(again.path("result").path("false_alarms").get(0).path("text").asString())
        .isEqualTo("the imports could be sorted");
    assertThat(ApiClient.newAccount(mvc, accounts).json("/api/reviews/cart-total-pr/attempts"))
        .as("someone else's history")
        .isEmpty();
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
  void aDesignAttemptKeepsItsAnswerAndItsGrades() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);
    JsonNode started = json(ada.post("/api/design/feature-store/attempts", Map.of()));
    long id = started.path("id").asLong();

    int saved =
        ada.put(
                "/api/design/attempts/" + id + "/answer",
                Map.of(
                    "answer",
                    Map.of(
                        "clarify",
                        "How fresh must features be?",
                        "diagram",
                        "flowchart LR\n a --> b")))
            .getResponse()
            .getStatus();
    int tooEarly =
        ada.put(
                "/api/design/attempts/" + id + "/grades",
                Map.of("checked", List.of("point-in-time")))
            .getResponse()
            .getStatus();
    ada.post("/api/design/attempts/" + id + "/end", Map.of());
    JsonNode graded =
        json(
            ada.put(
                "/api/design/attempts/" + id + "/grades",
                Map.of("checked", List.of("point-in-time", "monitors-skew"))));
    JsonNode read = ada.json("/api/design/attempts/" + id);

    assertThat(saved).isEqualTo(200);
    assertThat(tooEarly).isEqualTo(409);
    assertThat(graded.path("score").asInt()).isEqualTo(67);
    assertThat(read.path("answer").path("clarify").asString())
        .isEqualTo("How fresh must features be?");
    assertThat(read.path("checked")).hasSize(2);
    assertThat(read.path("ended").asBoolean()).isTrue();
  }

  @Test
  void aDesignAnswerOverTheLimitIsRefusedWithItsSizeAndTheSavedOneKept() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);
    long id = json(ada.post("/api/design/feature-store/attempts", Map.of())).path("id").asLong();
    ada.put("/api/design/attempts/" + id + "/answer", Map.of("answer", Map.of("online", "kept")));

    var refused =
        ada.put(
                "/api/design/attempts/" + id + "/answer",
                Map.of("answer", Map.of("online", "x".repeat(1 << 20))))
            .getResponse();

    assertThat(refused.getStatus()).isEqualTo(413);
    assertThat(json(refused.getContentAsString()).path("detail").asString())
        .isEqualTo(
            "Online path has 1048576 characters; one part holds at most 20000: shorten it to save"
                + " (your text is still in the page)");
    assertThat(ada.json("/api/design/attempts/" + id).path("answer").path("online").asString())
        .isEqualTo("kept");
  }

  @Test
  void aStoryPartOfAMegabyteIsRefusedInOneLineAndNothingIsStored() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);
    Map<String, Object> huge = story("Too long to tell", List.of());
    huge.put("situation", "x".repeat(1 << 20));

    var refused = ada.post("/api/stories", huge).getResponse();

    assertThat(refused.getStatus()).isEqualTo(413);
    String detail = json(refused.getContentAsString()).path("detail").asString();
    assertThat(detail).contains("1048576").doesNotContain("\n");
    assertThat(ada.json("/api/stories")).isEmpty();
  }

  @Test
  void attemptsAndStoriesArePrivateToTheirAccount() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);
    ApiClient bob = ApiClient.newAccount(mvc, accounts);
    long attempt =
        json(ada.post("/api/design/feature-store/attempts", Map.of())).path("id").asLong();
    long story =
        json(ada.post("/api/stories", story("Shipped the ranker", List.of("hardest-project"))))
            .path("id")
            .asLong();

    assertThat(bob.get("/api/design/attempts/" + attempt).getResponse().getStatus()).isEqualTo(404);
    assertThat(
            bob.put("/api/design/attempts/" + attempt + "/answer", Map.of("answer", Map.of()))
                .getResponse()
                .getStatus())
        .isEqualTo(404);
    assertThat(bob.delete("/api/stories/" + story).getResponse().getStatus()).isEqualTo(404);
    assertThat(bob.json("/api/stories")).isEmpty();
    assertThat(ada.json("/api/stories")).hasSize(1);
  }

  @Test
  void aStoryMappedToAQuestionCoversItAndAnEmptyStoryIsRefused() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);

    var empty = ada.post("/api/stories", story("", List.of())).getResponse();
    var blank =
        ada.post(
                "/api/stories",
                Map.of(
                    "title",
                    "Nothing yet",
                    "situation",
                    "  ",
                    "action",
                    "",
                    "questions",
                    List.of()))
            .getResponse();
    ada.put("/api/drafts/story-new", Map.of("body", "{\"title\":\"Resolved the conflict\"}"));
    Map<String, Object> resolved = story("Resolved the conflict", List.of("teammate-conflict"));
    resolved.put("draftKey", "story-new");
    resolved.put("values", List.of("acme:disagree-and-commit"));
    int created = ada.post("/api/stories", resolved).getResponse().getStatus();
    JsonNode coverage = ada.json("/api/stories/coverage");

    assertThat(empty.getStatus()).isEqualTo(400);
    assertThat(blank.getStatus()).isEqualTo(400);
    assertThat(json(blank.getContentAsString()).path("detail").asString())
        .startsWith("the story is empty");
    assertThat(created).isEqualTo(201);
    assertThat(ada.get("/api/drafts/story-new").getResponse().getStatus()).isEqualTo(204);
    assertThat(coverage.path("covered").asInt()).isEqualTo(1);
    assertThat(coverage.path("missing").asInt()).isEqualTo(2);
    JsonNode conflict = coverage.path("signals").get(1);
    assertThat(conflict.path("id").asString()).isEqualTo("conflict-resolution");
    assertThat(conflict.path("state").asString()).isEqualTo("WEAK");
    assertThat(conflict.path("questions").get(0).path("state").asString()).isEqualTo("COVERED");
    assertThat(ada.json("/api/stories").get(0).path("values").get(0).asString())
        .isEqualTo("acme:disagree-and-commit");
  }

  @Test
  void aPracticeRatedPoorlyMakesItsQuestionWeak() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);
    ada.post("/api/stories", story("Shipped the ranker", List.of("hardest-project")));

    int kept =
        ada.post(
                "/api/stories/practice",
                Map.of(
                    "questionId",
                    "hardest-project",
                    "rating",
                    2,
                    "seconds",
                    95,
                    "notes",
                    "rambled"))
            .getResponse()
            .getStatus();
    int badRating =
        ada.post(
                "/api/stories/practice",
                Map.of("questionId", "hardest-project", "rating", 7, "seconds", 95, "notes", ""))
            .getResponse()
            .getStatus();
    JsonNode question =
        ada.json("/api/stories/coverage").path("signals").get(0).path("questions").get(0);

    assertThat(kept).isEqualTo(201);
    assertThat(badRating).isEqualTo(400);
    assertThat(question.path("state").asString()).isEqualTo("WEAK");
    assertThat(question.path("practised").asInt()).isEqualTo(1);
    assertThat(question.path("lastRating").asInt()).isEqualTo(2);
  }

  @Test
  void aDraftSurvivesAndIsReplaced() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);

    ada.put("/api/drafts/deep-dive", Map.of("body", "{\"project\":\"first\"}"));
    ada.put("/api/drafts/deep-dive", Map.of("body", "{\"project\":\"second\"}"));
    int badKey = ada.put("/api/drafts/Bad Key!", Map.of("body", "{}")).getResponse().getStatus();

    assertThat(ada.json("/api/drafts/deep-dive").path("body").asString())
        .isEqualTo("{\"project\":\"second\"}");
    assertThat(badKey).isEqualTo(400);
  }

  private static Map<String, Object> story(String title, List<String> questions) {
    Map<String, Object> story = new java.util.HashMap<>();
    story.put("title", title);
    story.put("situation", "Two teams wanted different launch metrics.");
    story.put("action", "I ran both offline and proposed a guardrail.");
    story.put("impact", "Launched in two weeks.");
    story.put("learning", "Agree on the metric first.");
    story.put("weak", false);
    story.put("questions", questions);
    return story;
  }

  @Test
  void aMockLoopKeepsItsRoundsRubricAndRating() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);
    JsonNode mock =
        json(ada.post("/api/mock-loops", Map.of("company", "acme", "loop", "mock-loop")));
    long id = mock.path("id").asLong();
    ada.post("/api/mock-loops/" + id + "/rounds/2/start", Map.of());
    ada.judge("sum", "python", TestProblems.SUM_PYTHON, "submit");
    ada.post("/api/mock-loops/" + id + "/rounds/2/finish", Map.of());
    ada.post("/api/mock-loops/" + id + "/rounds/3/start", Map.of());
    ada.post(
        "/api/mock-loops/" + id + "/rounds/3/rating",
        Map.of("met", List.of("signal-conflict-resolution", "signal-problem-solving", "specific")));

    JsonNode read = ada.json("/api/mock-loops/" + id);
    assertThat(read.path("rounds").get(2).path("met")).hasSize(3);
    assertThat(read.path("rounds").get(2).path("rubric")).hasSize(5);
    assertThat(read.path("rounds").get(1).path("rating").asString()).isEqualTo("strong-yes");
    assertThat(read.path("rounds").get(2).path("rating").asString()).isEqualTo("yes");
    assertThat(read.path("packet").path("verdict").asString()).isEqualTo("hire");
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
    return json(result.getResponse().getContentAsString());
  }

  private static JsonNode json(String text) {
    return tools.jackson.databind.json.JsonMapper.builder().build().readTree(text);
  }
}
