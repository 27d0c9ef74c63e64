package dev.onsite.server.llm;

/**
 * The model could not answer: the endpoint is unreachable, too slow, refused the request or sent
 * something that is not a chat completion. The message is one line, fit to show in a page.
 */
public final class LlmException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public LlmException(String message) {
    super(message);
  }

  public LlmException(String message, Throwable cause) {
    super(message, cause);
  }
}
