package dev.onsite.server.llm;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small client for any OpenAI-compatible chat-completions endpoint (OpenAI, a local llama.cpp or
 * Ollama server, vLLM, ...). Thread-safe; one instance per endpoint and model.
 */
public final class LlmClient {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int MAX_DETAIL = 200;

  private final URI endpoint;
  private final String model;
  private final String apiKey;
  private final Duration timeout;
  private final HttpClient http;

  /**
   * @param baseUrl the API's base; requests go to {@code baseUrl/chat/completions}
   * @param apiKey a bearer token, or null
   */
  public LlmClient(URI baseUrl, String model, String apiKey, Duration timeout) {
    Objects.requireNonNull(baseUrl, "baseUrl");
    this.model = Objects.requireNonNull(model, "model");
    String base = baseUrl.toString();
    this.endpoint = URI.create((base.endsWith("/") ? base : base + "/") + "chat/completions");
    this.apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey.strip();
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(
                timeout.compareTo(Duration.ofSeconds(10)) < 0 ? timeout : Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** The client of the configured endpoint. */
  public static LlmClient of(LlmProperties properties) {
    return new LlmClient(
        properties.baseUrl(), properties.model(), properties.apiKey(), properties.timeout());
  }

  public String model() {
    return model;
  }

  /** Where requests go, for messages; never carries the key. */
  public URI endpoint() {
    return endpoint;
  }

  /**
   * Send the conversation and return the model's reply, at temperature 0.
   *
   * @throws LlmException with a one-line reason when there is no usable reply
   */
  public String chat(List<Message> messages) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("model", model);
    body.put(
        "messages",
        messages.stream().map(m -> Map.of("role", m.role(), "content", m.content())).toList());
    body.put("temperature", 0);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(endpoint)
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    if (apiKey != null) {
      request.header("Authorization", "Bearer " + apiKey);
    }
    HttpResponse<String> response;
    try {
      response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (HttpConnectTimeoutException e) {
      throw new LlmException("cannot reach the model at " + endpoint + " (connect timed out)", e);
    } catch (HttpTimeoutException e) {
      throw new LlmException(
          "the model at " + endpoint + " did not answer within " + timeout.toSeconds() + " s", e);
    } catch (ConnectException e) {
      throw new LlmException(
          "cannot reach the model at "
              + endpoint
              + " (connection refused); is it running, and is onsite.llm.base-url right?",
          e);
    } catch (IOException e) {
      throw new LlmException(
          "cannot reach the model at " + endpoint + " (" + oneLine(e.toString()) + ")", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LlmException("interrupted while waiting for the model at " + endpoint, e);
    }
    if (response.statusCode() != 200) {
      throw new LlmException(
          "the model at "
              + endpoint
              + " answered HTTP "
              + response.statusCode()
              + detail(response.body()));
    }
    JsonNode reply;
    try {
      reply = JSON.readTree(response.body());
    } catch (JacksonException e) {
      throw new LlmException(
          "the model at " + endpoint + " sent a reply that is not JSON" + detail(response.body()),
          e);
    }
    JsonNode content = reply.path("choices").path(0).path("message").path("content");
    if (!content.isString()) {
      throw new LlmException(
          "the model at "
              + endpoint
              + " sent JSON that is not a chat completion (no choices[0].message.content)");
    }
    return content.asString();
  }

  private static String detail(String body) {
    String text = oneLine(body == null ? "" : body);
    if (text.isEmpty()) {
      return "";
    }
    return ": " + (text.length() > MAX_DETAIL ? text.substring(0, MAX_DETAIL) + "…" : text);
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}
