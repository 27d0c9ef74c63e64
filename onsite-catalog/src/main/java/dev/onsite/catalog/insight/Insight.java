package dev.onsite.catalog.insight;

import dev.onsite.catalog.source.Origin;
import dev.onsite.catalog.source.Source;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A cross-company finding: a titled set of facts, and optionally questions grouped by signal.
 *
 * @param id lowercase slug, also the file name
 * @param title what the insight answers, for example "How many steps a hiring process has"
 * @param topic what it is about
 * @param facts the facts, each with its source
 * @param groups questions by signal; may be empty
 * @param source the source of the grouped questions, or null when there are none
 * @param origin the file it was read from
 */
public record Insight(
    String id,
    String title,
    InsightTopic topic,
    List<InsightFact> facts,
    List<QuestionGroup> groups,
    Source source,
    Origin origin) {

  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  public Insight {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "insight id '" + id + "' must be lowercase words joined by '-'");
    }
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("title must not be blank");
    }
    title = title.strip();
    Objects.requireNonNull(topic, "topic");
    facts = List.copyOf(facts);
    groups = List.copyOf(groups);
    Objects.requireNonNull(origin, "origin");
    if (!groups.isEmpty() && source == null) {
      throw new IllegalArgumentException(
          "insight '" + id + "' has grouped questions but no source");
    }
    if (facts.isEmpty() && groups.isEmpty()) {
      throw new IllegalArgumentException("insight '" + id + "' has no facts and no questions");
    }
  }

  /** How many grouped questions it holds. */
  public int questionCount() {
    return groups.stream().mapToInt(g -> g.questions().size()).sum();
  }
}
