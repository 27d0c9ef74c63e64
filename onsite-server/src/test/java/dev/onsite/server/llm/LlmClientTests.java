package dev.onsite.server.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The client against a local server that speaks the chat-completions protocol. */
class LlmClientTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private HttpServer server;
  private final List<JsonNode> requests = new CopyOnWriteArrayList<>();
  private final List<String> authorizations = new CopyOnWriteArrayList<>();
  private final CountDownLatch release = new CountDownLatch(1);

  private interface Reply {
    void send(HttpExchange exchange) throws IOException;
  }

  private URI serve(Reply reply) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/v1/chat/completions",
        exchange -> {
          try (exchange) {
            requests.add(JSON.readTree(exchange.getRequestBody().readAllBytes()));
            authorizations.add(
                String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            reply.send(exchange);
          }
        });
    server.start();
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
  }

  private static void answer(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  @AfterEach
  void stop() {
    release.countDown();
    if (server != null) {
      server.stop(0);
    }
  }

  private static LlmClient client(URI base, Duration timeout) {
    return new LlmClient(base, "test-model", "sk-test", timeout);
  }

  @Test
  void aGoodReplyIsTheAssistantsContentAndTheRequestIsAChatCompletion() throws IOException {
    URI base =
        serve(
            exchange ->
                answer(
                    exchange,
                    200,
                    "{\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":\"hello\"}}]}"));

    String reply =
        client(base, Duration.ofSeconds(5))
            .chat(List.of(Message.system("be brief"), Message.user("hi")));

    assertThat(reply).isEqualTo("hello");
    JsonNode request = requests.getFirst();
    assertThat(request.path("model").asString()).isEqualTo("test-model");
    assertThat(request.path("messages").get(1).path("role").asString()).isEqualTo("user");
    assertThat(request.path("messages").get(1).path("content").asString()).isEqualTo("hi");
    assertThat(authorizations.getFirst()).isEqualTo("Bearer sk-test");
  }

  @Test
  void aReplyThatIsNotJsonIsOneLine() throws IOException {
    URI base = serve(exchange -> answer(exchange, 200, "<html>\n<body>proxy error</body>"));

    assertThatThrownBy(() -> client(base, Duration.ofSeconds(5)).chat(List.of(Message.user("hi"))))
        .isInstanceOf(LlmException.class)
        .hasMessage(
            "the model at "
                + base
                + "/chat/completions sent a reply that is not JSON: <html> <body>proxy error</body>");
  }

  @Test
  void jsonThatIsNotAChatCompletionIsRefused() throws IOException {
    URI base = serve(exchange -> answer(exchange, 200, "{\"choices\":[]}"));

    assertThatThrownBy(() -> client(base, Duration.ofSeconds(5)).chat(List.of(Message.user("hi"))))
        .isInstanceOf(LlmException.class)
        .hasMessageEndingWith(
            "sent JSON that is not a chat completion (no choices[0].message.content)");
  }

  @Test
  void aServerErrorSaysItsStatusAndBody() throws IOException {
    URI base = serve(exchange -> answer(exchange, 500, "{\"error\":\"model overloaded\"}"));

    assertThatThrownBy(() -> client(base, Duration.ofSeconds(5)).chat(List.of(Message.user("hi"))))
        .isInstanceOf(LlmException.class)
        .hasMessageEndingWith("answered HTTP 500: {\"error\":\"model overloaded\"}");
  }

  @Test
  void aRefusedConnectionSaysWhereAndWhatToCheck() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    URI base = URI.create("http://127.0.0.1:" + port + "/v1");

    assertThatThrownBy(() -> client(base, Duration.ofSeconds(5)).chat(List.of(Message.user("hi"))))
        .isInstanceOf(LlmException.class)
        .hasMessage(
            "cannot reach the model at http://127.0.0.1:"
                + port
                + "/v1/chat/completions (connection refused); is it running, and is"
                + " onsite.llm.base-url right?");
  }

  @Test
  void aSlowModelTimesOut() throws IOException {
    URI base =
        serve(
            exchange -> {
              try {
                release.await(10, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              answer(exchange, 200, "{}");
            });

    assertThatThrownBy(() -> client(base, Duration.ofMillis(300)).chat(List.of(Message.user("hi"))))
        .isInstanceOf(LlmException.class)
        .hasMessageEndingWith(
            "/v1/chat/completions did not answer within 0.3 s (onsite.llm.timeout)");
  }
}
