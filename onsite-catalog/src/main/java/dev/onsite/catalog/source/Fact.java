package dev.onsite.catalog.source;

import java.util.Objects;

/**
 * One statement in our own words and the source it comes from.
 *
 * @param text the statement, never blank
 * @param source where it comes from
 */
public record Fact(String text, Source source) {

  public Fact {
    Objects.requireNonNull(source, "source");
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("text must not be blank");
    }
    text = text.strip();
  }
}
