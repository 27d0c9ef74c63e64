package dev.onsite.catalog.view;

import dev.onsite.catalog.Catalog;
import dev.onsite.catalog.card.Deck;
import dev.onsite.catalog.card.Flashcard;
import dev.onsite.catalog.card.Level;
import java.util.List;
import java.util.Map;

/** Render {@code ./onsite cards}: one line per deck, or a JSON array. */
public final class DecksView {

  private final Catalog catalog;

  public DecksView(Catalog catalog) {
    this.catalog = catalog;
  }

  /**
   * {@code [{"id", "title", "summary", "cards", "core", "advanced", "tags", "path"}]}: {@code
   * cards} counts all cards, {@code core} and {@code advanced} by level, {@code tags} the distinct
   * tags in file order.
   */
  public String json() {
    return Json.write(catalog.decks().stream().map(DecksView::summary).toList());
  }

  static Map<String, Object> summary(Deck deck) {
    Map<String, Object> json = Json.object();
    json.put("id", deck.id());
    json.put("title", deck.title());
    json.put("summary", deck.summary());
    json.put("cards", deck.cards().size());
    json.put("core", count(deck, Level.CORE));
    json.put("advanced", count(deck, Level.ADVANCED));
    json.put("tags", deck.cards().stream().flatMap(c -> c.tags().stream()).distinct().toList());
    json.put("path", deck.origin().file());
    return json;
  }

  private static long count(Deck deck, Level level) {
    return deck.cards().stream().filter(c -> c.level() == level).count();
  }

  /** A table: id, card counts, title; then totals. */
  public String text() {
    List<Deck> decks = catalog.decks();
    int idWidth = Math.max(4, decks.stream().mapToInt(d -> d.id().length()).max().orElse(4));
    StringBuilder out = new StringBuilder();
    out.append(CompaniesView.pad("DECK", idWidth + 2))
        .append(CompaniesView.pad("CARDS", 6))
        .append(CompaniesView.pad("CORE", 5))
        .append(CompaniesView.pad("ADV", 5))
        .append("TITLE\n");
    for (Deck deck : decks) {
      out.append(CompaniesView.pad(deck.id(), idWidth + 2))
          .append(CompaniesView.pad(String.valueOf(deck.cards().size()), 6))
          .append(CompaniesView.pad(String.valueOf(count(deck, Level.CORE)), 5))
          .append(CompaniesView.pad(String.valueOf(count(deck, Level.ADVANCED)), 5))
          .append(deck.title())
          .append('\n');
    }
    long cards = decks.stream().map(Deck::cards).mapToLong(List<Flashcard>::size).sum();
    out.append(decks.size()).append(" decks, ").append(cards).append(" cards\n");
    return out.toString();
  }
}
