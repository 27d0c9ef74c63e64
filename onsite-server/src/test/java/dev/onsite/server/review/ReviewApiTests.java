package dev.onsite.server.review;

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
 * Code reviews over the JSON API and the page, on the test package {@code cart-total-pr} (defects:
 * float-money, bug, severity 3, cart.py 24-26; unknown-code-ignored, design, 1, cart.py 30;
 * negative-quantity-untested, test-gap, 1, test_cart.py 4-8; line tolerance 1).
 */
@AccountsServer
class ReviewApiTests {

  private static final String PKG = "cart-total-pr";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Words of the answer key that must not reach a browser before the review is submitted. */
  private static final List<String> SECRETS =
      List.of(
          "Money is summed as binary floats",
          "integer cents",
          "silently worth nothing",
          "negative-quantity-untested",
          "a refund out of a purchase");

  @Autowired MockMvc mvc;
  @Autowired Accounts accounts;

  @Test
  void aSubmittedReviewIsGradedWithEveryDefectExplainedAndNoneBefore() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);
    long id = start(ada);
    comment(
        ada, id, Map.of("file", "code/cart.py", "line", 25, "category", "bug", "text", "floats"));
    comment(
        ada,
        id,
        Map.of("file", "cart.py", "lines", List.of(10, 11), "category", "bug", "text", "nit"));

    for (String before :
        List.of(
            ada.body("/api/reviews/" + PKG),
            ada.body("/api/reviews/attempts/" + id),
            ada.body("/reviews/" + PKG),
            ada.body("/api/reviews"))) {
      assertThat(before).doesNotContain(SECRETS);
    }

    JsonNode graded = json(ada.post("/api/reviews/attempts/" + id + "/submit", Map.of()), 200);

    assertThat(graded.path("submitted").asBoolean()).isTrue();
    JsonNode result = graded.path("result");
    assertThat(result.path("score").asDouble()).isEqualTo(60.0);
    assertThat(result.path("precision").asDouble()).isEqualTo(0.5);
    assertThat(result.path("passed").asBoolean()).isFalse();
    assertThat(result.path("defects").findValuesAsString("id"))
        .containsExactly("float-money", "unknown-code-ignored", "negative-quantity-untested");
    JsonNode floats = result.path("defects").get(0);
    assertThat(floats.path("caught").asBoolean()).isTrue();
    assertThat(floats.path("comment").path("lines").toString()).isEqualTo("[25,25]");
    assertThat(floats.path("explanation").asString()).contains("integer cents");
    assertThat(result.path("defects").get(1).path("caught").asBoolean()).isFalse();
    assertThat(result.path("false_alarms")).hasSize(1);
    assertThat(result.path("false_alarms").get(0).path("lines").toString()).isEqualTo("[10,11]");

    String page = ada.body("/reviews/" + PKG + "?attempt=" + id);
    assertThat(page)
        .contains("Money is summed as binary floats", "integer cents", "id=\"false-alarms\"")
        .contains("60.0%");
    assertThat(
            ada.post("/api/reviews/attempts/" + id + "/submit", Map.of()).getResponse().getStatus())
        .as("submitting again returns the first grade")
        .isEqualTo(200);
    assertThat(ada.json("/api/reviews/" + PKG + "/attempts").get(0).path("score").asDouble())
        .isEqualTo(60.0);
  }

  @Test
  void commentsAreSavedAsTypedEditedAndDeleted() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);
    long id = start(ada);
    long first =
        comment(ada, id, Map.of("file", "code/cart.py", "line", 30, "category", "bug", "text", "u"))
            .path("id")
            .asLong();
    long second =
        comment(
                ada,
                id,
                Map.of("file", "code/test_cart.py", "line", 4, "category", "test-gap", "text", ""))
            .path("id")
            .asLong();

    json(
        ada.put(
            "/api/reviews/attempts/" + id + "/comments/" + first,
            Map.of("text", "unknown codes are ignored", "category", "design")),
        200);
    assertThat(
            ada.delete("/api/reviews/attempts/" + id + "/comments/" + second)
                .getResponse()
                .getStatus())
        .isEqualTo(204);

    JsonNode reloaded = ada.json("/api/reviews/attempts/" + id);
    assertThat(reloaded.path("comments")).hasSize(1);
    assertThat(reloaded.path("comments").get(0).path("text").asString())
        .isEqualTo("unknown codes are ignored");
    assertThat(reloaded.path("comments").get(0).path("category").asString()).isEqualTo("design");
    assertThat(reloaded.path("remainingSeconds").asLong()).isBetween(14 * 60L, 15 * 60L);
    assertThat(start(ada)).as("starting again opens the same draft").isEqualTo(id);
  }

  @Test
  void badInputGetsAOneLineReason() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);
    long id = start(ada);
    String comments = "/api/reviews/attempts/" + id + "/comments";

    assertThat(
            reason(
                ada.post(comments, Map.of("file", "code/cart.py", "line", 41, "category", "bug")),
                400))
        .isEqualTo("line 41 does not exist (code/cart.py has 40 lines)");
    assertThat(
            reason(
                ada.post(comments, Map.of("file", "code/cart.py", "line", 3, "category", "style")),
                400))
        .startsWith("unknown category 'style' (known: bug, security");
    assertThat(
            reason(
                ada.post(comments, Map.of("file", "../defects.yaml", "line", 1, "category", "bug")),
                400))
        .isEqualTo(
            "file '../defects.yaml' is not in the package (files: code/cart.py,"
                + " code/test_cart.py)");
    assertThat(
            reason(
                ada.post(
                    comments,
                    Map.of("file", "code/cart.py", "lines", List.of(9, 3), "category", "bug")),
                400))
        .contains("first <= last");
    assertThat(reason(ada.post("/api/reviews/attempts/" + id + "/submit", Map.of()), 400))
        .startsWith("the review has no comments");
    assertThat(reason(ada.post("/api/reviews/no-such-review/attempts", Map.of()), 404))
        .startsWith("no code review package 'no-such-review'");
    assertThat(reason(ada.get("/api/reviews/..cart-total-pr"), 404))
        .startsWith("no code review package '..cart-total-pr'");
    // An encoded slash never reaches the controller: the firewall refuses it first.
    assertThat(ada.get("/api/reviews/..%2Fproblems%2Fsum").getResponse().getStatus())
        .isBetween(400, 404);
    assertThat(ada.get("/reviews/..%2F..%2Fetc").getResponse().getStatus()).isBetween(400, 404);

    comment(ada, id, Map.of("file", "code/cart.py", "line", 25, "category", "bug", "text", "x"));
    json(ada.post("/api/reviews/attempts/" + id + "/submit", Map.of()), 200);
    assertThat(
            reason(
                ada.post(comments, Map.of("file", "code/cart.py", "line", 3, "category", "bug")),
                409))
        .startsWith("this review was submitted at");
  }

  @Test
  void theCatalogueSearchAndCompanyPagesLeadToReviewPackages() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);

    JsonNode listed = ada.json("/api/problems?round=code-review");
    assertThat(listed.findValuesAsString("id")).containsExactly(PKG);
    assertThat(listed.get(0).path("url").asString()).isEqualTo("/reviews/" + PKG);
    assertThat(listed.get(0).path("status").asString()).isEqualTo("new");
    assertThat(ada.json("/api/problems/filters").path("round").toString()).contains("code-review");
    assertThat(ada.body("/problems?round=code-review"))
        .contains("href=\"/reviews/" + PKG + "\"")
        .contains("Review a shopping-cart total");
    assertThat(ada.json("/api/search?q=cart total discount").findValuesAsString("url"))
        .contains("/reviews/" + PKG);

    JsonNode loop = ada.json("/api/companies/acme").path("loops").get(0);
    assertThat(loop.path("rounds").get(2).path("practice").findValuesAsString("url"))
        .containsExactly("/reviews/" + PKG);
    assertThat(loop.path("questions").get(1).path("practice").findValuesAsString("id"))
        .containsExactly(PKG);
    assertThat(ada.body("/companies/acme")).contains("href=\"/reviews/" + PKG + "\"");

    long id = start(ada);
    for (Object[] c :
        List.of(
            new Object[] {"code/cart.py", 25, "bug"},
            new Object[] {"code/cart.py", 30, "design"},
            new Object[] {"code/test_cart.py", 5, "test-gap"})) {
      comment(ada, id, Map.of("file", c[0], "line", c[1], "category", c[2], "text", "found"));
    }
    assertThat(
            json(ada.post("/api/reviews/attempts/" + id + "/submit", Map.of()), 200)
                .path("score")
                .asDouble())
        .isEqualTo(100.0);
    assertThat(ada.json("/api/problems?round=code-review").get(0).path("status").asString())
        .isEqualTo("solved");
  }

  private static long start(ApiClient who) throws Exception {
    return json(who.post("/api/reviews/" + PKG + "/attempts", Map.of()), 200).path("id").asLong();
  }

  private static JsonNode comment(ApiClient who, long review, Map<String, Object> body)
      throws Exception {
    return json(who.post("/api/reviews/attempts/" + review + "/comments", body), 201);
  }

  private static JsonNode json(MvcResult result, int status) throws Exception {
    String body = result.getResponse().getContentAsString();
    assertThat(result.getResponse().getStatus()).as(body).isEqualTo(status);
    return JSON.readTree(body);
  }

  private static String reason(MvcResult result, int status) throws Exception {
    String detail = json(result, status).path("detail").asString();
    assertThat(detail).doesNotContain("\n");
    return detail;
  }
}
