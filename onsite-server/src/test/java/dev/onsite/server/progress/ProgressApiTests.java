package dev.onsite.server.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onsite.server.AccountsServer;
import dev.onsite.server.ApiClient;
import dev.onsite.server.TestProblems;
import dev.onsite.server.account.Accounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Progress and the export over the API, from real judged submissions, per account. */
@AccountsServer
class ProgressApiTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired MockMvc mvc;
  @Autowired Accounts accounts;

  @Test
  void judgedSubmissionsBecomeAttemptsInTheReportAndTheExportOfTheirAuthorOnly() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);
    ApiClient bob = ApiClient.newAccount(mvc, accounts);
    ada.judge("sum", "python", TestProblems.SUM_PYTHON, "run");
    ada.judge("sum", "python", TestProblems.SUM_WRONG_PYTHON, "submit");
    ada.judge("sum", "python", TestProblems.SUM_PYTHON, "submit");

    JsonNode report = ada.json("/api/progress");
    assertThat(report.path("attempts").asInt()).isEqualTo(2);
    assertThat(report.path("passed").asInt()).isEqualTo(1);
    JsonNode thisWeek = report.path("weeks").get(report.path("weeks").size() - 1);
    assertThat(thisWeek.path("attempts").asInt()).isEqualTo(2);
    assertThat(thisWeek.path("acRate").asInt()).isEqualTo(50);
    assertThat(report.path("areas").findValuesAsString("id"))
        .containsExactly("round:coding", "pattern:prefix-sums", "topic:math");
    assertThat(report.path("weakest").findValuesAsString("id"))
        .containsExactly("pattern:prefix-sums", "round:coding", "topic:math");

    assertThat(bob.json("/api/progress").path("attempts").asInt()).isZero();
    assertThat(bob.body("/api/progress/export?format=csv").trim()).isEqualTo(AttemptsCsv.HEADER);

    MvcResult csv = ada.get("/api/progress/export?format=csv");
    assertThat(csv.getResponse().getHeader("Content-Disposition"))
        .contains("attachment", "onsite-attempts.csv");
    String[] lines = csv.getResponse().getContentAsString().split("\r\n");
    assertThat(lines).hasSize(4);
    assertThat(lines[0]).isEqualTo(AttemptsCsv.HEADER);
    assertThat(lines[1]).startsWith("problem,sum,coding,pattern:prefix-sums topic:math,");
    assertThat(lines[1]).contains(",false,true,"); // the run: not graded
    assertThat(lines[2]).contains(",true,false,0.0");
    assertThat(lines[3]).endsWith(",true,true,100.0");

    JsonNode export = ada.json("/api/progress/export");
    assertThat(export.path("account").asString()).isEqualTo(ada.user().getUsername());
    assertThat(export.path("attempts")).hasSize(3);
    assertThat(export.path("attempts").get(2).path("passed").asBoolean()).isTrue();

    assertThat(ada.body("/progress")).contains("id=\"chart-weeks\"", "pattern: prefix-sums");
  }

  @Test
  void anUnknownExportFormatIsRefusedWithOneLine() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);

    MvcResult xml = ada.get("/api/progress/export?format=xml");

    assertThat(xml.getResponse().getStatus()).isEqualTo(400);
    JsonNode error = JSON.readTree(xml.getResponse().getContentAsString());
    assertThat(error.path("detail").asString())
        .isEqualTo("unknown export format 'xml'; use json or csv");
  }
}
