package dev.onsite.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.onsite.server.account.Accounts;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/**
 * What must never happen: hidden tests' data in a response, one person reading another's code, a
 * forged cross-site request, a script from a statement, a locked level shown early.
 */
@AccountsServer
class SecurityTests {

  @Autowired MockMvc mvc;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;

  @Test
  void hiddenTestDataNeverReachesAnyResponse() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);
    // Echoing the input prints each hidden test's data; wrong answers on every hidden test.
    long echo = ada.submit("sum", "python", "import sys\nprint(sys.stdin.read())\n", "submit");
    JsonNode judged = ada.awaitJudged(echo);
    long counter =
        ada.submit(
            "counter",
            "python",
            "class Counter:\n"
                + "    def increment(self, key):\n        return key\n"
                + "    def get_count(self, key):\n        return key\n",
            "submit");
    ada.awaitJudged(counter);

    assertThat(judged.path("verdict").asString()).isEqualTo("WA");
    for (String url :
        new String[] {
          "/api/submissions/" + echo,
          "/api/submissions/" + counter,
          "/api/submissions/" + echo + "/events",
          "/api/submissions/" + counter + "/events",
          "/api/problems/sum/submissions",
          "/api/problems/sum",
          "/api/problems/counter",
          "/problems/sum",
          "/problems/counter",
          "/submissions/" + echo,
          "/submissions/" + counter,
          "/api/dashboard",
          "/api/search?q=secret"
        }) {
      String body = ada.body(url);
      for (String secret : TestProblems.SECRETS) {
        assertThat(body).as(url).doesNotContain(secret);
      }
    }
    // The visible test's data is shown, as it should be.
    assertThat(ada.body("/api/submissions/" + echo)).contains("expected");
  }

  @Test
  void onePersonCannotReadAnothersSubmissions() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);
    ApiClient eve = ApiClient.newAccount(mvc, accounts);
    long mine = ada.submit("sum", "python", TestProblems.SUM_PYTHON, "run");
    long theirs = eve.submit("sum", "python", TestProblems.SUM_PYTHON, "run");

    assertThat(eve.get("/api/submissions/" + mine).getResponse().getStatus()).isEqualTo(404);
    assertThat(eve.get("/api/submissions/" + mine + "/events").getResponse().getStatus())
        .isEqualTo(404);
    assertThat(eve.get("/submissions/" + mine).getResponse().getStatus()).isEqualTo(404);
    assertThat(
            eve.get("/api/submissions/diff?from=" + theirs + "&to=" + mine)
                .getResponse()
                .getStatus())
        .isEqualTo(404);
    assertThat(eve.body("/api/problems/sum/submissions")).doesNotContain("\"id\":" + mine + ",");
    assertThat(ada.get("/api/submissions/" + mine).getResponse().getStatus()).isEqualTo(200);
  }

  @Test
  void aRequestWithoutTheCsrfTokenIsRefused() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);

    MvcResult forged =
        mvc.perform(
                post("/api/problems/sum/submissions")
                    .with(user(ada.user()))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"language\":\"python\",\"source\":\"print(3)\",\"mode\":\"run\"}"))
            .andReturn();
    MvcResult forgedLogout = mvc.perform(post("/logout").with(user(ada.user()))).andReturn();

    assertThat(forged.getResponse().getStatus()).isEqualTo(403);
    assertThat(forgedLogout.getResponse().getStatus()).isEqualTo(403);
    assertThat(ada.body("/api/problems/sum/submissions")).isEqualTo("[]");
  }

  @Test
  void withoutAnAccountPagesAskToSignInAndTheApiAnswers401() throws Exception {
    MvcResult page = mvc.perform(get("/problems")).andReturn();
    MvcResult api = mvc.perform(get("/api/problems")).andReturn();
    MvcResult login = mvc.perform(get("/login")).andReturn();

    assertThat(page.getResponse().getStatus()).isEqualTo(302);
    assertThat(page.getResponse().getRedirectedUrl()).endsWith("/login");
    assertThat(api.getResponse().getStatus()).isEqualTo(401);
    assertThat(login.getResponse().getStatus()).isEqualTo(200);
  }

  private MvcResult signIn(String username, String password, String address) throws Exception {
    return mvc.perform(
            post("/login")
                .param("username", username)
                .param("password", password)
                .with(csrf())
                .with(
                    request -> {
                      request.setRemoteAddr(address);
                      return request;
                    }))
        .andReturn();
  }

  @Test
  void fiveWrongPasswordsLockTheUserNameEvenAgainstTheRightOne() throws Exception {
    accounts.register("locked-out", "the right password");
    accounts.register("bystander", "the right password");
    for (int i = 0; i < 5; i++) {
      assertThat(signIn("locked-out", "guess " + i, "10.0.0.1").getResponse().getRedirectedUrl())
          .endsWith("/login?error");
    }

    MvcResult right = signIn("locked-out", "the right password", "10.0.0.2");
    MvcResult other = signIn("bystander", "the right password", "10.0.0.1");

    assertThat(right.getResponse().getRedirectedUrl()).endsWith("/login?locked=user&minutes=15");
    assertThat(right.getResponse().getHeader("Retry-After")).isEqualTo("900");
    String page =
        mvc.perform(get(right.getResponse().getRedirectedUrl()))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("too many failed sign-ins for this user name; try again in 15");
    assertThat(other.getResponse().getRedirectedUrl()).endsWith("/problems");
  }

  @Test
  void oneAddressMayTryTwentySignInsAMinute() throws Exception {
    accounts.register("hammered", "the right password");
    for (int i = 0; i < 20; i++) {
      signIn("nobody-" + i, "guess", "10.9.9.9");
    }
    assertThat(
            signIn("hammered", "the right password", "10.9.9.9").getResponse().getRedirectedUrl())
        .endsWith("/login?locked=address&minutes=1");
    assertThat(
            signIn("hammered", "the right password", "10.9.9.10").getResponse().getRedirectedUrl())
        .endsWith("/problems");
  }

  @Test
  void responsesCarryTheSecurityHeaders() throws Exception {
    var response = mvc.perform(get("/login")).andReturn().getResponse();
    assertThat(response.getHeader("Content-Security-Policy"))
        .contains("script-src 'self'")
        .contains("frame-ancestors 'none'")
        .contains("object-src 'none'");
    assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
    assertThat(response.getHeader("Referrer-Policy")).isEqualTo("same-origin");
  }

  @Test
  void passwordsAreStoredAsBcryptHashes() {
    accounts.register("hashed", "a long password");
    String hash =
        jdbc.sql("select password_hash from accounts where username = 'hashed'")
            .query(String.class)
            .single();
    assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("a long password");
  }

  @Test
  void candidatesCannotManageAccountsOrReloadProblems() throws Exception {
    ApiClient someone = ApiClient.newAccount(mvc, accounts);
    if (someone.user().isAdmin()) {
      someone = ApiClient.newAccount(mvc, accounts);
    }

    assertThat(someone.get("/api/admin/accounts").getResponse().getStatus()).isEqualTo(403);
    assertThat(someone.get("/admin").getResponse().getStatus()).isEqualTo(403);
    assertThat(someone.post("/api/problems/reload", Map.of()).getResponse().getStatus())
        .isEqualTo(403);
  }

  @Test
  void aLockedLevelShowsNeitherItsStatementNorItsExamplesNorItsMessages() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);
    String[] lockedMarkers = {"RESET-LEVEL-TWO-MARKER", "level-two-sample-marker", "reset"};

    for (String url : new String[] {"/api/problems/counter", "/problems/counter"}) {
      String body = ada.body(url);
      assertThat(body).as(url).doesNotContain(lockedMarkers[0]).doesNotContain(lockedMarkers[1]);
    }
    assertThat(ada.body("/problems/counter/statement")).doesNotContain(lockedMarkers[0]);
    assertThat(ada.body("/api/search?q=RESET-LEVEL-TWO-MARKER")).doesNotContain(lockedMarkers[0]);

    JsonNode judged = ada.judge("counter", "python", TestProblems.COUNTER_LEVEL_1_PYTHON, "submit");

    assertThat(judged.path("levelsPassed").asInt()).isEqualTo(1);
    for (JsonNode test : judged.path("tests")) {
      if (test.path("level").asString().equals("level-2")) {
        assertThat(test.path("visible").asBoolean()).isFalse();
        assertThat(test.path("message").asString()).doesNotContain("reset");
      }
    }
    assertThat(ada.body("/api/problems/counter"))
        .contains(lockedMarkers[0])
        .contains(lockedMarkers[1]);
  }

  @Test
  void statementFilesAreTheOnlyPackageFilesServed() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);

    for (String url :
        new String[] {
          "/problems/sum/statement/problem.md",
          "/problems/sum/statement/..%2Fdata%2Fsecret%2F1.in",
          "/problems/sum/statement/%2e%2e%2fdata%2fsecret%2f1.ans",
          "/problems/sum/data/secret/1.in",
          "/problems/sum/statement/../data/secret/1.in"
        }) {
      MvcResult result = ada.get(url);
      assertThat(result.getResponse().getStatus()).as(url).isIn(400, 404);
      for (String secret : TestProblems.SECRETS) {
        assertThat(result.getResponse().getContentAsString()).as(url).doesNotContain(secret);
      }
    }
  }

  @Test
  void pagesForbidInlineScripts() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);

    MvcResult page = ada.get("/problems/sum");

    assertThat(page.getResponse().getHeader("Content-Security-Policy"))
        .contains("script-src 'self'")
        .doesNotContain("unsafe-inline' ;")
        .doesNotContain("script-src 'self' 'unsafe-inline'");
    assertThat(page.getResponse().getContentAsString())
        .doesNotContain("<script>window.pwned")
        .contains("&lt;script&gt;window.pwned");
  }
}
