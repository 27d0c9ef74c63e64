package dev.onsite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onsite.server.OnsiteServer;
import dev.onsite.server.account.Accounts;
import dev.onsite.server.account.ApiTokens;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The command line's round trip with a hosted server (accounts required): open a workspace from it,
 * submit the untouched starter and then a fix through its judging queue with a personal token.
 */
class RemoteWorkspaceTests {

  private static final Path TEST_RESOURCES = Path.of("../onsite-server/src/test/resources");

  @TempDir static Path data;

  private static ConfigurableApplicationContext server;
  private static String url;
  private static String token;

  @BeforeAll
  static void start() {
    server =
        OnsiteServer.start(
            "--server.port=0",
            "--server.address=127.0.0.1",
            "--onsite.accounts.mode=required",
            "--onsite.data-dir=" + data,
            "--onsite.problems-dir=" + TEST_RESOURCES.resolve("problems").toAbsolutePath(),
            "--onsite.content-dir=" + TEST_RESOURCES.resolve("content").toAbsolutePath(),
            "--onsite.workspaces-dir=" + TEST_RESOURCES.resolve("workspaces").toAbsolutePath(),
            "--logging.level.root=WARN",
            "--logging.level.dev.onsite=WARN");
    url = "http://127.0.0.1:" + ((WebServerApplicationContext) server).getWebServer().getPort();
    long ada = server.getBean(Accounts.class).register("ada", "a long password").id();
    token = server.getBean(ApiTokens.class).create(ada, "laptop").token();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void openSubmitFixAndSubmitAgainAgainstAHostedServer(@TempDir Path home) throws Exception {
    Path dir = home.resolve("ws");

    CommandLineTests.Result refused =
        CommandLineTests.run("workspace", "open", "fix-total", dir.toString(), "--server", url);
    assertThat(refused.status()).isEqualTo(1);
    assertThat(refused.err().strip())
        .isEqualTo(
            "onsite: the server at "
                + url
                + " asks for sign-in: make an API token on its account page and pass --token (or"
                + " set ONSITE_TOKEN)");
    assertThat(dir).doesNotExist();

    CommandLineTests.Result opened =
        CommandLineTests.run(
            "workspace", "open", "fix-total", dir.toString(), "--server", url, "--token", token);
    assertThat(opened.status()).as(opened.err()).isZero();
    assertThat(dir.resolve("ledger/total.py")).exists();
    assertThat(dir.resolve("STATEMENT.md")).exists();
    assertThat(dir.resolve("hidden")).doesNotExist();

    CommandLineTests.Result starter =
        CommandLineTests.run("workspace", "submit", dir.toString(), "--token", token, "--json");
    assertThat(starter.status()).as(starter.err()).isZero();
    JsonNode wrong = JsonMapper.builder().build().readTree(starter.out());
    assertThat(wrong.path("verdict").asString()).isEqualTo("WA");

    Files.writeString(
        dir.resolve("ledger/total.py"), "def total(amounts):\n    return sum(amounts)\n");
    CommandLineTests.Result fixed =
        CommandLineTests.run("workspace", "submit", dir.toString(), "--token", token);
    assertThat(fixed.status()).as(fixed.err()).isZero();
    assertThat(fixed.out()).startsWith("AC").contains(url + "/submissions/");
    assertThat(fixed.err()).contains("(1 changed, 0 deleted); waiting for the verdict");

    CommandLineTests.Result badToken =
        CommandLineTests.run("workspace", "submit", dir.toString(), "--token", "onsite_nope");
    assertThat(badToken.status()).isEqualTo(1);
    assertThat(badToken.err().strip())
        .isEqualTo(
            "onsite: the API token is not valid (mistyped or revoked): make one on your account"
                + " page");
  }
}
