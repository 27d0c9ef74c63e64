package dev.onsite.catalog.card;

import dev.onsite.catalog.source.Origin;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One card of a deck: a question, its short answer and the reasoning behind it.
 *
 * @param deck the deck's id
 * @param id the card's id, unique within its deck
 * @param question at most {@value #MAX_QUESTION} characters
 * @param answer the short answer, at most {@value #MAX_ANSWER} characters
 * @param why the derivation or explanation, Markdown with {@code $math$}
 * @param tags one to five topic tags
 * @param level core or advanced
 * @param companies ids of companies known to ask it; may be empty
 * @param source a URL, or null
 * @param origin where the card starts in its file
 */
public record Flashcard(
    String deck,
    String id,
    String question,
    String answer,
    String why,
    List<String> tags,
    Level level,
    List<String> companies,
    String source,
    Origin origin) {

  public static final int MAX_QUESTION = 300;
  public static final int MAX_ANSWER = 400;
  public static final int MAX_TAGS = 5;
  static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  public Flashcard {
    for (String part : new String[] {deck, id}) {
      if (part == null || !ID.matcher(part).matches()) {
        throw new IllegalArgumentException(
            "card id '" + deck + "/" + id + "' must be lowercase words joined by '-'");
      }
    }
    require(question, "question", MAX_QUESTION);
    require(answer, "answer", MAX_ANSWER);
    require(why, "why", Integer.MAX_VALUE);
    tags = List.copyOf(tags);
    if (tags.isEmpty() || tags.size() > MAX_TAGS) {
      throw new IllegalArgumentException(
          "card " + deck + "/" + id + " needs 1 to " + MAX_TAGS + " tags, has " + tags.size());
    }
    Objects.requireNonNull(level, "level");
    companies = List.copyOf(companies);
    Objects.requireNonNull(origin, "origin");
  }

  private static void require(String text, String what, int max) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    if (text.length() > max) {
      throw new IllegalArgumentException(what + " is longer than " + max + " characters");
    }
  }

  /** The id across decks: {@code optimization/momentum-why}. */
  public String globalId() {
    return deck + "/" + id;
  }
}
