package dev.onsite.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onsite.server.AccountsServer;
import dev.onsite.server.ApiClient;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Personal API tokens on a server with accounts: a token signs its owner in on the API, with no
 * session and no CSRF token, until it is revoked; anything else with a bearer header is 401.
 */
@AccountsServer
class ApiTokenTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired MockMvc mvc;
  @Autowired Accounts accounts;

  private MvcResult bearer(String method, String url, String token, Object body) throws Exception {
    var request =
        MockMvcRequestBuilders.request(org.springframework.http.HttpMethod.valueOf(method), url)
            .header("Authorization", "Bearer " + token)
            .accept(MediaType.APPLICATION_JSON);
    if (body != null) {
      request.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body));
    }
    return mvc.perform(request).andReturn();
  }

  @Test
  void aTokenSignsItsOwnerInOnTheApiWithoutCsrfUntilItIsRevoked() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);
    MvcResult made = ada.post("/api/account/tokens", Map.of("name", "laptop"));
    assertThat(made.getResponse().getStatus()).isEqualTo(201);
    JsonNode created = JSON.readTree(made.getResponse().getContentAsString());
    String token = created.path("token").asString();
    assertThat(token).startsWith(ApiTokens.PREFIX).hasSizeGreaterThan(40);

    MvcResult me = bearer("GET", "/api/me", token, null);
    assertThat(me.getResponse().getStatus()).isEqualTo(200);
    assertThat(JSON.readTree(me.getResponse().getContentAsString()).path("username").asString())
        .isEqualTo(ada.user().getUsername());
    assertThat(me.getRequest().getSession(false)).isNull();
    // A change with no CSRF token: the bearer header is the proof.
    MvcResult plan =
        bearer(
            "PUT",
            "/api/plan",
            token,
            Map.of(
                "companies",
                java.util.List.of("acme"),
                "interviewDate",
                LocalDate.now().plusDays(9).toString()));
    assertThat(plan.getResponse().getStatus())
        .as(plan.getResponse().getContentAsString())
        .isEqualTo(200);

    String listed = ada.body("/api/account/tokens");
    assertThat(listed).contains("laptop", token.substring(0, 12)).doesNotContain(token);
    assertThat(ada.body("/account")).contains("laptop").doesNotContain(token);

    ApiClient eve = ApiClient.newAccount(mvc, accounts);
    long id = created.path("id").asLong();
    assertThat(eve.delete("/api/account/tokens/" + id).getResponse().getStatus()).isEqualTo(404);
    assertThat(bearer("GET", "/api/me", token, null).getResponse().getStatus()).isEqualTo(200);

    assertThat(ada.delete("/api/account/tokens/" + id).getResponse().getStatus()).isEqualTo(204);
    MvcResult revoked = bearer("GET", "/api/me", token, null);
    assertThat(revoked.getResponse().getStatus()).isEqualTo(401);
    assertThat(JSON.readTree(revoked.getResponse().getContentAsString()).path("detail").asString())
        .isEqualTo(
            "the API token is not valid (mistyped or revoked): make one on your account page");
  }

  @Test
  void aMadeUpTokenIsRefusedAndDoesNotFallBackToTheSession() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);
    MvcResult forged =
        mvc.perform(
                MockMvcRequestBuilders.put("/api/plan")
                    .with(
                        org.springframework.security.test.web.servlet.request
                            .SecurityMockMvcRequestPostProcessors.user(ada.user()))
                    .header("Authorization", "Bearer onsite_made-up")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{}"))
            .andReturn();
    assertThat(forged.getResponse().getStatus()).isEqualTo(401);
    assertThat(bearer("GET", "/api/me", "not-even-ours", null).getResponse().getStatus())
        .isEqualTo(401);
    assertThat(
            JSON.readTree(
                    ada.post("/api/account/tokens", Map.of("name", " "))
                        .getResponse()
                        .getContentAsString())
                .path("detail")
                .asString())
        .isEqualTo("name the token in 1 to 64 characters (e.g. the laptop it is for)");
  }
}
