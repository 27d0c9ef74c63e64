package dev.onsite.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onsite.server.account.Accounts;
import dev.onsite.server.account.OnsiteUser;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every endpoint, found from the controller mappings (so a new one is covered without touching this
 * test), answers hostile input with a 4xx and a one-line message, or a success, and never with a
 * 500 or a stack trace: malformed and oversized JSON, unknown ids, path traversal, NUL bytes, odd
 * Unicode, huge numbers in paths and parameters.
 */
@AccountsServer
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTests {

  private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");

  /** Values a person or a script may put where an id or a number is expected. */
  private static final List<String> HOSTILE_VALUES =
      List.of(
          "999999999999",
          "99999999999999999999999999",
          "-1",
          "0",
          "..%2F..%2Fetc%2Fpasswd",
          "%2e%2e",
          "nul%00byte",
          "%F0%9F%92%A3%E2%80%AEunicode%CC%81",
          "x".repeat(3000),
          "%20");

  /** Request bodies that are not what any endpoint wants. */
  private static final List<String> HOSTILE_BODIES =
      List.of(
          "",
          "{",
          "[1, 2, 3]",
          "\"just a string\"",
          "{\"source\": 12, \"language\": [\"java\"], \"mode\": {\"a\": 1}}",
          "{\"source\": \"\\u0000\\u0000\", \"language\": \"python\", \"mode\": \"submit\"}",
          "{\"problemId\": \"../../etc/passwd\", \"rating\": \"\\ud800\"}",
          "{\"a\": " + "[".repeat(5000) + "]".repeat(5000) + "}",
          "{\"source\": \"" + "x".repeat(10 * 1024 * 1024) + "\"}");

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired MockMvc mvc;
  @Autowired Accounts accounts;
  @Autowired ApplicationContext context;

  private OnsiteUser user;
  private final List<Endpoint> endpoints = new ArrayList<>();

  record Endpoint(HttpMethod method, String pattern, HandlerMethod handler) {
    @Override
    public String toString() {
      return method + " " + pattern;
    }
  }

  @BeforeAll
  void findEndpoints() {
    user = OnsiteUser.of(accounts.register("hostile-" + System.nanoTime(), "a long password"));
    for (RequestMappingHandlerMapping mapping :
        context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
      for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
          mapping.getHandlerMethods().entrySet()) {
        String type = entry.getValue().getBeanType().getName();
        if (!type.startsWith("dev.onsite.")) {
          continue; // the framework's own (error pages, API docs) are not ours to test
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
          for (HttpMethod method : methods) {
            endpoints.add(new Endpoint(method, pattern, entry.getValue()));
          }
        }
      }
    }
  }

  @Test
  void theWalkFindsEveryFeaturesEndpoints() {
    assertThat(endpoints).extracting(Endpoint::pattern).contains("/api/problems/{id}/submissions");
    assertThat(endpoints).hasSizeGreaterThan(30);
  }

  @Test
  void hostilePathVariablesAndParametersNeverCauseAServerError() throws Exception {
    List<String> failures = new ArrayList<>();
    for (Endpoint endpoint : endpoints) {
      for (String value : HOSTILE_VALUES) {
        String url = fill(endpoint.pattern(), value) + query(endpoint.handler(), value);
        MockHttpServletRequestBuilder request =
            MockMvcRequestBuilders.request(endpoint.method(), java.net.URI.create(url));
        if (endpoint.method() != HttpMethod.GET) {
          request.contentType(MediaType.APPLICATION_JSON).content("{}");
        }
        check(endpoint, "value " + abbreviate(value), request, failures);
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void hostileBodiesNeverCauseAServerError() throws Exception {
    List<String> failures = new ArrayList<>();
    for (Endpoint endpoint : endpoints) {
      if (endpoint.method() == HttpMethod.GET) {
        continue;
      }
      String url = fill(endpoint.pattern(), "1") + query(endpoint.handler(), "1");
      for (String body : HOSTILE_BODIES) {
        for (MediaType type : List.of(MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN)) {
          MockHttpServletRequestBuilder request =
              MockMvcRequestBuilders.request(endpoint.method(), java.net.URI.create(url))
                  .contentType(type)
                  .content(body);
          check(endpoint, type + " body " + abbreviate(body), request, failures);
        }
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void everyStateChangingRequestWithoutTheCsrfTokenIsRefused() throws Exception {
    List<String> failures = new ArrayList<>();
    for (Endpoint endpoint : endpoints) {
      if (endpoint.method() == HttpMethod.GET) {
        continue;
      }
      MvcResult result =
          mvc.perform(
                  MockMvcRequestBuilders.request(
                          endpoint.method(),
                          java.net.URI.create(
                              fill(endpoint.pattern(), "1") + query(endpoint.handler(), "1")))
                      .with(SecurityMockMvcRequestPostProcessors.user(user))
                      .contentType(MediaType.APPLICATION_JSON)
                      .content("{}"))
              .andReturn();
      if (result.getResponse().getStatus() != 403) {
        failures.add(
            endpoint + " answered " + result.getResponse().getStatus() + " without a CSRF token");
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void anonymousRequestsGetNothingPrivate() throws Exception {
    List<String> failures = new ArrayList<>();
    for (Endpoint endpoint : endpoints) {
      String pattern = endpoint.pattern();
      if (!pattern.startsWith("/api/")
          || pattern.startsWith("/api/problems/reload")
          || endpoint.method() != HttpMethod.GET) {
        continue;
      }
      MvcResult result =
          mvc.perform(
                  MockMvcRequestBuilders.get(
                      java.net.URI.create(fill(pattern, "1") + query(endpoint.handler(), "1"))))
              .andReturn();
      if (result.getResponse().getStatus() != 401) {
        failures.add(endpoint + " answered " + result.getResponse().getStatus() + " to nobody");
      }
    }
    assertThat(failures).isEmpty();
  }

  private void check(
      Endpoint endpoint, String what, MockHttpServletRequestBuilder request, List<String> failures)
      throws Exception {
    request
        .with(SecurityMockMvcRequestPostProcessors.user(user))
        .with(SecurityMockMvcRequestPostProcessors.csrf())
        .accept(MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, MediaType.ALL);
    MvcResult result;
    try {
      result = mvc.perform(request).andReturn();
    } catch (Exception e) {
      failures.add(endpoint + " with " + what + ": threw " + e);
      return;
    }
    int status = result.getResponse().getStatus();
    String body = result.getResponse().getContentAsString();
    if (status >= 500) {
      failures.add(endpoint + " with " + what + ": " + status + " " + abbreviate(body));
    } else if (body.contains("\tat ") || body.contains("Exception:") || body.contains(".java:")) {
      failures.add(endpoint + " with " + what + ": a stack trace in the response");
    } else if (status >= 400
        && result.getResponse().getContentType() != null
        && result.getResponse().getContentType().contains("json")
        && JSON.readTree(body).path("detail").asString("").contains("\n")) {
      failures.add(endpoint + " with " + what + ": a message of several lines");
    }
  }

  /** The pattern with every path variable replaced by {@code value}. */
  private static String fill(String pattern, String value) {
    Matcher m = VARIABLE.matcher(pattern);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString().replace("/**", "/x");
  }

  /** Every declared request parameter of the handler, set to {@code value}. */
  private static String query(HandlerMethod handler, String value) {
    List<String> pairs = new ArrayList<>();
    for (MethodParameter parameter : handler.getMethodParameters()) {
      RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
      if (param == null) {
        continue;
      }
      String name = !param.name().isEmpty() ? param.name() : param.value();
      if (name.isEmpty()) {
        name = parameter.getParameterName();
      }
      if (name != null) {
        pairs.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + value);
      }
    }
    // Common paging and search parameters, whether or not a handler declares them by name.
    for (String common : List.of("q", "limit", "page", "size", "from", "to", "deck")) {
      pairs.add(common + "=" + value);
    }
    return "?" + String.join("&", pairs);
  }

  private static String abbreviate(String text) {
    String flat = text.replace('\n', ' ');
    return flat.length() > 80 ? flat.substring(0, 80) + "... (" + flat.length() + " chars)" : flat;
  }
}
