package dev.onsite.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onsite.server.account.Accounts;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Nobody reaches another person's data by id, on any endpoint: Ada stores one of every private
 * thing (a submission and its source, a story, a design attempt, a draft, a card review, an exam, a
 * code review and its comment), each carrying a marker no one else could guess; then Eve, signed
 * in, and an anonymous client call every endpoint found in the controller mappings (so a new one is
 * covered without editing this test) with Ada's ids in every path variable and parameter that names
 * a private thing, with every method it accepts and a body that would overwrite. No response may
 * carry Ada's marker, and afterwards everything of Ada's is as she left it. A path variable this
 * test cannot fill fails it, with the line to add.
 */
@AccountsServer
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OwnershipTests {

  private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** What Eve sends to every state-changing endpoint: every field any of them reads, as hers. */
  private static final String OVERWRITE =
      """
      {"title": "eve-overwrote", "situation": "eve-overwrote", "action": "eve-overwrote",
       "impact": "eve-overwrote", "learning": "eve-overwrote", "questions": [], "values": [],
       "answer": {"clarify": "eve-overwrote"}, "checked": [], "body": "eve-overwrote",
       "language": "python", "source": "print('eve-overwrote')", "mode": "run",
       "rating": "again", "role": "admin", "questionId": "hardest-project", "notes": "eve-overwrote",
       "text": "eve-overwrote", "category": "design", "file": "code/cart.py", "line": 1}
      """;

  @Autowired MockMvc mvc;
  @Autowired Accounts accounts;
  @Autowired ApplicationContext context;

  private final String marker = "ada-private-" + UUID.randomUUID();
  private ApiClient ada;
  private final Map<String, String> adas = new LinkedHashMap<>();

  /** Progress a fresh account sees before Ada did anything. */
  private JsonNode freshDashboard;

  @BeforeAll
  void adaStoresOneOfEverything() throws Exception {
    freshDashboard = ApiClient.newAccount(mvc, accounts).json("/api/dashboard");
    ada = ApiClient.newAccount(mvc, accounts);
    adas.put("account", "" + ada.user().accountId());

    long submission =
        ada.judge("sum", "python", "# " + marker + "\n" + TestProblems.SUM_PYTHON, "submit")
            .get("id")
            .asLong();
    adas.put("submission", "" + submission);

    MvcResult workspace =
        ada.post(
            "/api/workspaces/fix-total/submissions",
            Map.of("files", Map.of("ledger/total.py", "# " + marker + "\n"), "mode", "run"));
    assertThat(workspace.getResponse().getStatus()).as(body(workspace)).isEqualTo(202);
    adas.put("workspace-submission", JSON.readTree(body(workspace)).get("id").asString());

    MvcResult story =
        ada.post(
            "/api/stories",
            Map.of(
                "title",
                marker,
                "situation",
                marker,
                "action",
                "led it",
                "impact",
                "shipped",
                "learning",
                "ask early",
                "questions",
                List.of("hardest-project"),
                "values",
                List.of()));
    assertThat(story.getResponse().getStatus()).as(body(story)).isBetween(200, 201);
    adas.put("story", JSON.readTree(body(story)).get("id").asString());

    MvcResult attempt = ada.post("/api/design/feature-store/attempts", Map.of());
    assertThat(attempt.getResponse().getStatus()).as(body(attempt)).isEqualTo(200);
    String attemptId = JSON.readTree(body(attempt)).get("id").asString();
    adas.put("attempt", attemptId);
    assertThat(
            ada.put(
                    "/api/design/attempts/" + attemptId + "/answer",
                    Map.of("answer", Map.of("clarify", marker)))
                .getResponse()
                .getStatus())
        .isEqualTo(200);

    String draftKey = "story-new";
    adas.put("draft", draftKey);
    assertThat(ada.put("/api/drafts/" + draftKey, Map.of("body", marker)).getResponse().getStatus())
        .isBetween(200, 204);

    assertThat(
            ada.post("/api/cards/classical-ml/gini-impurity/review", Map.of("rating", "good"))
                .getResponse()
                .getStatus())
        .isEqualTo(200);
    assertThat(ada.post("/api/problems/sum/exam", Map.of()).getResponse().getStatus())
        .isBetween(200, 201);

    assertThat(ada.post("/api/takehomes/tiny-table/attempts", Map.of()).getResponse().getStatus())
        .isEqualTo(201);
    MvcResult review = ada.post("/api/reviews/cart-total-pr/attempts", Map.of());
    assertThat(review.getResponse().getStatus()).as(body(review)).isEqualTo(200);
    String reviewId = JSON.readTree(body(review)).get("id").asString();
    adas.put("review", reviewId);
    MvcResult comment =
        ada.post(
            "/api/reviews/attempts/" + reviewId + "/comments",
            Map.of("file", "code/cart.py", "line", 25, "category", "bug", "text", marker));
    assertThat(comment.getResponse().getStatus()).as(body(comment)).isEqualTo(201);
    adas.put("comment", JSON.readTree(body(comment)).get("id").asString());
    MvcResult mock = ada.post("/api/mock-loops", Map.of("company", "acme", "loop", "mock-loop"));
    assertThat(mock.getResponse().getStatus()).as(body(mock)).isEqualTo(201);
    adas.put("mock", JSON.readTree(body(mock)).get("id").asString());
    MvcResult token = ada.post("/api/account/tokens", Map.of("name", marker));
    assertThat(token.getResponse().getStatus()).as(body(token)).isEqualTo(201);
    adas.put("token", JSON.readTree(body(token)).get("id").asString());
    MvcResult plan =
        ada.put(
            "/api/plan",
            Map.of(
                "companies",
                List.of("acme"),
                "interviewDate",
                java.time.LocalDate.now().plusDays(20).toString()));
    assertThat(plan.getResponse().getStatus()).as(body(plan)).isEqualTo(200);
    adas.put("username", ada.user().getUsername());
  }

  @Test
  void adaSeesHerOwnMarkerSoTheWalkCanTellALeak() throws Exception {
    // Without this, a marker that never reaches any response would make the walk pass vacuously.
    for (String url :
        List.of(
            "/api/submissions/" + adas.get("submission"),
            "/api/stories",
            "/api/design/attempts/" + adas.get("attempt"),
            "/api/drafts/" + adas.get("draft"),
            "/api/reviews/attempts/" + adas.get("review"))) {
      assertThat(ada.body(url)).as(url).contains(marker);
    }
  }

  @Test
  void eveCallingEveryEndpointWithAdasIdsGetsNoneOfAdasData() throws Exception {
    ApiClient eve = ApiClient.newAccount(mvc, accounts);
    List<String> leaks =
        walk(request -> request.with(SecurityMockMvcRequestPostProcessors.user(eve.user())));
    assertThat(leaks).isEmpty();
    adasThingsAreAsSheLeftThem();
  }

  @Test
  void anonymousClientsCallingEveryEndpointGetNoneOfAdasData() throws Exception {
    List<String> leaks = walk(Function.identity());
    assertThat(leaks).isEmpty();
    adasThingsAreAsSheLeftThem();
  }

  @Test
  void someoneElsesProgressDoesNotShowInMine() throws Exception {
    JsonNode mine = personal(ApiClient.newAccount(mvc, accounts).json("/api/dashboard"));
    assertThat(mine).isEqualTo(personal(freshDashboard));
    assertThat(personal(ada.json("/api/dashboard")))
        .as("Ada's own progress moved")
        .isNotEqualTo(mine);
  }

  @Test
  void everyPathVariableOfEveryEndpointIsKnownToTheWalk() {
    List<String> unknown = new ArrayList<>();
    for (Endpoint endpoint : endpoints()) {
      Matcher m = VARIABLE.matcher(endpoint.pattern());
      while (m.find()) {
        if (value(endpoint.pattern(), m.group(1)) == null) {
          unknown.add(
              endpoint
                  + ": add what {"
                  + m.group(1)
                  + "} names to OwnershipTests.value (one of Ada's ids, or a public id)");
        }
      }
    }
    assertThat(unknown).isEmpty();
  }

  /** Every endpoint with Ada's ids; what each response leaked of Ada's, if anything. */
  private List<String> walk(
      Function<MockHttpServletRequestBuilder, MockHttpServletRequestBuilder> as) throws Exception {
    List<String> leaks = new ArrayList<>();
    for (Endpoint endpoint : endpoints()) {
      String url = fill(endpoint.pattern()) + parameters();
      MockHttpServletRequestBuilder request =
          MockMvcRequestBuilders.request(endpoint.method(), URI.create(url))
              .with(SecurityMockMvcRequestPostProcessors.csrf())
              .accept(MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, MediaType.ALL);
      if (endpoint.method() != HttpMethod.GET) {
        request.contentType(MediaType.APPLICATION_JSON).content(OVERWRITE);
      }
      MvcResult result;
      try {
        result = mvc.perform(as.apply(request)).andReturn();
      } catch (Exception e) {
        // Not a leak, but the walk cannot tell: a server error is a failure of its own.
        leaks.add(endpoint.method() + " " + url + " threw " + e.getMessage());
        continue;
      }
      if (result.getRequest().isAsyncStarted()) {
        result.getAsyncResult(30_000);
      }
      String body = body(result);
      if (body.contains(marker)) {
        leaks.add(
            endpoint.method()
                + " "
                + url
                + " answered "
                + result.getResponse().getStatus()
                + " with Ada's data");
      }
    }
    return leaks;
  }

  private void adasThingsAreAsSheLeftThem() throws Exception {
    assertThat(ada.body("/api/submissions/" + adas.get("submission"))).contains(marker);
    assertThat(
            ada.body(
                "/api/workspaces/submissions/" + adas.get("workspace-submission") + "/changes"))
        .contains(marker);
    assertThat(ada.body("/api/stories")).contains(marker).doesNotContain("eve-overwrote");
    assertThat(ada.body("/api/design/attempts/" + adas.get("attempt")))
        .contains(marker)
        .doesNotContain("eve-overwrote");
    assertThat(ada.body("/api/drafts/" + adas.get("draft")))
        .contains(marker)
        .doesNotContain("eve-overwrote");
    JsonNode mock = ada.json("/api/mock-loops/" + adas.get("mock"));
    assertThat(mock.path("rounds").get(1).path("state").asString())
        .as("Ada's mock loop's coding round")
        .isEqualTo("not-started");
    JsonNode review = ada.json("/api/reviews/attempts/" + adas.get("review"));
    assertThat(review.path("submitted").asBoolean()).as("Ada's review is still a draft").isFalse();
    assertThat(review.path("comments")).hasSize(1);
    assertThat(review.path("comments").get(0).path("text").asString()).isEqualTo(marker);
    assertThat(review.path("comments").get(0).path("category").asString()).isEqualTo("bug");
    assertThat(ada.body("/api/account/tokens")).as("Ada's token").contains(marker);
    assertThat(ada.get("/api/plan").getResponse().getStatus()).as("Ada's plan").isEqualTo(200);
    assertThat(accounts.find(ada.user().accountId()).orElseThrow().role())
        .as("Ada's role")
        .isEqualTo(dev.onsite.server.account.Role.CANDIDATE);
  }

  /**
   * What a path variable names: one of Ada's private things where the path is about one, else a
   * public id of the test content; null when the walk does not know.
   */
  private String value(String pattern, String variable) {
    if (variable.equals("key") && pattern.startsWith("/api/drafts/")) {
      return adas.get("draft");
    }
    if (variable.equals("id")) {
      if (pattern.startsWith("/api/submissions/") || pattern.startsWith("/submissions/")) {
        return adas.get("submission");
      }
      if (pattern.startsWith("/api/stories/") || pattern.startsWith("/stories/")) {
        return adas.get("story");
      }
      if (pattern.startsWith("/api/design/attempts/")) {
        return adas.get("attempt");
      }
      if (pattern.startsWith("/api/reviews/attempts/")) {
        return adas.get("review");
      }
      if (pattern.startsWith("/reviews/")) {
        return "cart-total-pr";
      }
      if (pattern.startsWith("/admin/accounts/") || pattern.startsWith("/api/admin/accounts/")) {
        return adas.get("account");
      }
      if (pattern.startsWith("/api/problems/") || pattern.startsWith("/problems/")) {
        return "sum";
      }
      if (pattern.startsWith("/api/companies/") || pattern.startsWith("/companies/")) {
        return "acme";
      }
      if (pattern.startsWith("/api/mock-loops/") || pattern.startsWith("/mock/")) {
        return adas.get("mock");
      }
      if (pattern.startsWith("/design/")) {
        return "feature-store";
      }
      if (pattern.startsWith("/api/workspaces/") || pattern.startsWith("/workspaces/")) {
        return "fix-total";
      }
      if (pattern.startsWith("/api/account/tokens/") || pattern.startsWith("/account/tokens/")) {
        return adas.get("token");
      }
      if (pattern.startsWith("/api/takehomes/") || pattern.startsWith("/takehomes/")) {
        // Attempts are the caller's own: Eve reaches only hers, whatever the package id.
        return "tiny-table";
      }
    }
    if (variable.equals("submission")
        && (pattern.startsWith("/api/workspaces/submissions/")
            || pattern.startsWith("/workspaces/"))) {
      return adas.get("workspace-submission");
    }
    return switch (variable) {
      case "promptId" -> "feature-store";
      case "packageId" -> "cart-total-pr";
      case "commentId" -> adas.get("comment");
      case "username", "coach" -> adas.get("username");
      case "deck" -> "classical-ml";
      case "card" -> "gini-impurity";
      case "file" -> "statement.md";
      case "number" -> "2";
      default -> null;
    };
  }

  /** Parameters that name private things, set to Ada's: a diff between her submissions. */
  private String parameters() {
    String id = adas.get("submission");
    return "?from=" + id + "&to=" + id + "&submission=" + id + "&attempt=" + adas.get("review");
  }

  private String fill(String pattern) {
    Matcher m = VARIABLE.matcher(pattern);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = value(pattern, m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "1" : value));
    }
    m.appendTail(out);
    return out.toString().replace("/**", "/x");
  }

  record Endpoint(HttpMethod method, String pattern) {
    @Override
    public String toString() {
      return method + " " + pattern;
    }
  }

  private List<Endpoint> endpoints() {
    Set<Endpoint> out = new LinkedHashSet<>();
    for (RequestMappingHandlerMapping mapping :
        context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
      for (Map.Entry<RequestMappingInfo, org.springframework.web.method.HandlerMethod> entry :
          mapping.getHandlerMethods().entrySet()) {
        if (!entry.getValue().getBeanType().getName().startsWith("dev.onsite.")) {
          continue;
        }
        Set<HttpMethod> methods = new LinkedHashSet<>();
        entry
            .getKey()
            .getMethodsCondition()
            .getMethods()
            .forEach(m -> methods.add(m.asHttpMethod()));
        if (methods.isEmpty()) {
          methods.add(HttpMethod.GET);
        }
        for (String pattern : entry.getKey().getPatternValues()) {
          // Read-only requests first, then the ones that change state, deletions last.
          for (HttpMethod method : methods) {
            out.add(new Endpoint(method, pattern));
          }
        }
      }
    }
    List<Endpoint> ordered = new ArrayList<>(out);
    ordered.sort(
        java.util.Comparator.comparingInt(
            (Endpoint e) ->
                e.method() == HttpMethod.GET ? 0 : e.method() == HttpMethod.DELETE ? 2 : 1));
    return ordered;
  }

  /** A dashboard without the server's queue, which is everyone's and says so. */
  private static JsonNode personal(JsonNode dashboard) {
    tools.jackson.databind.node.ObjectNode copy =
        ((tools.jackson.databind.node.ObjectNode) dashboard).deepCopy();
    copy.remove("queue");
    return copy;
  }

  private static String body(MvcResult result) throws Exception {
    return result.getResponse().getContentAsString();
  }
}
