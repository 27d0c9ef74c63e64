package dev.onsite.server;

import dev.onsite.server.account.Accounts;
import dev.onsite.server.account.OnsiteUser;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON API as one signed-in person uses it, through MockMvc. */
public final class ApiClient {

  private static final AtomicInteger NAMES = new AtomicInteger();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final MockMvc mvc;
  private final OnsiteUser user;

  public ApiClient(MockMvc mvc, OnsiteUser user) {
    this.mvc = mvc;
    this.user = user;
  }

  /** A new account with a unique name, and a client signed in as it. */
  public static ApiClient newAccount(MockMvc mvc, Accounts accounts) {
    String name = "user" + NAMES.incrementAndGet() + "-" + System.nanoTime() % 100000;
    return new ApiClient(mvc, OnsiteUser.of(accounts.register(name, "a long password")));
  }

  /** Delete {@code url} with the CSRF token. */
  public MvcResult delete(String url) throws Exception {
    return mvc.perform(
            MockMvcRequestBuilders.delete(url)
                .with(SecurityMockMvcRequestPostProcessors.user(user))
                .with(SecurityMockMvcRequestPostProcessors.csrf()))
        .andReturn();
  }

  public OnsiteUser user() {
    return user;
  }

  /** GET {@code url}; for an event stream, wait until the server ends it. */
  public MvcResult get(String url) throws Exception {
    MvcResult result =
        mvc.perform(
                MockMvcRequestBuilders.get(url)
                    .with(SecurityMockMvcRequestPostProcessors.user(user)))
            .andReturn();
    if (result.getRequest().isAsyncStarted()) {
      result.getAsyncResult(Duration.ofSeconds(30).toMillis());
    }
    return result;
  }

  public String body(String url) throws Exception {
    return get(url).getResponse().getContentAsString();
  }

  public JsonNode json(String url) throws Exception {
    return JSON.readTree(body(url));
  }

  public MvcResult post(String url, Object body) throws Exception {
    return mvc.perform(
            MockMvcRequestBuilders.post(url)
                .with(SecurityMockMvcRequestPostProcessors.user(user))
                .with(SecurityMockMvcRequestPostProcessors.csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(body)))
        .andReturn();
  }

  /** PUT {@code body} as JSON to {@code url} with the CSRF token. */
  public MvcResult put(String url, Object body) throws Exception {
    return mvc.perform(
            MockMvcRequestBuilders.put(url)
                .with(SecurityMockMvcRequestPostProcessors.user(user))
                .with(SecurityMockMvcRequestPostProcessors.csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(body)))
        .andReturn();
  }

  /** The answer's JSON once its status is {@code status}; the failure names the body. */
  public static JsonNode expect(MvcResult result, int status) throws Exception {
    String body = result.getResponse().getContentAsString();
    if (result.getResponse().getStatus() != status) {
      throw new AssertionError(
          "expected " + status + " but answered " + result.getResponse().getStatus() + ": " + body);
    }
    return JSON.readTree(body);
  }

  /** Submit and return the new submission's id. */
  public long submit(String problem, String language, String source, String mode) throws Exception {
    MvcResult result =
        post(
            "/api/problems/" + problem + "/submissions",
            Map.of("language", language, "source", source, "mode", mode));
    if (result.getResponse().getStatus() != 202) {
      throw new AssertionError(
          "submit answered "
              + result.getResponse().getStatus()
              + ": "
              + result.getResponse().getContentAsString());
    }
    return JSON.readTree(result.getResponse().getContentAsString()).get("id").asLong();
  }

  /** Wait until the submission is judged and return it. */
  public JsonNode awaitJudged(long id) throws Exception {
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> json("/api/submissions/" + id).path("status").asString().equals("done"));
    return json("/api/submissions/" + id);
  }

  /** Submit, wait for the verdict and return the judged submission. */
  public JsonNode judge(String problem, String language, String source, String mode)
      throws Exception {
    return awaitJudged(submit(problem, language, source, mode));
  }

  static MvcResult anonymous(MockMvc mvc, String url) throws Exception {
    return mvc.perform(MockMvcRequestBuilders.get(url)).andReturn();
  }
}
