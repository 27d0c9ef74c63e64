package dev.onsite.catalog.content;

import dev.onsite.catalog.card.Deck;
import dev.onsite.catalog.card.Flashcard;
import dev.onsite.catalog.card.Level;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Read one {@code content/cards/<deck>.yaml} file against the card schema. */
final class CardReader {

  private final Problems problems;
  private final Set<String> companyIds;

  /**
   * @param companyIds the ids of every company that loaded; a card naming another is reported
   */
  CardReader(Problems problems, Set<String> companyIds) {
    this.problems = problems;
    this.companyIds = companyIds;
  }

  /** Read the deck, or return null when the file has problems (all of them reported). */
  Deck read(YamlNode root, String expectedId) {
    Fields top = Fields.of(root, "deck", problems);
    top.allowOnly("deck", "title", "summary", "cards");
    String id = top.slug("deck");
    if (id != null && !id.equals(expectedId)) {
      problems.at(
          top.line("deck"),
          "deck '"
              + id
              + "' does not match the file name; rename the file to "
              + id
              + ".yaml or the deck to "
              + expectedId);
    }
    String title = top.text("title");
    String summary = top.text("summary");
    if (!top.has("cards")) {
      problems.at(top.line(), "missing required key 'cards' in deck (a list of cards)");
    }
    List<Flashcard> cards = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    List<Fields> items = top.mappings("cards", "card");
    for (Fields item : items) {
      Flashcard card = card(item, id == null ? expectedId : id, seen);
      if (card != null) {
        cards.add(card);
      }
    }
    if (top.has("cards") && items.isEmpty() && !problems.any()) {
      problems.at(top.line("cards"), "deck has no cards; add at least one");
    }
    if (problems.any()) {
      return null;
    }
    return new Deck(id, title, summary, cards, problems.origin(1));
  }

  private Flashcard card(Fields item, String deck, Map<String, Integer> seen) {
    String cardId = Fields.of(itemNode(item), "card", problems).slug("id");
    String what = cardId == null ? "card" : "card '" + cardId + "'";
    Fields card = Fields.of(itemNode(item), what, problems);
    card.allowOnly("id", "q", "a", "why", "tags", "level", "companies", "source");
    if (cardId != null) {
      Integer first = seen.putIfAbsent(cardId, card.line("id"));
      if (first != null) {
        problems.at(
            card.line("id"),
            "duplicate card id '"
                + cardId
                + "' (first on line "
                + first
                + "); give each card of a deck its own id");
      }
    }
    String question = limited(card, "q", "the question", Flashcard.MAX_QUESTION);
    String answer = limited(card, "a", "the short answer", Flashcard.MAX_ANSWER);
    String why = card.has("why") ? card.optionalText("why") : missing(card, "why", "the reasoning");
    List<String> tags = card.texts("tags");
    if (!card.has("tags")) {
      missing(card, "tags", "1 to " + Flashcard.MAX_TAGS + " topic tags");
    } else if (tags.isEmpty() || tags.size() > Flashcard.MAX_TAGS) {
      problems.at(
          card.line("tags"),
          what + " needs 1 to " + Flashcard.MAX_TAGS + " tags, has " + tags.size());
    }
    Level level = card.oneOf("level", true, "level", Level::byId, Level.ids());
    List<String> companies = card.texts("companies");
    for (String company : companies) {
      if (!companyIds.contains(company)) {
        problems.at(
            card.line("companies"),
            "unknown company id '"
                + company
                + "' in "
                + what
                + " (no loaded content/companies/"
                + company
                + ".yaml)");
      }
    }
    String source = card.url("source");
    if (problems.any()) {
      return null;
    }
    return new Flashcard(
        deck,
        cardId,
        question,
        answer,
        why,
        tags,
        level,
        companies,
        source,
        problems.origin(card.line()));
  }

  /** The mapping {@code item} was read from, so it can be read again under its card's name. */
  private static YamlNode itemNode(Fields item) {
    return item.node();
  }

  private String limited(Fields card, String key, String meaning, int max) {
    if (!card.has(key)) {
      return missing(card, key, meaning);
    }
    String text = card.optionalText(key);
    if (text != null && text.length() > max) {
      problems.at(
          card.line(key),
          "'"
              + key
              + "' is "
              + text.length()
              + " characters, at most "
              + max
              + " allowed; move detail into 'why'");
      return null;
    }
    return text;
  }

  private String missing(Fields card, String key, String meaning) {
    problems.at(
        card.line(), "missing required key '" + key + "' (" + meaning + ") in " + card.what());
    return null;
  }
}
