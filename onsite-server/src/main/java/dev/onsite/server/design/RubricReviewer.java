package dev.onsite.server.design;

import dev.onsite.catalog.design.DesignPrompt;
import dev.onsite.catalog.design.RubricPoint;
import dev.onsite.server.llm.LlmClient;
import dev.onsite.server.llm.LlmException;
import dev.onsite.server.llm.Message;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Grade a design answer with a model: the prompt, the rubric and the answer go to the model, which
 * must reply with JSON that judges every rubric point and quotes the answer. A reply that is not
 * such JSON is an {@link LlmException} with a one-line reason.
 */
final class RubricReviewer {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  static final String INSTRUCTIONS =
      """
      You grade a candidate's answer to a system design interview question against a rubric.
      For every rubric point, decide whether the answer meets it, and quote the words of the
      answer that show it (copy them exactly; an empty quote when nothing in the answer shows it).
      Reply with one JSON object and nothing else, in this shape:
      {"points": [{"id": "<rubric point id>", "met": true, "quote": "<exact words>", "comment": "<one sentence>"}],
       "summary": "<two sentences on the answer as a whole>"}
      Judge every rubric point exactly once, by its id.""";

  private final LlmClient client;

  RubricReviewer(LlmClient client) {
    this.client = client;
  }

  RubricReview review(DesignPrompt prompt, Map<String, String> answer) {
    String reply =
        client.chat(List.of(Message.system(INSTRUCTIONS), Message.user(request(prompt, answer))));
    return parse(prompt, answer, reply, client.model());
  }

  static String request(DesignPrompt prompt, Map<String, String> answer) {
    StringBuilder text = new StringBuilder();
    text.append("# Question\n")
        .append(prompt.title())
        .append("\n\n")
        .append(prompt.prompt())
        .append("\n\n");
    text.append("# Rubric\n");
    for (RubricPoint point : prompt.rubric()) {
      text.append("- ").append(point.id()).append(": ").append(point.point()).append('\n');
    }
    text.append("\n# Answer\n");
    for (AnswerPart part : AnswerPart.values()) {
      String value = answer.getOrDefault(part.id(), "").strip();
      if (!value.isEmpty()) {
        text.append("## ").append(part.label()).append('\n').append(value).append("\n\n");
      }
    }
    return text.toString();
  }

  /**
   * Check the model's reply against the rubric.
   *
   * @throws LlmException when the reply is not the JSON asked for
   */
  static RubricReview parse(
      DesignPrompt prompt, Map<String, String> answer, String reply, String model) {
    String json = reply.strip();
    int start = json.indexOf('{');
    int end = json.lastIndexOf('}');
    if (start < 0 || end < start) {
      throw new LlmException("the model's reply has no JSON object; it began: " + begin(reply));
    }
    JsonNode root;
    try {
      root = JSON.readTree(json.substring(start, end + 1));
    } catch (JacksonException e) {
      throw new LlmException("the model's reply is not valid JSON; it began: " + begin(reply));
    }
    if (!root.path("points").isArray()) {
      throw new LlmException("the model's reply has no \"points\" list");
    }
    Map<String, JsonNode> byId = new LinkedHashMap<>();
    for (JsonNode point : root.path("points")) {
      String id = point.path("id").asString("");
      if (!point.path("met").isBoolean()) {
        throw new LlmException("the model's verdict on '" + id + "' has no true/false \"met\"");
      }
      byId.put(id, point);
    }
    String haystack = normalize(String.join("\n", answer.values()));
    List<RubricReview.Point> points = new ArrayList<>();
    int total = 0;
    int met = 0;
    for (RubricPoint point : prompt.rubric()) {
      JsonNode verdict = byId.get(point.id());
      if (verdict == null) {
        throw new LlmException(
            "the model's reply does not judge rubric point '" + point.id() + "'");
      }
      boolean isMet = verdict.path("met").asBoolean();
      String quote = verdict.path("quote").asString("").strip();
      boolean found = !quote.isEmpty() && haystack.contains(normalize(quote));
      total += point.weight();
      if (isMet) {
        met += point.weight();
      }
      points.add(
          new RubricReview.Point(
              point.id(),
              point.point(),
              point.weight(),
              isMet,
              quote,
              found,
              verdict.path("comment").asString("").strip()));
    }
    int score = total == 0 ? 0 : Math.round(100f * met / total);
    return new RubricReview(model, points, score, root.path("summary").asString("").strip());
  }

  private static String normalize(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }

  private static String begin(String reply) {
    String line = reply.replaceAll("\\s+", " ").strip();
    return line.length() > 80 ? line.substring(0, 80) + "…" : line;
  }
}
