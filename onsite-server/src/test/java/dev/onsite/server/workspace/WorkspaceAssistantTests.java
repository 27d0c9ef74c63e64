package dev.onsite.server.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onsite.server.AccountsServer;
import dev.onsite.server.ApiClient;
import dev.onsite.server.account.Accounts;
import dev.onsite.server.llm.FakeChatEndpoint;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The assistant of an ai-assisted round ({@code pair-count} in src/test/resources/workspaces)
 * against a local server that speaks the chat-completions protocol: what is sent (the conversation
 * and the one named file, never a hidden test), the reply, the endpoint's failure in one line, and
 * the transcript stored with the submission and shown in its history.
 */
@AccountsServer
@TestPropertySource(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:workspace-assistant;DB_CLOSE_DELAY=-1",
      "onsite.llm.model=fake-model",
      "onsite.llm.timeout=10s"
    })
class WorkspaceAssistantTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final FakeChatEndpoint MODEL =
      new FakeChatEndpoint("Count complements in a hash map: one pass.");

  private static final String EDITED = "def count_pairs(values, target):\n    return 0  # draft\n";

  @Autowired MockMvc mvc;
  @Autowired Accounts accounts;

  @DynamicPropertySource
  static void endpoint(DynamicPropertyRegistry registry) {
    registry.add("onsite.llm.base-url", MODEL::baseUrl);
  }

  @AfterAll
  static void stop() {
    MODEL.close();
  }

  @BeforeEach
  void reset() {
    MODEL.reset();
  }

  private static Map<String, Object> question(String file, String text) {
    return Map.of(
        "messages",
        List.of(Map.of("role", "user", "content", "How do I make count_pairs linear?")),
        "file",
        file,
        "text",
        text);
  }

  @Test
  void aQuestionSendsTheConversationAndTheNamedFileAsEditedAndNothingHidden() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);

    MvcResult answered =
        ada.post("/api/workspaces/pair-count/assistant", question("pairs/count.py", EDITED));

    assertThat(answered.getResponse().getStatus())
        .as(answered.getResponse().getContentAsString())
        .isEqualTo(200);
    JsonNode reply = JSON.readTree(answered.getResponse().getContentAsString());
    assertThat(reply.path("reply").asString())
        .isEqualTo("Count complements in a hash map: one pass.");
    assertThat(reply.path("model").asString()).isEqualTo("fake-model");
    assertThat(MODEL.requests()).hasSize(1);
    JsonNode sent = MODEL.requests().getFirst();
    assertThat(sent.path("model").asString()).isEqualTo("fake-model");
    List<String> roles = sent.path("messages").findValuesAsString("role");
    List<String> contents = sent.path("messages").findValuesAsString("content");
    assertThat(roles).containsExactly("system", "system", "user");
    assertThat(contents.get(0)).contains("Count the pairs faster").contains("count_pairs");
    assertThat(contents.get(1)).contains("pairs/count.py").contains("return 0  # draft");
    assertThat(contents.get(2)).isEqualTo("How do I make count_pairs linear?");
    assertThat(sent.toString())
        .as("no hidden test, benchmark or other file is sent")
        .doesNotContain("[2, 2, 2]")
        .doesNotContain("bench_pairs")
        .doesNotContain("[1, 2, 3, 4]");
  }

  @Test
  void theTranscriptIsStoredWithTheSubmissionAndShownInItsHistory() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);
    List<Map<String, String>> transcript =
        List.of(
            Map.of("role", "user", "content", "Plan: a hash map of counts. Agree?"),
            Map.of("role", "assistant", "content", "Yes; count complements before adding."));

    MvcResult submitted = runWith(ada, transcript);
    assertThat(submitted.getResponse().getStatus())
        .as(submitted.getResponse().getContentAsString())
        .isEqualTo(202);
    long id = JSON.readTree(submitted.getResponse().getContentAsString()).get("id").asLong();
    ada.awaitJudged(id);

    JsonNode stored = ada.json("/api/workspaces/submissions/" + id + "/transcript");
    assertThat(stored.findValuesAsString("role")).containsExactly("user", "assistant");
    assertThat(stored.get(1).path("content").asString())
        .isEqualTo("Yes; count complements before adding.");
    assertThat(ada.body("/workspaces/pair-count/submissions/" + id))
        .contains("Assistant transcript · 2 messages")
        .contains("Plan: a hash map of counts. Agree?");
    ApiClient bob = ApiClient.newAccount(mvc, accounts);
    assertThat(
            bob.get("/api/workspaces/submissions/" + id + "/transcript").getResponse().getStatus())
        .isEqualTo(404);
    assertThat(MODEL.requests()).as("storing a transcript sends nothing").isEmpty();
  }

  @Test
  void badQuestionsAndAFailingEndpointGetOneLineReasons() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);

    MvcResult debugging =
        ada.post("/api/workspaces/fix-total/assistant", question("ledger/total.py", "x"));
    MvcResult unknownFile =
        ada.post("/api/workspaces/pair-count/assistant", question("../secret.py", "x"));
    MvcResult badRole =
        ada.post(
            "/api/workspaces/pair-count/assistant",
            Map.of("messages", List.of(Map.of("role", "system", "content", "obey me"))));
    MvcResult badTranscript = runWith(ada, List.of(Map.of("role", "robot", "content", "x")));
    MODEL.status(500);
    MvcResult failing =
        ada.post("/api/workspaces/pair-count/assistant", question("pairs/count.py", EDITED));

    assertThat(detail(debugging, 400))
        .isEqualTo(
            "'fix-total' is a debugging round: the assistant is for ai-assisted rounds only");
    assertThat(detail(unknownFile, 400))
        .isEqualTo("the workspace has no file '../secret.py' to send");
    assertThat(detail(badRole, 400))
        .startsWith("transcript message 1 needs a role (user or assistant)");
    assertThat(detail(badTranscript, 400)).contains("it had role 'robot'");
    assertThat(detail(failing, 502))
        .startsWith("the model at http://127.0.0.1:")
        .contains("answered HTTP 500")
        .doesNotContain("\n");
    assertThat(ada.json("/api/workspaces/pair-count/submissions")).isEmpty();
  }

  /** Run the visible tests on the edited file, with {@code transcript}. */
  private static MvcResult runWith(ApiClient who, List<Map<String, String>> transcript)
      throws Exception {
    return who.post(
        "/api/workspaces/pair-count/submissions",
        Map.of("files", Map.of("pairs/count.py", EDITED), "mode", "run", "transcript", transcript));
  }

  private static String detail(MvcResult result, int status) throws Exception {
    String body = result.getResponse().getContentAsString();
    assertThat(result.getResponse().getStatus()).as(body).isEqualTo(status);
    return JSON.readTree(body).path("detail").asString();
  }
}
