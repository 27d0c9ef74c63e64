package dev.onsite.server.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onsite.server.AccountsServer;
import dev.onsite.server.ApiClient;
import dev.onsite.server.account.Accounts;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The workspace page and the shelf that puts workspaces in the catalogue, search and company pages,
 * on the test package {@code fix-total} (round debugging, company acme).
 */
@AccountsServer
class WorkspacePageTests {

  private static final String FIXED = "def total(amounts):\n    return sum(amounts)\n";

  @Autowired MockMvc mvc;
  @Autowired Accounts accounts;

  @Test
  void theCatalogueSearchAndCompanyPagesLeadToTheWorkspacePage() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);

    JsonNode listed = ada.json("/api/problems?round=debugging");
    assertThat(listed.findValuesAsString("id")).containsExactly("fix-total");
    assertThat(listed.get(0).path("url").asString()).isEqualTo("/workspaces/fix-total");
    assertThat(listed.get(0).path("kind").asString()).isEqualTo("workspace");
    assertThat(listed.get(0).path("status").asString()).isEqualTo("new");
    assertThat(ada.json("/api/problems/filters").path("round").toString()).contains("debugging");
    assertThat(ada.body("/problems?round=debugging"))
        .contains("href=\"/workspaces/fix-total\"")
        .contains("Fix the ledger total");
    assertThat(ada.json("/api/search?q=ledger total").findValuesAsString("url"))
        .contains("/workspaces/fix-total");
    assertThat(ada.body("/companies/acme")).contains("href=\"/workspaces/fix-total\"");
  }

  @Test
  void theStatusFollowsTheAccountsSubmissions() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);

    long id = submitFix(ada, "submit");
    assertThat(ada.awaitJudged(id).path("verdict").asString()).isEqualTo("AC");

    assertThat(ada.json("/api/problems?round=debugging").get(0).path("status").asString())
        .isEqualTo("solved");
    assertThat(ApiClient.newAccount(mvc, accounts).json("/api/problems?round=debugging"))
        .first()
        .satisfies(p -> assertThat(p.path("status").asString()).isEqualTo("new"));
  }

  @Test
  void thePageShowsTheRoundAndNeverAHiddenTest() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);

    String page = ada.body("/workspaces/fix-total");

    assertThat(page)
        .contains("Fix the ledger total")
        .contains("data-workspace=\"fix-total\"")
        .contains("data-minutes=\"10\"")
        .contains("Debugging")
        .contains("ledger.total")
        .doesNotContain("test_total_hidden")
        .doesNotContain("total([7])");
    assertThat(ada.get("/workspaces/nope").getResponse().getStatus()).isEqualTo(404);
  }

  @Test
  void withoutAConfiguredEndpointTheAssistantSaysHowToConnectOneAndSendsNothing() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);

    MvcResult asked =
        ada.post(
            "/api/workspaces/pair-count/assistant",
            Map.of("messages", List.of(Map.of("role", "user", "content", "help?"))));
    String page = ada.body("/workspaces/pair-count");

    assertThat(asked.getResponse().getStatus()).isEqualTo(409);
    assertThat(asked.getResponse().getContentAsString())
        .contains("No assistant is connected, and nothing is sent anywhere")
        .contains("--onsite.llm.base-url=URL");
    assertThat(page)
        .contains("id=\"assistant\"")
        .contains("data-connected=\"false\"")
        .contains("No assistant is connected")
        .containsPattern("id=\"chat-send\"[^>]*disabled");
    assertThat(ada.body("/workspaces/fix-total")).doesNotContain("id=\"assistant\"");
  }

  @Test
  void theChangesPageShowsOnlyTheAuthorsOwnSubmissionOfThatWorkspace() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);
    ApiClient bob = ApiClient.newAccount(mvc, accounts);
    long id = submitFix(ada, "run");
    ada.awaitJudged(id);

    String page = ada.body("/workspaces/fix-total/submissions/" + id);

    assertThat(page)
        .contains("Submission #" + id)
        .contains("data-path=\"ledger/total.py\"")
        .contains("return sum(amounts)");
    assertThat(bob.get("/workspaces/fix-total/submissions/" + id).getResponse().getStatus())
        .isEqualTo(404);
    long problem = ada.submit("sum", "python", "print(3)\n", "run");
    assertThat(ada.get("/workspaces/fix-total/submissions/" + problem).getResponse().getStatus())
        .isEqualTo(404);
  }

  /** Send the fix in {@code mode} and return the submission's id. */
  private static long submitFix(ApiClient who, String mode) throws Exception {
    String body =
        who.post(
                "/api/workspaces/fix-total/submissions",
                Map.of("files", Map.of("ledger/total.py", FIXED), "mode", mode))
            .getResponse()
            .getContentAsString();
    return JsonMapper.builder().build().readTree(body).get("id").asLong();
  }
}
