package dev.onsite.server.llm;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The optional OpenAI-compatible chat-completions endpoint, the {@code onsite.llm.*} properties.
 * Without a base URL and a model, nothing is ever sent anywhere.
 *
 * @param baseUrl the API's base, for example {@code http://127.0.0.1:11434/v1}; requests go to
 *     {@code baseUrl/chat/completions}
 * @param model the model name the endpoint knows
 * @param apiKey sent as a bearer token when set
 * @param timeout how long one answer may take
 */
@ConfigurationProperties("onsite.llm")
public record LlmProperties(
    URI baseUrl, String model, String apiKey, @DefaultValue("120s") Duration timeout) {

  /** Whether a model is configured at all. */
  public boolean configured() {
    return baseUrl != null && !baseUrl.toString().isBlank() && model != null && !model.isBlank();
  }
}
