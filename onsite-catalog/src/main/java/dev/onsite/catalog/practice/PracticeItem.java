package dev.onsite.catalog.practice;

import java.util.List;

/**
 * A practice problem the catalog can link to and search, built by the caller from a problem
 * package.
 *
 * @param id the package id, for example {@code bpe-tokenizer}
 * @param path where the package is, for example {@code problems/bpe-tokenizer}; the search source
 * @param round the round id it trains
 * @param title its title
 * @param difficulty easy, medium or hard, or null
 * @param tags topic tags; may be empty
 * @param companies names or ids of companies known to ask it; may be empty
 * @param statement the problem statement text, or null
 */
public record PracticeItem(
    String id,
    String path,
    String round,
    String title,
    String difficulty,
    List<String> tags,
    List<String> companies,
    String statement) {

  public PracticeItem {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank");
    }
    if (path == null || path.isBlank()) {
      throw new IllegalArgumentException("path of practice item '" + id + "' must not be blank");
    }
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("title of practice item '" + id + "' must not be blank");
    }
    round = round == null || round.isBlank() ? null : round.strip();
    difficulty = difficulty == null || difficulty.isBlank() ? null : difficulty.strip();
    tags = tags == null ? List.of() : List.copyOf(tags);
    companies = companies == null ? List.of() : List.copyOf(companies);
    statement = statement == null ? "" : statement;
  }
}
