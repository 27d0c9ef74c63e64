package dev.onsite.cli;

import java.io.IOException;
import java.net.ConnectException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The command line's way to an Onsite server's API: with a personal token (Authorization: Bearer)
 * on a hosted server, or, on a single-user server, with the session and CSRF token a page hands
 * out, as a browser would.
 */
final class ServerClient {

  /** The local server's address. */
  static final String LOCAL = "http://127.0.0.1:8080";

  /** The environment variable a token may come from instead of {@code --token}. */
  static final String TOKEN_ENV = "ONSITE_TOKEN";

  private static final Pattern META =
      Pattern.compile("<meta name=\"csrf-(token|header)\" content=\"([^\"]*)\">");

  /** No server answers at the address. */
  static final class Unreachable extends UserException {
    private static final long serialVersionUID = 1L;

    Unreachable(String base) {
      super("no Onsite server answers at " + base + " (is it running? ./onsite serve)", 1);
    }
  }

  /** An answer of the API. */
  record Answer(int status, JsonNode body) {
    /** The server's one-line reason, or what the status says. */
    String reason() {
      return body == null
          ? "the server answered " + status
          : body.path("detail").asString("the server answered " + status);
    }
  }

  private final String base;
  private final String token;
  private final HttpClient http;
  private Map<String, String> csrf;

  /**
   * @param base the server's address, for example {@code https://onsite.example.org}
   * @param token a personal API token, or null (then {@link #TOKEN_ENV}, then none)
   */
  ServerClient(String base, String token) {
    this.base = base.replaceAll("/+$", "");
    String fromEnv = System.getenv(TOKEN_ENV);
    this.token =
        token != null && !token.isBlank()
            ? token.strip()
            : fromEnv == null || fromEnv.isBlank() ? null : fromEnv.strip();
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .cookieHandler(new CookieManager())
            .build();
  }

  String base() {
    return base;
  }

  Answer get(String path) {
    return send("GET", path, null);
  }

  /** Send {@code body} as JSON with {@code method} to the API path. */
  Answer send(String method, String path, Object body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "application/json");
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    } else if (!method.equals("GET")) {
      csrf().forEach(request::header);
    }
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(
              method, HttpRequest.BodyPublishers.ofString(Reports.JSON.writeValueAsString(body)));
    }
    HttpResponse<String> response = exchange(request.build());
    if (response.statusCode() == 401) {
      String reason =
          parse(response.body()) == null ? "" : parse(response.body()).path("detail").asString("");
      throw new UserException(
          token != null && !reason.isEmpty()
              ? reason
              : "the server at "
                  + base
                  + " asks for sign-in: make an API token on its account page and pass --token"
                  + " (or set "
                  + TOKEN_ENV
                  + ")",
          1);
    }
    return new Answer(response.statusCode(), parse(response.body()));
  }

  /** The header a change needs on a single-user server, taken from a page as a browser does. */
  private Map<String, String> csrf() {
    if (csrf == null) {
      HttpResponse<String> page =
          exchange(
              HttpRequest.newBuilder(URI.create(base + "/problems"))
                  .timeout(Duration.ofSeconds(60))
                  .header("Accept", "text/html")
                  .GET()
                  .build());
      if (page.uri().getPath().equals("/login")) {
        throw new UserException(
            "the server at "
                + base
                + " asks for sign-in: make an API token on its account page and pass --token (or"
                + " set "
                + TOKEN_ENV
                + ")",
            1);
      }
      Map<String, String> found = new LinkedHashMap<>();
      Matcher m = META.matcher(page.body());
      while (m.find()) {
        found.put(m.group(1), m.group(2));
      }
      csrf =
          found.containsKey("header") && found.containsKey("token")
              ? Map.of(found.get("header"), found.get("token"))
              : Map.of();
    }
    return csrf;
  }

  private HttpResponse<String> exchange(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (ConnectException | HttpConnectTimeoutException e) {
      throw new Unreachable(base);
    } catch (IOException e) {
      throw new UserException("could not talk to the server at " + base + ": " + e.getMessage(), 1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UserException("interrupted while talking to " + base, 1);
    }
  }

  private static JsonNode parse(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    try {
      return Reports.JSON.readTree(body);
    } catch (JacksonException e) {
      return null;
    }
  }
}
