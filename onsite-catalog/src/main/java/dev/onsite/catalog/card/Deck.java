package dev.onsite.catalog.card;

import dev.onsite.catalog.source.Origin;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A deck of cards on one topic, from {@code content/cards/<id>.yaml}.
 *
 * @param id lowercase slug, also the file name
 * @param title what a person sees
 * @param summary one line
 * @param cards the cards in file order, ids unique
 * @param origin the file
 */
public record Deck(String id, String title, String summary, List<Flashcard> cards, Origin origin) {

  public Deck {
    if (id == null || !Flashcard.ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "deck id '" + id + "' must be lowercase words joined by '-'");
    }
    if (title == null || title.isBlank() || summary == null || summary.isBlank()) {
      throw new IllegalArgumentException("deck '" + id + "' needs a title and a summary");
    }
    cards = List.copyOf(cards);
    if (cards.isEmpty()) {
      throw new IllegalArgumentException("deck '" + id + "' has no cards");
    }
    if (cards.stream().map(Flashcard::id).distinct().count() != cards.size()) {
      throw new IllegalArgumentException("deck '" + id + "' has duplicate card ids");
    }
    if (cards.stream().anyMatch(c -> !c.deck().equals(id))) {
      throw new IllegalArgumentException("deck '" + id + "' holds a card of another deck");
    }
    Objects.requireNonNull(origin, "origin");
  }

  /** The card with id {@code cardId} (the part after the slash), or empty. */
  public Optional<Flashcard> card(String cardId) {
    return cards.stream().filter(c -> c.id().equals(cardId)).findFirst();
  }
}
