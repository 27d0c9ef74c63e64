package dev.onsite.server.takehome;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onsite.server.AccountsServer;
import dev.onsite.server.ApiClient;
import dev.onsite.server.account.Accounts;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A take-home through the server: in the catalogue, an attempt with a stored seed and a pausable
 * timer, its dataset as a zip without the key, and a finder judged in the queue. The package is
 * {@code src/test/resources/takehomes/tiny-table}.
 */
@AccountsServer
class TakeHomeApiTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Path PACKAGE = Path.of("src/test/resources/takehomes/tiny-table");

  @Autowired MockMvc mvc;
  @Autowired Accounts accounts;

  private static JsonNode json(MvcResult result, int status) throws Exception {
    assertThat(result.getResponse().getStatus())
        .as(result.getResponse().getContentAsString())
        .isEqualTo(status);
    return JSON.readTree(result.getResponse().getContentAsString());
  }

  @Test
  void theCatalogueListsTheTakeHomeWithItsRound() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);

    String catalogue = ada.body("/api/problems");

    assertThat(catalogue).contains("\"tiny-table\"").contains("take-home");
    JsonNode details = ada.json("/api/takehomes/tiny-table");
    assertThat(details.path("statement").asString()).contains("tiny_statement");
    assertThat(details.path("rubric")).hasSize(4);
    assertThat(details.path("attempt").isNull()).isTrue();
  }

  @Test
  void anAttemptsDatasetHasNoKeyAndItsFinderIsJudgedOnItsSeed() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);
    JsonNode attempt = json(ada.post("/api/takehomes/tiny-table/attempts", Map.of()), 201);
    assertThat(attempt.path("budget_seconds").asLong()).isEqualTo(7200);

    MvcResult zip = ada.get("/api/takehomes/tiny-table/attempt/dataset");
    assertThat(zip.getResponse().getStatus()).isEqualTo(200);
    List<String> names = new ArrayList<>();
    try (ZipInputStream in =
        new ZipInputStream(new ByteArrayInputStream(zip.getResponse().getContentAsByteArray()))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        names.add(e.getName());
      }
    }
    assertThat(names).containsExactlyInAnyOrder("dataset/table.csv", "STATEMENT.md");

    String finder = Files.readString(PACKAGE.resolve("submissions/accepted/finder.py"));
    JsonNode queued =
        json(ada.post("/api/takehomes/tiny-table/submissions", Map.of("finder", finder)), 202);
    JsonNode judged = ada.awaitJudged(queued.path("id").asLong());

    assertThat(judged.path("verdict").asString()).as(judged.toString()).isEqualTo("AC");
    assertThat(judged.path("tests").findValuesAsString("name"))
        .containsExactly("negative_value", "duplicate_row");
    assertThat(judged.toString()).contains("(self-review)").contains("Is it vectorized?");

    JsonNode none =
        json(
            ada.post("/api/takehomes/tiny-table/submissions", Map.of("finder", "print('[]')\n")),
            202);
    JsonNode wrong = ada.awaitJudged(none.path("id").asLong());
    assertThat(wrong.path("verdict").asString()).isEqualTo("WA");
  }

  @Test
  void theTimerPausesAndResumesFromTheDatabase() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);
    json(ada.post("/api/takehomes/tiny-table/attempts", Map.of()), 201);

    JsonNode paused = json(ada.post("/api/takehomes/tiny-table/attempt/pause", Map.of()), 200);
    assertThat(paused.path("paused").asBoolean()).isTrue();
    assertThat(ada.json("/api/takehomes/tiny-table").path("attempt").path("paused").asBoolean())
        .isTrue();

    JsonNode resumed = json(ada.post("/api/takehomes/tiny-table/attempt/resume", Map.of()), 200);
    assertThat(resumed.path("paused").asBoolean()).isFalse();
    assertThat(resumed.path("remaining_seconds").asLong()).isBetween(7100L, 7200L);
  }

  @Test
  void badRequestsAreOneLineErrors() throws Exception {
    ApiClient ada = ApiClient.newAccount(mvc, accounts);

    MvcResult unknown = ada.post("/api/takehomes/nope/attempts", Map.of());
    MvcResult noAttempt =
        ada.post("/api/takehomes/tiny-table/submissions", Map.of("finder", "print('[]')"));
    json(ada.post("/api/takehomes/tiny-table/attempts", Map.of()), 201);
    MvcResult empty = ada.post("/api/takehomes/tiny-table/submissions", Map.of("finder", " "));

    assertThat(unknown.getResponse().getStatus()).isEqualTo(404);
    assertThat(noAttempt.getResponse().getStatus()).isEqualTo(409);
    assertThat(empty.getResponse().getStatus()).isEqualTo(400);
  }
}
