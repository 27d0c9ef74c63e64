package dev.onsite.catalog.design;

import dev.onsite.catalog.round.RoundType;
import dev.onsite.catalog.source.Origin;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A design interview prompt with its reference outline and rubric, from {@code
 * content/design/<id>.yaml}.
 *
 * @param round one of {@link #ROUNDS}
 * @param minutes 45 or 60
 * @param companies ids of companies known to ask it; may be empty
 * @param prompt what the interviewer says, Markdown
 * @param sections the reference outline, one Markdown text per section, every section present
 * @param rubric at least one point
 */
public record DesignPrompt(
    String id,
    String title,
    RoundType round,
    DesignCategory category,
    int minutes,
    List<String> companies,
    String prompt,
    List<String> clarifyingQuestions,
    Map<DesignSection, String> sections,
    List<DeepDive> deepDives,
    List<RubricPoint> rubric,
    List<String> sources,
    Origin origin) {

  /** The round types a design prompt may train. */
  public static final Set<RoundType> ROUNDS =
      Set.of(RoundType.ML_DESIGN, RoundType.ML_INFRA_DESIGN, RoundType.LLM_DESIGN);

  /** The lengths a design round has. */
  public static final Set<Integer> LENGTHS = Set.of(45, 60);

  public DesignPrompt {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(prompt, "prompt");
    if (!ROUNDS.contains(round)) {
      throw new IllegalArgumentException(
          "a design prompt's round must be ml-design, ml-infra-design or llm-design, was " + round);
    }
    if (!LENGTHS.contains(minutes)) {
      throw new IllegalArgumentException("minutes must be 45 or 60, was " + minutes);
    }
    if (rubric.isEmpty()) {
      throw new IllegalArgumentException("a design prompt needs at least one rubric point");
    }
    EnumMap<DesignSection, String> copy = new EnumMap<>(DesignSection.class);
    copy.putAll(sections);
    for (DesignSection section : DesignSection.values()) {
      if (copy.get(section) == null) {
        throw new IllegalArgumentException("missing section '" + section.id() + "'");
      }
    }
    sections = java.util.Collections.unmodifiableMap(copy);
    companies = List.copyOf(companies);
    clarifyingQuestions = List.copyOf(clarifyingQuestions);
    deepDives = List.copyOf(deepDives);
    rubric = List.copyOf(rubric);
    sources = List.copyOf(sources);
  }

  /** The sum of the rubric's weights: what a perfect self-grade scores. */
  public int totalWeight() {
    return rubric.stream().mapToInt(RubricPoint::weight).sum();
  }
}
