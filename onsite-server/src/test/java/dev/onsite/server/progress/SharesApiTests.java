package dev.onsite.server.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onsite.server.AccountsServer;
import dev.onsite.server.ApiClient;
import dev.onsite.server.TestProblems;
import dev.onsite.server.account.Accounts;
import dev.onsite.server.account.Role;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A person shares their progress with a coach, who sees it until they stop; nobody else does. */
@AccountsServer
class SharesApiTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired MockMvc mvc;
  @Autowired Accounts accounts;

  private static String detail(MvcResult result, int status) throws Exception {
    assertThat(result.getResponse().getStatus()).isEqualTo(status);
    return JSON.readTree(result.getResponse().getContentAsString()).path("detail").asString();
  }

  @Test
  void aCoachSeesTheProgressOfThoseWhoShareItAndOnlyUntilTheyStop() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);
    ApiClient coach = ApiClient.newAccount(mvc, accounts);
    ApiClient eve = ApiClient.newAccount(mvc, accounts);
    accounts.changeRole(coach.user().accountId(), Role.COACH);
    String adaName = ada.user().getUsername();
    String coachName = coach.user().getUsername();
    ada.judge("sum", "python", TestProblems.SUM_PYTHON, "submit");

    // Before sharing, Ada's progress is not the coach's to see, and says nothing of who exists.
    assertThat(detail(coach.get("/api/progress/of/" + adaName), 404))
        .isEqualTo("no one named '" + adaName + "' shares their progress with you");
    assertThat(detail(coach.get("/api/progress/of/nobody-here"), 404))
        .isEqualTo("no one named 'nobody-here' shares their progress with you");

    JsonNode shared = JSON.readTree(body(ada.put("/api/progress/shares/" + coachName, Map.of())));
    assertThat(shared.path("coaches").toString()).isEqualTo("[\"" + coachName + "\"]");
    assertThat(coach.json("/api/progress/shares").path("students").toString())
        .isEqualTo("[\"" + adaName + "\"]");
    JsonNode seen = coach.json("/api/progress/of/" + adaName);
    assertThat(seen.path("attempts").asInt()).isEqualTo(1);
    assertThat(seen.path("passed").asInt()).isEqualTo(1);
    assertThat(coach.body("/progress/of/" + adaName))
        .contains("Progress of " + adaName, "data-source=\"/api/progress/of/" + adaName + "\"");
    assertThat(coach.body("/progress")).contains("/progress/of/" + adaName);
    assertThat(eve.get("/api/progress/of/" + adaName).getResponse().getStatus()).isEqualTo(404);

    ada.delete("/api/progress/shares/" + coachName);
    assertThat(coach.get("/api/progress/of/" + adaName).getResponse().getStatus()).isEqualTo(404);
    assertThat(coach.json("/api/progress/shares").path("students")).isEmpty();
  }

  @Test
  void sharingNeedsAnAccountWithTheCoachRoleAndNotOneself() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);
    ApiClient bob = ApiClient.newAccount(mvc, accounts);
    String bobName = bob.user().getUsername();

    assertThat(detail(ada.put("/api/progress/shares/" + bobName, Map.of()), 400))
        .isEqualTo(
            "no coach named '"
                + bobName
                + "': ask your coach for their user name (an admin gives accounts the coach"
                + " role)");
    accounts.changeRole(ada.user().accountId(), Role.COACH);
    assertThat(detail(ada.put("/api/progress/shares/" + ada.user().getUsername(), Map.of()), 400))
        .isEqualTo("you see your own progress already: name another coach");
  }

  private static String body(MvcResult result) throws Exception {
    assertThat(result.getResponse().getStatus())
        .as(result.getResponse().getContentAsString())
        .isEqualTo(200);
    return result.getResponse().getContentAsString();
  }
}
