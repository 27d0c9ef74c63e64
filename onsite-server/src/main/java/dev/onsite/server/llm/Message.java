package dev.onsite.server.llm;

import java.util.Objects;
import java.util.Set;

/**
 * One message of a chat: who says it ({@code system}, {@code user} or {@code assistant}) and what.
 */
public record Message(String role, String content) {

  private static final Set<String> ROLES = Set.of("system", "user", "assistant");

  public Message {
    Objects.requireNonNull(content, "content");
    if (!ROLES.contains(role)) {
      throw new IllegalArgumentException(
          "role must be system, user or assistant, was '" + role + "'");
    }
  }

  public static Message system(String content) {
    return new Message("system", content);
  }

  public static Message user(String content) {
    return new Message("user", content);
  }
}
