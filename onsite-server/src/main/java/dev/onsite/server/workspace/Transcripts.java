package dev.onsite.server.workspace;

import dev.onsite.server.llm.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Assistant transcripts in {@code workspace_transcripts}, one per submission that had one: the
 * candidate's and the model's messages, in order.
 */
@Repository
class Transcripts {

  /** The most messages a transcript may hold. */
  static final int MAX_MESSAGES = 200;

  /** The most characters a stored transcript may hold (its column). */
  static final int MAX_CHARS = 390_000;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final JdbcClient jdbc;

  Transcripts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Check a transcript sent by the page: only {@code user} and {@code assistant} messages, with
   * text, within the limits.
   *
   * @return the messages, empty for none
   * @throws ResponseStatusException 400 naming the message at fault, or 413 when too long
   */
  static List<Message> check(List<Map<String, String>> sent) {
    if (sent == null || sent.isEmpty()) {
      return List.of();
    }
    if (sent.size() > MAX_MESSAGES) {
      throw new ResponseStatusException(
          HttpStatus.CONTENT_TOO_LARGE,
          "the transcript has " + sent.size() + " messages; the most is " + MAX_MESSAGES);
    }
    List<Message> messages = new ArrayList<>();
    for (int i = 0; i < sent.size(); i++) {
      Map<String, String> m = sent.get(i);
      String role = m == null ? null : m.get("role");
      String content = m == null ? null : m.get("content");
      if (!"user".equals(role) && !"assistant".equals(role) || content == null) {
        throw new ResponseStatusException(
            HttpStatus.BAD_REQUEST,
            "transcript message "
                + (i + 1)
                + " needs a role (user or assistant) and a content; it had role '"
                + role
                + "'");
      }
      messages.add(new Message(role, content));
    }
    int chars = json(messages).length();
    if (chars > MAX_CHARS) {
      throw new ResponseStatusException(
          HttpStatus.CONTENT_TOO_LARGE,
          "the transcript is "
              + chars / 1024
              + " KiB; a server stores at most "
              + MAX_CHARS / 1024
              + " KiB of it");
    }
    return List.copyOf(messages);
  }

  void store(long submissionId, List<Message> messages) {
    jdbc.sql("insert into workspace_transcripts (submission_id, messages) values (?, ?)")
        .params(submissionId, json(messages))
        .update();
  }

  /** The transcript stored with the submission; empty when it had none. */
  List<Message> of(long submissionId) {
    Optional<String> stored =
        jdbc.sql("select messages from workspace_transcripts where submission_id = ?")
            .param(submissionId)
            .query(String.class)
            .optional();
    if (stored.isEmpty()) {
      return List.of();
    }
    try {
      return JSON.readValue(stored.get(), new TypeReference<List<Message>>() {});
    } catch (JacksonException e) {
      throw new IllegalStateException(
          "the transcript of submission " + submissionId + " does not parse: " + e.getMessage(), e);
    }
  }

  private static String json(List<Message> messages) {
    return JSON.writeValueAsString(messages);
  }
}
