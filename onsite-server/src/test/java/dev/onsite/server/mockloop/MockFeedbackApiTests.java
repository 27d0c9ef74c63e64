package dev.onsite.server.mockloop;

import static dev.onsite.server.ApiClient.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.onsite.server.AccountsServer;
import dev.onsite.server.ApiClient;
import dev.onsite.server.TestProblems;
import dev.onsite.server.account.Accounts;
import dev.onsite.server.exam.Exams;
import dev.onsite.server.submission.SubmissionView;
import dev.onsite.server.system.Clocks;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/**
 * Mock rounds without test feedback, on the test company's {@code whiteboard-loop}: one coding
 * round ({@code feedback: none}) reported with {@code sum}. While it runs, a run is refused and a
 * submission's results are held back in every view; once it is over they are shown.
 */
@AccountsServer
class MockFeedbackApiTests {

  /** Slow enough (a second a test) that a page subscribes while it is judged. */
  private static final String SLOW_SUM_PYTHON =
      "import sys, time\ntime.sleep(1)\nprint(sum(map(int, sys.stdin.read().split())))\n";

  @Autowired MockMvc mvc;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;

  /** Start a mock of the whiteboard loop and its one round; return the mock's id. */
  private static long startRound(ApiClient who) throws Exception {
    JsonNode mock =
        expect(
            who.post("/api/mock-loops", Map.of("company", "acme", "loop", "whiteboard-loop")), 201);
    long id = mock.path("id").asLong();
    expect(who.post("/api/mock-loops/" + id + "/rounds/1/start", Map.of()), 200);
    return id;
  }

  /** The catalogue's status of {@code sum} for the person. */
  private static String sumStatus(ApiClient who) throws Exception {
    for (JsonNode problem : who.json("/api/problems")) {
      if (problem.path("id").asString().equals("sum")) {
        return problem.path("status").asString();
      }
    }
    throw new AssertionError("sum is not in the catalogue");
  }

  private static MvcResult run(ApiClient who, String source) throws Exception {
    return who.post(
        "/api/problems/sum/submissions",
        Map.of("language", "python", "source", source, "mode", "run"));
  }

