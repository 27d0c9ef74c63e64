package dev.onsite.server.llm;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local chat-completions endpoint for server tests: answers every request with one fixed reply
 * (or an error status when told to) and keeps the requests it received.
 */
public final class FakeChatEndpoint implements AutoCloseable {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpServer server;
  private final List<JsonNode> requests = new CopyOnWriteArrayList<>();
  private final AtomicInteger status = new AtomicInteger(200);

  /** Start listening on a free port of 127.0.0.1, answering {@code reply}. */
  public FakeChatEndpoint(String reply) {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/v1/chat/completions",
        exchange -> {
          try (exchange) {
            requests.add(JSON.readTree(exchange.getRequestBody().readAllBytes()));
            int code = status.get();
            String body =
                code == 200
                    ? JSON.writeValueAsString(
                        Map.of(
                            "choices",
                            List.of(
                                Map.of("message", Map.of("role", "assistant", "content", reply)))))
                    : "{\"error\":{\"message\":\"the model is overloaded\"}}";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(code, bytes.length);
            exchange.getResponseBody().write(bytes);
          }
        });
    server.start();
  }

  /** The value for {@code onsite.llm.base-url}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
  }

  /** The request bodies received so far, in order. */
  public List<JsonNode> requests() {
    return requests;
  }

  /** Answer with {@code code} from now on (200 is the reply). */
  public void status(int code) {
    status.set(code);
  }

  /** Forget the requests and answer the reply again. */
  public void reset() {
    requests.clear();
    status.set(200);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
