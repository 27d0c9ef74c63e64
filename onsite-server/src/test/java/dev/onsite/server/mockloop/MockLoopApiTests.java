package dev.onsite.server.mockloop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onsite.server.AccountsServer;
import dev.onsite.server.ApiClient;
import dev.onsite.server.TestProblems;
import dev.onsite.server.account.Accounts;
import dev.onsite.server.system.Clocks;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Mock loops over the JSON API on the test company's {@code mock-loop}: a recruiter call (skipped),
 * a coding round reported with {@code sum}, and a behavioral round; decided all-rounds.
 */
@AccountsServer
class MockLoopApiTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final List<String> ALL_POINTS =
      List.of(
          "signal-conflict-resolution",
          "signal-problem-solving",
          "specific",
          "result",
          "follow-up");

  @Autowired MockMvc mvc;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;

  private static JsonNode json(MvcResult result, int status) throws Exception {
    assertThat(result.getResponse().getStatus())
        .as(result.getResponse().getContentAsString())
        .isEqualTo(status);
    return JSON.readTree(result.getResponse().getContentAsString());
  }

  private static JsonNode start(ApiClient who) throws Exception {
    return json(who.post("/api/mock-loops", Map.of("company", "acme", "loop", "mock-loop")), 201);
  }

  private static String detail(MvcResult result) throws Exception {
    return JSON.readTree(result.getResponse().getContentAsString()).path("detail").asString();
  }

  @Test
  void aMockHasOneItemPerRoundReportedQuestionsFirstAndSkipsTheRecruiterCall() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);
    JsonNode mock = start(ada);

    JsonNode rounds = mock.path("rounds");
    assertThat(rounds.findValuesAsString("kind")).containsExactly("none", "problem", "question");
    assertThat(rounds.get(0).path("state").asString()).isEqualTo("skipped");
    assertThat(rounds.get(0).path("note").asString()).contains("recruiter screen");
    assertThat(rounds.get(1).path("itemId").asString()).isEqualTo("sum");
    assertThat(rounds.get(1).path("itemUrl").asString()).isEqualTo("/problems/sum");
    assertThat(rounds.get(1).path("minutes").asInt()).isEqualTo(20);
    assertThat(rounds.get(1).path("note").asString())
        .isEqualTo("reported for this loop, new to you");
    assertThat(rounds.get(2).path("itemId").asString()).isEqualTo("teammate-conflict");
    assertThat(rounds.get(2).path("rubric").findValuesAsString("id")).isEqualTo(ALL_POINTS);
    assertThat(mock.path("rule").asString()).isEqualTo("all-rounds");
    assertThat(mock.path("ruleSource").asString())
        .isEqualTo("https://example.com/acme-mock-report");
    assertThat(mock.path("current").asInt()).isEqualTo(2);
    assertThat(mock.path("packet").path("verdict").asString()).isEqualTo("in-progress");
    JsonNode list = ada.json("/api/mock-loops");
    assertThat(list.size()).isEqualTo(1);
    assertThat(list.get(0).path("id").asLong()).isEqualTo(mock.path("id").asLong());
  }

  @Test
  void anAcceptedSolutionAndAFullRubricAreAHireWithThePacketWrittenOut() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);
    long id = start(ada).path("id").asLong();

    JsonNode running = json(ada.post("/api/mock-loops/" + id + "/rounds/2/start", Map.of()), 200);
    assertThat(running.path("rounds").get(1).path("state").asString()).isEqualTo("running");
    JsonNode exam = ada.json("/api/problems/sum/exam");
    assertThat(exam.path("running").asBoolean()).isTrue();
    assertThat(exam.path("remainingSeconds").asLong()).isBetween(19 * 60L, 20 * 60L);
    assertThat(
            ada.judge("sum", "python", TestProblems.SUM_PYTHON, "submit")
                .path("verdict")
                .asString())
        .isEqualTo("AC");
    json(ada.post("/api/mock-loops/" + id + "/rounds/2/finish", Map.of()), 200);
    assertThat(ada.get("/api/problems/sum/exam").getResponse().getStatus()).isEqualTo(204);

    json(ada.post("/api/mock-loops/" + id + "/rounds/3/start", Map.of()), 200);
    JsonNode done =
        json(
            ada.post("/api/mock-loops/" + id + "/rounds/3/rating", Map.of("met", ALL_POINTS)), 200);

    assertThat(done.path("current").isNull()).isTrue();
    assertThat(done.path("rounds").get(0).path("rating").isNull()).isTrue();
    assertThat(done.path("rounds").get(1).path("rating").asString()).isEqualTo("strong-yes");
    assertThat(done.path("rounds").get(2).path("rating").asString()).isEqualTo("strong-yes");
    JsonNode packet = ada.json("/api/mock-loops/" + id + "/packet");
    assertThat(packet.path("verdict").asString()).isEqualTo("hire");
    assertThat(packet.path("summary").asString())
        .isEqualTo("Hire: the rounds clear the all-rounds rule.");
    assertThat(packet.path("carried").get(0).asString())
        .startsWith("round 2 (Sum the numbers) (Strong yes): accepted in");
    assertThat(packet.path("wouldChange").get(0).asString())
        .isEqualTo(
            "a no in round 2 (Sum the numbers) (was strong yes) would have rejected the loop");
  }

  @Test
  void aWrongAnswerAndAnEmptyRubricAreANoHireNamingTheMissingSignals() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);
    long id = start(ada).path("id").asLong();
    json(ada.post("/api/mock-loops/" + id + "/rounds/2/start", Map.of()), 200);
    ada.judge("sum", "python", TestProblems.SUM_WRONG_PYTHON, "submit");
    json(ada.post("/api/mock-loops/" + id + "/rounds/2/finish", Map.of()), 200);
    json(ada.post("/api/mock-loops/" + id + "/rounds/3/start", Map.of()), 200);
    json(ada.post("/api/mock-loops/" + id + "/rounds/3/rating", Map.of("met", List.of())), 200);

    // The missed signals reach progress as areas of their own, not as attempts.
    JsonNode progress = ada.json("/api/progress");
    assertThat(progress.path("attempts").asInt()).isEqualTo(1); // the wrong submission
    java.util.Map<String, JsonNode> areas = new java.util.HashMap<>();
    progress.path("areas").forEach(a -> areas.put(a.path("id").asString(), a));
    assertThat(areas).containsKeys("signal:conflict-resolution", "signal:problem-solving");
    assertThat(areas.get("signal:conflict-resolution").path("attempts").asInt()).isEqualTo(1);
    assertThat(areas.get("signal:conflict-resolution").path("passed").asInt()).isZero();

    JsonNode packet = ada.json("/api/mock-loops/" + id + "/packet");
    assertThat(packet.path("verdict").asString()).isEqualTo("no-hire");
    assertThat(packet.path("summary").asString())
        .isEqualTo(
            "No hire: every round must clear the bar, and round 2 (Sum the numbers), round 3"
                + " (Conflict story) did not.");
    assertThat(packet.path("missing").get(0).asString())
        .isEqualTo(
            "round 2 (Sum the numbers): a working solution (all tests accepted) within 20 min");
    assertThat(packet.path("missing").get(1).asString())
        .isEqualTo("round 3 (Conflict story): Showed conflict resolution (a must)");
  }

  @Test
  void anotherMockOfTheSameLoopPicksAQuestionNotMetBefore() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);
    long first = start(ada).path("id").asLong();
    json(ada.post("/api/mock-loops/" + first + "/rounds/2/start", Map.of()), 200);
    json(ada.post("/api/mock-loops/" + first + "/rounds/2/finish", Map.of()), 200);
    json(ada.post("/api/mock-loops/" + first + "/rounds/3/start", Map.of()), 200);

    JsonNode second = start(ada);
    assertThat(second.path("rounds").get(2).path("itemId").asString())
        .isNotEqualTo("teammate-conflict");
    assertThat(second.path("rounds").get(1).path("note").asString())
        .isEqualTo("reported for this loop; you have practised every candidate, so one again");
  }

  @Test
  void aRoundLeftPastItsTimeIsScoredFromWhatItHasAndAnUnratedOneIsIncomplete() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);
    long id = start(ada).path("id").asLong();
    json(ada.post("/api/mock-loops/" + id + "/rounds/2/start", Map.of()), 200);
    Instant hourAgo = Instant.now().minusSeconds(3600);
    endedAt(id, 1, hourAgo, 1200);

    JsonNode mock = ada.json("/api/mock-loops/" + id);
    assertThat(mock.path("rounds").get(1).path("rating").asString()).isEqualTo("strong-no");
    assertThat(mock.path("rounds").get(1).path("why").asString())
        .isEqualTo("nothing judged within the round's time");
    assertThat(mock.path("current").asInt()).isEqualTo(3);

    json(ada.post("/api/mock-loops/" + id + "/rounds/3/start", Map.of()), 200);
    endedAt(id, 2, hourAgo, 600);
    JsonNode packet = ada.json("/api/mock-loops/" + id + "/packet");
    assertThat(packet.path("verdict").asString()).isEqualTo("incomplete");
    assertThat(packet.path("summary").asString())
        .isEqualTo("Incomplete: the time of round 3 (Conflict story) passed without a result.");
    MvcResult late =
        ada.post("/api/mock-loops/" + id + "/rounds/3/rating", Map.of("met", ALL_POINTS));
    assertThat(late.getResponse().getStatus()).isEqualTo(409);
    assertThat(detail(late)).endsWith("and rating closes 30 min after; it counts as incomplete");
  }

  /** Move a round's window into the past: it ran for {@code seconds} and ended at {@code end}. */
  private void endedAt(long id, int position, Instant end, long seconds) {
    jdbc.sql(
            "update mock_rounds set started_at = ?, deadline = ? where mock_id = ? and position = ?")
        .params(Clocks.sql(end.minusSeconds(seconds)), Clocks.sql(end), id, position)
        .update();
  }

  @Test
  void badInputIsOneLineWithTheFix() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);
    ApiClient bob = ApiClient.newAccount(mvc, accounts);
    MvcResult company = ada.post("/api/mock-loops", Map.of("company", "nope", "loop", "x"));
    assertThat(company.getResponse().getStatus()).isEqualTo(404);
    assertThat(detail(company))
        .isEqualTo("no company 'nope'; the ids are listed at /api/companies");
    MvcResult loop = ada.post("/api/mock-loops", Map.of("company", "acme", "loop", "x"));
    assertThat(loop.getResponse().getStatus()).isEqualTo(404);
    assertThat(detail(loop))
        .isEqualTo(
            "Acme AI has no loop 'x'; its loops are [swe-loop, mle-loop, mock-loop, whiteboard-loop]");

    long id = start(ada).path("id").asLong();
    assertThat(bob.get("/api/mock-loops/" + id).getResponse().getStatus()).isEqualTo(404);
    MvcResult unknown = ada.get("/api/mock-loops/999999");
    assertThat(unknown.getResponse().getStatus()).isEqualTo(404);
    assertThat(detail(unknown)).isEqualTo("no mock loop 999999; your loops are at /mock");
    assertThat(ada.get("/mock/999999").getResponse().getStatus()).isEqualTo(404);
    MvcResult round = ada.post("/api/mock-loops/" + id + "/rounds/9/start", Map.of());
    assertThat(round.getResponse().getStatus()).isEqualTo(404);
    assertThat(detail(round))
        .isEqualTo("mock loop " + id + " has no round 9; its rounds are 1 to 3");
    MvcResult skipped = ada.post("/api/mock-loops/" + id + "/rounds/1/start", Map.of());
    assertThat(skipped.getResponse().getStatus()).isEqualTo(409);
    assertThat(detail(skipped)).startsWith("round 1 (Recruiter call) is not run: skipped:");
    MvcResult early = ada.post("/api/mock-loops/" + id + "/rounds/3/start", Map.of());
    assertThat(early.getResponse().getStatus()).isEqualTo(409);
    assertThat(detail(early))
        .isEqualTo("round 3 is not next; finish round 2 (Sum the numbers) first");
    MvcResult unstarted = ada.post("/api/mock-loops/" + id + "/rounds/2/finish", Map.of());
    assertThat(detail(unstarted)).isEqualTo("round 2 has not started; start it first");

    json(ada.post("/api/mock-loops/" + id + "/rounds/2/start", Map.of()), 200);
    MvcResult judged =
        ada.post("/api/mock-loops/" + id + "/rounds/2/rating", Map.of("met", List.of()));
    assertThat(judged.getResponse().getStatus()).isEqualTo(400);
    assertThat(detail(judged))
        .isEqualTo("round 2 (Sum the numbers) is graded by the judge, not rated");
    json(ada.post("/api/mock-loops/" + id + "/rounds/2/finish", Map.of()), 200);
    json(ada.post("/api/mock-loops/" + id + "/rounds/3/start", Map.of()), 200);
    MvcResult point =
        ada.post("/api/mock-loops/" + id + "/rounds/3/rating", Map.of("met", List.of("charm")));
    assertThat(point.getResponse().getStatus()).isEqualTo(400);
    assertThat(detail(point)).startsWith("round 3 has no rubric point 'charm'; its points are ");
  }
}