  @Test
  void aRoundWithoutFeedbackRefusesRunsAndShowsSubmissionsOnlyAfterItEnds() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);
    JsonNode mock =
        expect(
            ada.post("/api/mock-loops", Map.of("company", "acme", "loop", "whiteboard-loop")), 201);
    long id = mock.path("id").asLong();
    assertThat(mock.path("rounds").get(0).path("feedback").asString()).isEqualTo("none");
    assertThat(mock.path("rounds").get(0).path("itemId").asString()).isEqualTo("sum");
    expect(ada.post("/api/mock-loops/" + id + "/rounds/1/start", Map.of()), 200);
    assertThat(ada.json("/api/problems/sum/exam").path("noFeedback").asBoolean()).isTrue();

    JsonNode refused = expect(run(ada, TestProblems.SUM_PYTHON), 409);
    assertThat(refused.path("detail").asString()).isEqualTo(Exams.NO_FEEDBACK);
    assertThat(expect(ada.delete("/api/problems/sum/exam"), 409).path("detail").asString())
        .startsWith("this exam is a mock loop round without test feedback;");

    long submission = ada.submit("sum", "python", TestProblems.SUM_PYTHON, "submit");
    JsonNode held = ada.awaitJudged(submission);
    assertThat(held.path("withheld").asBoolean()).isTrue();
    assertThat(held.path("verdict").isNull()).isTrue();
    assertThat(held.path("verdictText").asString()).isEqualTo("submitted");
    assertThat(held.path("score").isNull()).isTrue();
    assertThat(held.path("tests").isEmpty()).isTrue();
    assertThat(held.path("levels").isEmpty()).isTrue();
    assertThat(held.path("message").asString()).isEqualTo(SubmissionView.WITHHELD_NOTE);
    JsonNode history = ada.json("/api/problems/sum/submissions").get(0);
    assertThat(history.path("verdict").isNull()).isTrue();
    assertThat(history.path("withheld").asBoolean()).isTrue();
    String events = ada.body("/api/submissions/" + submission + "/events");
    assertThat(events).contains("event:done", "\"withheld\":true").doesNotContain("\"AC\"");
    String page = ada.body("/submissions/" + submission);
    assertThat(page).contains("id=\"withheld\"", SubmissionView.WITHHELD_NOTE);
    assertThat(page).doesNotContain("AC · ", "class=\"test-row");
    assertThat(ada.json("/api/mock-loops/" + id).path("rounds").get(0).path("state").asString())
        .isEqualTo("running");
    assertThat(sumStatus(ada)).isEqualTo("attempted");

    JsonNode done = expect(ada.post("/api/mock-loops/" + id + "/rounds/1/finish", Map.of()), 200);

    JsonNode shown = ada.json("/api/submissions/" + submission);
    assertThat(shown.path("withheld").asBoolean()).isFalse();
    assertThat(shown.path("verdict").asString()).isEqualTo("AC");
    assertThat(shown.path("tests").findValuesAsString("verdict")).hasSize(3).containsOnly("AC");
    assertThat(ada.body("/api/submissions/" + submission + "/events"))
        .contains("\"verdict\":\"AC\"");
    assertThat(done.path("rounds").get(0).path("rating").asString()).isEqualTo("strong-yes");
    assertThat(sumStatus(ada)).isEqualTo("solved");
    assertThat(expect(run(ada, TestProblems.SUM_PYTHON), 202).path("mode").asString())
        .isEqualTo("run");
  }

  @Test
  void aPageFollowingAHeldBackSubmissionGetsItsStatusButNoTestRows() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);
    startRound(ada);

    long submission = ada.submit("sum", "python", SLOW_SUM_PYTHON, "submit");
    MvcResult stream = ada.get("/api/submissions/" + submission + "/events");
    ada.awaitJudged(submission);
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> assertThat(stream.getResponse().getContentAsString()).contains("event:done"));

    String events = stream.getResponse().getContentAsString();
    // A status event means the page followed the judgement live rather than reading it stored.
    assertThat(events).contains("event:status", "\"withheld\":true");
    assertThat(events).doesNotContain("event:test", "event:compiled", "\"verdict\":\"");
  }

  @Test
  void aRoundWhoseTimeIsUpShowsItsResults() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);
    long id = startRound(ada);
    long submission = ada.submit("sum", "python", TestProblems.SUM_WRONG_PYTHON, "submit");
    assertThat(ada.awaitJudged(submission).path("withheld").asBoolean()).isTrue();

    Instant past = Instant.now().minusSeconds(1);
    jdbc.sql("update exams set deadline = ? where problem_id = 'sum' and account_id = ?")
        .params(Clocks.sql(past), ada.user().accountId())
        .update();
    jdbc.sql("update mock_rounds set deadline = ? where mock_id = ?")
        .params(Clocks.sql(past), id)
        .update();

    JsonNode shown = ada.json("/api/submissions/" + submission);
    assertThat(shown.path("withheld").asBoolean()).isFalse();
    assertThat(shown.path("verdict").asString()).isEqualTo("WA");
    assertThat(shown.path("tests").isEmpty()).isFalse();
    assertThat(ada.json("/api/mock-loops/" + id).path("rounds").get(0).path("rating").asString())
        .isEqualTo("strong-no");
  }

  @Test
  void aRoundWithFeedbackStillRunsTheVisibleTests() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);
    JsonNode mock =
        expect(ada.post("/api/mock-loops", Map.of("company", "acme", "loop", "mock-loop")), 201);
    long id = mock.path("id").asLong();
    assertThat(mock.path("rounds").get(1).path("feedback").asString()).isEqualTo("tests");
    expect(ada.post("/api/mock-loops/" + id + "/rounds/2/start", Map.of()), 200);
    assertThat(ada.json("/api/problems/sum/exam").path("noFeedback").asBoolean()).isFalse();

    long run = expect(run(ada, TestProblems.SUM_PYTHON), 202).path("id").asLong();
    JsonNode judged = ada.awaitJudged(run);

    assertThat(judged.path("withheld").asBoolean()).isFalse();
    assertThat(judged.path("verdict").asString()).isEqualTo("AC");
    assertThat(judged.path("tests").isEmpty()).isFalse();
  }
}
