package dev.onsite.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onsite.server.OnsiteServer;
import dev.onsite.server.TestProblems;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Signed-in sessions live in the database: a restarted server still knows who is signed in. */
class SessionTests {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

  @Test
  void aRestartSignsNobodyOut() throws Exception {
    Path data = Files.createTempDirectory("onsite-sessions");
    String[] args = {
      "--server.port=0",
      "--onsite.accounts.mode=required",
      "--onsite.data-dir=" + data,
      "--onsite.problems-dir=" + TestProblems.DIR,
      "--onsite.content-dir=" + TestProblems.CONTENT,
      "--onsite.judge.workers=1",
      "--onsite.judge.warm-processes=0",
      "--spring.lifecycle.timeout-per-shutdown-phase=5s"
    };
    HttpClient browser =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    try (ConfigurableApplicationContext first = OnsiteServer.start(args)) {
      first.getBean(Accounts.class).register("grace", "a long password");
      String base = base(first);
      String login = browser.send(get(base + "/login"), body()).body();
      Matcher token = CSRF.matcher(login);
      assertThat(token.find()).as("the login form carries a CSRF token").isTrue();
      HttpResponse<String> signedIn =
          browser.send(
              HttpRequest.newBuilder(URI.create(base + "/login"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "username=grace&password="
                              + URLEncoder.encode("a long password", StandardCharsets.UTF_8)
                              + "&_csrf="
                              + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))
                  .build(),
              body());
      assertThat(signedIn.headers().firstValue("Location").orElse("")).endsWith("/problems");
      assertThat(browser.send(get(base + "/api/me"), body()).body()).contains("\"grace\"");
    }

    try (ConfigurableApplicationContext second = OnsiteServer.start(args)) {
      HttpResponse<String> me = browser.send(get(base(second) + "/api/me"), body());
      assertThat(me.statusCode()).isEqualTo(200);
      assertThat(me.body()).contains("\"grace\"");
      String stored =
          second
              .getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
              .sql("select principal_name from spring_session")
              .query(String.class)
              .single();
      assertThat(stored).isEqualTo("grace");
    }
  }

  private static String base(ConfigurableApplicationContext context) {
    int port = ((WebServerApplicationContext) context).getWebServer().getPort();
    return "http://localhost:" + port;
  }

  private static HttpRequest get(String url) {
    return HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json").build();
  }

  private static HttpResponse.BodyHandler<String> body() {
    return HttpResponse.BodyHandlers.ofString();
  }
}
