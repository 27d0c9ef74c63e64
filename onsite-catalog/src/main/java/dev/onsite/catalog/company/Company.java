package dev.onsite.catalog.company;

import dev.onsite.catalog.source.Fact;
import dev.onsite.catalog.source.Origin;
import dev.onsite.catalog.source.Source;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Everything the content says about one company: its loops side by side, its policies and insights.
 *
 * @param id lowercase slug, also the file name ({@code openai} for {@code openai.yaml})
 * @param name display name
 * @param aliases other names people type ("open ai", "deepmind"), used by fuzzy lookup and search
 * @param category what kind of employer it is
 * @param loops every account of a loop, one per source and role, never merged
 * @param policies how the process is run
 * @param insights other facts about interviewing there
 * @param origin the file it was read from
 */
public record Company(
    String id,
    String name,
    List<String> aliases,
    Category category,
    List<Loop> loops,
    List<Policy> policies,
    List<Fact> insights,
    Origin origin) {

  static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  public Company {
    id = Text.required(id, "id");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "company id '" + id + "' must be lowercase words joined by '-'");
    }
    name = Text.required(name, "name");
    aliases = Text.copy(aliases, "aliases");
    Objects.requireNonNull(category, "category");
    loops = Text.copy(loops, "loops");
    policies = Text.copy(policies, "policies");
    insights = Text.copy(insights, "insights");
    Objects.requireNonNull(origin, "origin");
    Set<String> loopIds = new LinkedHashSet<>();
    for (Loop loop : loops) {
      if (!loopIds.add(loop.id())) {
        throw new IllegalArgumentException("duplicate loop id '" + loop.id() + "'");
      }
    }
  }

  /** The roles with a reported loop, in order of first appearance. */
  public List<String> roles() {
    return loops.stream().map(Loop::role).distinct().toList();
  }

  /** How many rounds all loops report together. */
  public int roundCount() {
    return loops.stream().mapToInt(l -> l.rounds().size()).sum();
  }

  /** How many questions all loops report together. */
  public int questionCount() {
    return loops.stream().mapToInt(l -> l.questions().size()).sum();
  }

  /**
   * Every source cited anywhere in this company's content, each URL once, in order of first use.
   */
  public List<Source> sources() {
    Set<String> seen = new LinkedHashSet<>();
    return facts().filter(s -> seen.add(s.url())).toList();
  }

  private Stream<Source> facts() {
    Stream<Source> fromLoops =
        loops.stream()
            .flatMap(
                l ->
                    Stream.of(
                            Stream.of(l.source()),
                            l.rounds().stream().map(Round::source),
                            l.questions().stream().map(ReportedQuestion::source),
                            l.notes().stream().map(Fact::source))
                        .flatMap(s -> s));
    return Stream.of(
            fromLoops, policies.stream().map(Policy::source), insights.stream().map(Fact::source))
        .flatMap(s -> s);
  }

  /** Every name this company goes by: its name, its id and its aliases. */
  public List<String> names() {
    Set<String> names = new LinkedHashSet<>();
    names.add(name);
    names.add(id);
    names.addAll(aliases);
    return List.copyOf(names);
  }
}
