package dev.onsite.catalog.company;

import dev.onsite.catalog.round.RoundType;
import dev.onsite.catalog.source.Origin;
import dev.onsite.catalog.source.Source;
import java.util.List;
import java.util.Objects;

/**
 * A question a source says was asked, in our own words, with the practice items that train it.
 *
 * @param text the question
 * @param round the round it was asked in
 * @param practice ids of practice items that train it; may be empty
 * @param source where this comes from
 * @param origin where it is written in the content files
 */
public record ReportedQuestion(
    String text, RoundType round, List<String> practice, Source source, Origin origin) {

  public ReportedQuestion {
    text = Text.required(text, "text");
    Objects.requireNonNull(round, "round");
    practice = Text.copy(practice, "practice");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(origin, "origin");
  }
}
