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
 * A workspace round through the server: the starter without its hidden tests, changes stored and
 * judged in the queue like any submission, hidden tests by name only, and the stored changes shown
 * file by file. The package is {@code src/test/resources/workspaces/fix-total}.
 */
@AccountsServer
class WorkspaceApiTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static final String FIXED = "def total(amounts):\n    return sum(amounts)\n";

  /** Passes the visible test, fails a hidden one. */
  private static final String HALF_FIXED =
      "def total(amounts):\n    return amounts[0] + amounts[1] if len(amounts) == 2 else 0\n";

  @Autowired MockMvc mvc;
  @Autowired Accounts accounts;

  private long submit(ApiClient who, Map<String, Object> body) throws Exception {
    MvcResult result = who.post("/api/workspaces/fix-total/submissions", body);
    assertThat(result.getResponse().getStatus())
        .as(result.getResponse().getContentAsString())
        .isEqualTo(202);
    return JSON.readTree(result.getResponse().getContentAsString()).get("id").asLong();
  }

  @Test
  void theStarterHasTheTreeAndVisibleTestsButNoHiddenTest() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);

    JsonNode starter = ada.json("/api/workspaces/fix-total");

    assertThat(starter.path("files").propertyNames())
        .containsExactlyInAnyOrder("ledger/__init__.py", "ledger/total.py", "tests/test_total.py");
    assertThat(starter.path("workspace").path("round").asString()).isEqualTo("debugging");
    assertThat(starter.path("statement").asString()).contains("ledger.total");
    assertThat(ada.body("/api/workspaces/fix-total")).doesNotContain("hidden_marker");
    assertThat(ada.json("/api/workspaces").findValuesAsString("id")).contains("fix-total");
  }

  @Test
  void aFixIsAcceptedOnEveryTestAndItsChangesAreShownFileByFile() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);

    long id =
        submit(
            ada,
            Map.of(
                "files",
                Map.of(
                    "ledger/total.py", FIXED, "tests/test_total.py", "def test_x():\n    pass\n"),
                "mode",
                "submit"));
    JsonNode judged = ada.awaitJudged(id);

    assertThat(judged.path("verdict").asString()).as(judged.toString()).isEqualTo("AC");
    assertThat(judged.path("tests").findValuesAsString("name"))
        .contains(
            "tests/test_total.py::test_two_amounts",
            "tests/test_total_hidden.py::test_empty_ledger_is_zero");
    JsonNode changes = ada.json("/api/workspaces/submissions/" + id + "/changes");
    assertThat(changes.findValuesAsString("path"))
        .as("an edited test file is stored but restored in the box")
        .containsExactly("ledger/total.py", "tests/test_total.py");
    JsonNode total = changes.get(0);
    assertThat(total.path("status").asString()).isEqualTo("changed");
    assertThat(total.path("diff").path("added").asInt()).isEqualTo(1);
    assertThat(total.path("diff").path("removed").asInt()).isEqualTo(4);
    assertThat(ada.json("/api/workspaces/fix-total/submissions").get(0).path("id").asLong())
        .isEqualTo(id);
  }

  @Test
  void aHiddenFailureIsNamedWithoutItsMessageAndARunShowsOnlyVisibleTests() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);

    JsonNode submitted =
        ada.awaitJudged(
            submit(ada, Map.of("files", Map.of("ledger/total.py", HALF_FIXED), "mode", "submit")));
    JsonNode run =
        ada.awaitJudged(
            submit(ada, Map.of("files", Map.of("ledger/total.py", HALF_FIXED), "mode", "run")));

    assertThat(submitted.path("verdict").asString()).isEqualTo("WA");
    JsonNode hidden = null;
    for (JsonNode test : submitted.path("tests")) {
      if (test.path("name").asString().endsWith("test_single_amount_secret_hidden_marker")) {
        hidden = test;
      }
    }
    assertThat(hidden).as(submitted.toString()).isNotNull();
    assertThat(hidden.path("verdict").asString()).isEqualTo("WA");
    assertThat(hidden.path("visible").asBoolean()).isFalse();
    assertThat(hidden.path("message").asString()).isEmpty();
    assertThat(submitted.toString()).doesNotContain("assert total([7])");
    assertThat(run.path("verdict").asString()).isEqualTo("AC");
    assertThat(run.path("tests").findValuesAsString("name"))
        .containsExactly("tests/test_total.py::test_two_amounts");
  }

  /** Reads every hidden test file it can find and fails with its text. */
  private static final String LEAKY =
      """
      import glob, os

      def total(amounts):
          root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
          found = glob.glob(os.path.join(root, "**", "*hidden*.py"), recursive=True)
          raise AssertionError("found: [" + " ".join(open(p).read() for p in found) + "]")
      """;

  @Test
  void codeThatReadsTheHiddenTestsGetsNothingOfThemOutOfARunOrASubmit() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);

    JsonNode run =
        ada.awaitJudged(
            submit(ada, Map.of("files", Map.of("ledger/total.py", LEAKY), "mode", "run")));
    JsonNode submitted =
        ada.awaitJudged(
            submit(ada, Map.of("files", Map.of("ledger/total.py", LEAKY), "mode", "submit")));

    assertThat(run.path("tests").findValuesAsString("message"))
        .as("a run stages no hidden file: the code found none")
        .singleElement()
        .satisfies(m -> assertThat(m).contains("found: []"));
    assertThat(submitted.path("verdict").asString()).isEqualTo("WA");
    assertThat(submitted.path("tests").findValuesAsString("message"))
        .as("a submit passes on no word the box wrote")
        .contains(WorkspaceGrading.RUN_SHOWS_WHY)
        .allSatisfy(m -> assertThat(m).isIn("", WorkspaceGrading.RUN_SHOWS_WHY));
    // The hidden file's source (its test names are shown on submit: they are not secret).
    assertThat(run.toString() + submitted).doesNotContain("total([7])").doesNotContain("total([])");
    assertThat(ada.body("/api/workspaces/fix-total/submissions")).doesNotContain("total([7])");
  }

  @Test
  void badChangesAreRefusedWithAReasonAndNothingIsStored() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);

    MvcResult escape =
        ada.post(
            "/api/workspaces/fix-total/submissions",
            Map.of("files", Map.of("../outside.py", "x = 1\n"), "mode", "submit"));
    MvcResult absolute =
        ada.post(
            "/api/workspaces/fix-total/submissions",
            Map.of("files", Map.of("/etc/passwd", "x\n"), "mode", "submit"));
    MvcResult deleteUnknown =
        ada.post(
            "/api/workspaces/fix-total/submissions",
            Map.of("files", Map.of(), "deleted", List.of("nope.py"), "mode", "submit"));
    MvcResult mode =
        ada.post(
            "/api/workspaces/fix-total/submissions",
            Map.of("files", Map.of("ledger/total.py", FIXED), "mode", "grade"));
    MvcResult unknown =
        ada.post(
            "/api/workspaces/nope/submissions",
            Map.of("files", Map.of("a.py", "x\n"), "mode", "submit"));
    MvcResult tooLarge =
        ada.post(
            "/api/workspaces/fix-total/submissions",
            Map.of("files", Map.of("ledger/total.py", "#".repeat(300_000)), "mode", "submit"));

    assertThat(escape.getResponse().getStatus()).isEqualTo(400);
    assertThat(escape.getResponse().getContentAsString()).contains("../outside.py");
    assertThat(absolute.getResponse().getStatus()).isEqualTo(400);
    assertThat(deleteUnknown.getResponse().getStatus()).isEqualTo(400);
    assertThat(deleteUnknown.getResponse().getContentAsString()).contains("nope.py");
    assertThat(mode.getResponse().getStatus()).isEqualTo(400);
    assertThat(unknown.getResponse().getStatus()).isEqualTo(404);
    assertThat(tooLarge.getResponse().getStatus()).isIn(400, 413);
    assertThat(ada.json("/api/workspaces/fix-total/submissions").size()).isZero();
  }

  @Test
  void nobodySeesAnothersWorkspaceChanges() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);
    ApiClient eve = ApiClient.newAccount(mvc, accounts);
    long id =
        submit(ada, Map.of("files", Map.of("ledger/total.py", FIXED + "# ada\n"), "mode", "run"));

    MvcResult peek = eve.get("/api/workspaces/submissions/" + id + "/changes");

    assertThat(peek.getResponse().getStatus()).isEqualTo(404);
    assertThat(peek.getResponse().getContentAsString()).doesNotContain("# ada");
    assertThat(eve.json("/api/workspaces/fix-total/submissions").size()).isZero();
  }
}
