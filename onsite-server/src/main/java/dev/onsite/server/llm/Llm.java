package dev.onsite.server.llm;

import java.util.Optional;
import org.springframework.stereotype.Component;

/** The configured model, if any: features that can use one ask here and work without it. */
@Component
public class Llm {

  /** What a page says when no model is configured. */
  public static final String HOW_TO_CONFIGURE =
      "No model is configured. To have answers graded by one, start the server with"
          + " --onsite.llm.base-url=URL --onsite.llm.model=NAME (and --onsite.llm.api-key=KEY"
          + " if it needs one), for any OpenAI-compatible endpoint; see docs/spoken-rounds.md.";

  private final LlmClient client;

  Llm(LlmProperties properties) {
    this.client = properties.configured() ? LlmClient.of(properties) : null;
  }

  /**
   * The client, or empty when {@code onsite.llm.base-url} and {@code onsite.llm.model} are unset.
   */
  public Optional<LlmClient> client() {
    return Optional.ofNullable(client);
  }
}
