package dev.onsite.server.workspace;

import dev.onsite.judge.workspace.Round;
import dev.onsite.judge.workspace.WorkspacePackage;
import dev.onsite.server.llm.Llm;
import dev.onsite.server.llm.LlmClient;
import dev.onsite.server.llm.LlmException;
import dev.onsite.server.llm.Message;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * The assistant of an ai-assisted workspace round: the conversation, plus the one file the
 * candidate names, sent to the configured OpenAI-compatible endpoint. Nothing is sent anywhere
 * unless {@code onsite.llm.base-url} and {@code onsite.llm.model} are set; the starter's other
 * files and the hidden tests are never sent.
 */
@Service
class WorkspaceAssistant {

  /** What the panel says when no model is configured. */
  static final String HOW_TO_CONNECT =
      "No assistant is connected, and nothing is sent anywhere. To pair with a model, start the"
          + " server with --onsite.llm.base-url=URL --onsite.llm.model=NAME (and"
          + " --onsite.llm.api-key=KEY if it needs one) for any OpenAI-compatible endpoint:"
          + " Ollama, llama.cpp's server, vLLM or a hosted API; see docs/server.md.";

  /** The most characters of a file sent along with a question. */
  static final int MAX_FILE_CHARS = 60_000;

  private final Llm llm;

  WorkspaceAssistant(Llm llm) {
    this.llm = llm;
  }

  boolean connected() {
    return llm.client().isPresent();
  }

  String model() {
    return llm.client().map(LlmClient::model).orElse("");
  }

  /**
   * Send the conversation, with the named file's text, and return the model's reply.
   *
   * @param path the file the candidate names, or null for none
   * @param text that file's text as the candidate has it now (their edits included)
   * @throws ResponseStatusException 400 when the round is not ai-assisted, the conversation does
   *     not end with the candidate's question or the file is not one of the workspace's; 409 when
   *     no model is configured; 413 when the file is too long; 502 with the model's one-line
   *     failure
   */
  String ask(WorkspacePackage pkg, List<Message> conversation, String path, String text) {
    if (pkg.round() != Round.AI_ASSISTED) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST,
          "'"
              + pkg.id()
              + "' is a "
              + pkg.round().id()
              + " round: the assistant is for ai-assisted"
              + " rounds only");
    }
    if (conversation.isEmpty() || !conversation.getLast().role().equals("user")) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST, "the conversation must end with your question (role user)");
    }
    LlmClient client =
        llm.client()
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.CONFLICT, HOW_TO_CONNECT));
    List<Message> messages = new ArrayList<>();
    messages.add(new Message("system", system(pkg)));
    if (path != null && !path.isBlank()) {
      if (!pkg.tree().containsKey(path)) {
        throw new ResponseStatusException(
            HttpStatus.BAD_REQUEST, "the workspace has no file '" + path + "' to send");
      }
      String body = text == null ? "" : text;
      if (body.length() > MAX_FILE_CHARS) {
        throw new ResponseStatusException(
            HttpStatus.CONTENT_TOO_LARGE,
            path + " is " + body.length() + " characters; at most " + MAX_FILE_CHARS + " are sent");
      }
      messages.add(
          new Message("system", "The candidate's current " + path + ":\n```\n" + body + "\n```"));
    }
    messages.addAll(conversation);
    try {
      return client.chat(messages);
    } catch (LlmException e) {
      throw new ResponseStatusException(HttpStatus.BAD_GATEWAY, e.getMessage());
    }
  }

  private static String system(WorkspacePackage pkg) {
    return "You are the AI pair programmer in a timed interview round, '"
        + pkg.title()
        + "'. The candidate is working in a small "
        + pkg.language()
        + " codebase; the task:\n\n"
        + pkg.statement()
        + "\n\nAnswer what they ask, briefly. They see only what you write; they decide what to"
        + " accept.";
  }
}
