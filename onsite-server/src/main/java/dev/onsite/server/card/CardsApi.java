package dev.onsite.server.card;

import dev.onsite.catalog.card.Flashcard;
import dev.onsite.fsrs.Rating;
import dev.onsite.server.account.OnsiteUser;
import dev.onsite.server.problem.StatementRenderer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Spaced repetition over JSON: decks with due counts, the daily queue, and grading a card. */
@RestController
@RequestMapping("/api/cards")
@Tag(name = "cards", description = "Spaced repetition of the ML fundamentals decks with FSRS-6")
class CardsApi {

  /** The largest review body accepted; a real one is about 40 bytes. */
  static final int MAX_BODY_BYTES = 4096;

  /** The longest time a review may report, a day. */
  static final long MAX_MS = 86_400_000L;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  record DeckJson(
      String id, String title, String summary, int cards, int due, int fresh, int learning) {
    static DeckJson of(CardReviews.DeckStatus s) {
      return new DeckJson(
          s.deck().id(),
          s.deck().title(),
          s.deck().summary(),
          s.cards(),
          s.due(),
          s.fresh(),
          s.learning());
    }
  }

  /**
   * @param intervals the next interval each rating would give: {"again": "1m", ...}
   */
  record CardJson(
      String id,
      String deck,
      String card,
      String question,
      String answerHtml,
      String whyHtml,
      List<String> tags,
      String level,
      String state,
      Map<String, String> intervals) {}

  record QueueJson(String deck, String title, int due, int fresh, List<CardJson> cards) {}

  record ReviewJson(
      String id, String rating, String state, Instant due, String interval, boolean dueNow) {}

  private final CardReviews reviews;
  private final StatementRenderer renderer;

  CardsApi(CardReviews reviews, StatementRenderer renderer) {
    this.reviews = reviews;
    this.renderer = renderer;
  }

  @GetMapping("/decks")
  @Operation(summary = "Every deck with your due, new and learning counts")
  List<DeckJson> decks(@AuthenticationPrincipal OnsiteUser me) {
    return reviews.decks(me.accountId()).stream().map(DeckJson::of).toList();
  }

  @GetMapping("/stats")
  @Operation(summary = "Due today, reviewed today, and retention over the last 30 days")
  CardReviews.Stats stats(@AuthenticationPrincipal OnsiteUser me) {
    return reviews.stats(me.accountId());
  }

  @GetMapping("/queue")
  @Operation(summary = "A deck's queue for now: due cards first, then today's new cards")
  QueueJson queue(@AuthenticationPrincipal OnsiteUser me, @RequestParam String deck) {
    return queueJson(me, deck, reviews.queue(me.accountId(), deck));
  }

  @GetMapping("/rapid-fire")
  @Operation(summary = "Cards for a rapid-fire session: the queue, then the weakest seen cards")
  QueueJson rapidFire(@AuthenticationPrincipal OnsiteUser me, @RequestParam String deck) {
    return queueJson(me, deck, reviews.rapidFire(me.accountId(), deck));
  }

  private QueueJson queueJson(OnsiteUser me, String deckId, List<CardReviews.QueueCard> cards) {
    var status =
        reviews.decks(me.accountId()).stream()
            .filter(s -> s.deck().id().equals(deckId))
            .findFirst()
            .orElseThrow();
    return new QueueJson(
        deckId,
        status.deck().title(),
        status.due(),
        status.fresh(),
        cards.stream().map(this::cardJson).toList());
  }

  CardJson cardJson(CardReviews.QueueCard queued) {
    Flashcard c = queued.card();
    Map<String, String> intervals = new LinkedHashMap<>();
    queued.intervals().forEach((r, text) -> intervals.put(r.id(), text));
    return new CardJson(
        c.globalId(),
        c.deck(),
        c.id(),
        c.question(),
        renderer.render(c.answer(), "cards"),
        renderer.render(c.why(), "cards"),
        c.tags(),
        c.level().id(),
        queued.state(),
        intervals);
  }

  @PostMapping("/{deck}/{card}/review")
  @Operation(
      summary = "Grade a card",
      description =
          "Body: {\"rating\": \"again|hard|good|easy\", \"ms\": 5300, \"mode\":"
              + " \"review|rapid-fire\"}; ms and mode are optional.")
  ReviewJson review(
      @AuthenticationPrincipal OnsiteUser me,
      @PathVariable String deck,
      @PathVariable String card,
      HttpServletRequest request) {
    JsonNode body = body(request);
    String ratingText = body.path("rating").isString() ? body.path("rating").asString() : null;
    Rating rating =
        Rating.byId(ratingText)
            .orElseThrow(
                () ->
                    bad(
                        "rating must be one of "
                            + String.join(", ", Rating.ids())
                            + ", was "
                            + (ratingText == null ? "missing" : "'" + ratingText + "'")));
    Long ms = null;
    if (body.has("ms") && !body.get("ms").isNull()) {
      JsonNode value = body.get("ms");
      if (!value.isIntegralNumber() || value.asLong() < 0 || value.asLong() > MAX_MS) {
        throw bad(
            "ms must be a whole number of milliseconds from 0 to " + MAX_MS + ", was " + value);
      }
      ms = value.asLong();
    }
    String mode = body.path("mode").isString() ? body.path("mode").asString() : "review";
    if (!mode.equals("review") && !mode.equals("rapid-fire")) {
      throw bad("mode must be review or rapid-fire, was '" + mode + "'");
    }
    CardReviews.Reviewed done = reviews.review(me.accountId(), deck, card, rating, ms, mode);
    return new ReviewJson(
        done.card().globalId(),
        rating.id(),
        done.after().state().id(),
        done.after().due(),
        done.interval(),
        done.dueNow());
  }

  /** Read a small JSON object, refusing a body over {@link #MAX_BODY_BYTES} with 413. */
  private static JsonNode body(HttpServletRequest request) {
    byte[] bytes;
    try (InputStream in = request.getInputStream()) {
      bytes = in.readNBytes(MAX_BODY_BYTES + 1);
    } catch (IOException e) {
      throw bad("could not read the request body: " + e.getMessage());
    }
    if (bytes.length > MAX_BODY_BYTES) {
      throw new ResponseStatusException(
          HttpStatus.CONTENT_TOO_LARGE,
          "a review body is at most " + MAX_BODY_BYTES + " bytes of JSON");
    }
    try {
      JsonNode node = JSON.readTree(new String(bytes, StandardCharsets.UTF_8));
      if (node == null || !node.isObject()) {
        throw bad("the body must be a JSON object such as {\"rating\": \"good\"}");
      }
      return node;
    } catch (JacksonException e) {
      throw bad("the body is not JSON: " + e.getOriginalMessage());
    }
  }

  private static ResponseStatusException bad(String message) {
    return new ResponseStatusException(HttpStatus.BAD_REQUEST, message);
  }
}
