package dev.onsite.server.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onsite.catalog.design.DeepDive;
import dev.onsite.catalog.design.DesignCategory;
import dev.onsite.catalog.design.DesignPrompt;
import dev.onsite.catalog.design.DesignSection;
import dev.onsite.catalog.design.RubricPoint;
import dev.onsite.catalog.round.RoundType;
import dev.onsite.catalog.source.Origin;
import dev.onsite.server.llm.LlmException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RubricReviewerTests {

  private static final DesignPrompt PROMPT = prompt();

  private static final Map<String, String> ANSWER =
      Map.of("clarify", "How fresh must   the online features be?", "details", "Use two towers.");

  private static DesignPrompt prompt() {
    Map<DesignSection, String> sections = new EnumMap<>(DesignSection.class);
    for (DesignSection s : DesignSection.values()) {
      sections.put(s, "outline");
    }
    return new DesignPrompt(
        "feature-store",
        "Design a feature store",
        RoundType.ML_INFRA_DESIGN,
        DesignCategory.DATA_INFRA,
        45,
        List.of(),
        "Design it.",
        List.of(),
        sections,
        List.of(new DeepDive("q", "a")),
        List.of(
            new RubricPoint("freshness", "Asks about freshness", 2),
            new RubricPoint("point-in-time", "Uses point-in-time joins", 3)),
        List.of(),
        new Origin("x.yaml", 1));
  }

  @Test
  void aGoodReplyScoresByWeightAndChecksItsQuotes() {
    String reply =
        """
        ```json
        {"points": [
          {"id": "freshness", "met": true, "quote": "how fresh must the online features be", "comment": "asked"},
          {"id": "point-in-time", "met": false, "quote": "point-in-time joins everywhere", "comment": "missing"}],
         "summary": "Half there."}
        ```""";

    RubricReview review = RubricReviewer.parse(PROMPT, ANSWER, reply, "m");

    assertThat(review.score()).isEqualTo(40);
    assertThat(review.summary()).isEqualTo("Half there.");
    assertThat(review.points())
        .extracting(RubricReview.Point::quoteFound)
        .containsExactly(true, false);
  }

  @Test
  void aReplyThatSkipsARubricPointIsRefused() {
    String reply = "{\"points\": [{\"id\": \"freshness\", \"met\": true, \"quote\": \"\"}]}";

    assertThatThrownBy(() -> RubricReviewer.parse(PROMPT, ANSWER, reply, "m"))
        .isInstanceOf(LlmException.class)
        .hasMessage("the model's reply does not judge rubric point 'point-in-time'");
  }

  @Test
  void proseInsteadOfJsonIsRefusedWithItsStart() {
    assertThatThrownBy(() -> RubricReviewer.parse(PROMPT, ANSWER, "I think it is good.", "m"))
        .isInstanceOf(LlmException.class)
        .hasMessage("the model's reply has no JSON object; it began: I think it is good.");
  }

  @Test
  void aVerdictWithoutMetIsRefused() {
    String reply = "{\"points\": [{\"id\": \"freshness\", \"met\": \"yes\"}]}";

    assertThatThrownBy(() -> RubricReviewer.parse(PROMPT, ANSWER, reply, "m"))
        .isInstanceOf(LlmException.class)
        .hasMessage("the model's verdict on 'freshness' has no true/false \"met\"");
  }

  @Test
  void theRequestCarriesTheRubricAndTheAnswerButNoEmptyParts() {
    String request = RubricReviewer.request(PROMPT, ANSWER);

    assertThat(request)
        .contains("- point-in-time: Uses point-in-time joins")
        .contains("## Clarify\nHow fresh")
        .doesNotContain("## Production");
  }
}
