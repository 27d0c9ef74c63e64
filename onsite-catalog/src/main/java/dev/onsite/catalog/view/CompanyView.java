package dev.onsite.catalog.view;

import dev.onsite.catalog.Catalog;
import dev.onsite.catalog.company.Company;
import dev.onsite.catalog.company.CompanyDirectory;
import dev.onsite.catalog.company.Loop;
import dev.onsite.catalog.company.Policy;
import dev.onsite.catalog.company.ReportedQuestion;
import dev.onsite.catalog.company.Round;
import dev.onsite.catalog.insight.CitedFact;
import dev.onsite.catalog.round.RoundType;
import dev.onsite.catalog.source.Fact;
import dev.onsite.catalog.source.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Render {@code ./onsite company NAME [--role ROLE]}: each reported loop as a numbered list of
 * rounds, its questions grouped by round, then policies and insights, every fact with its source.
 */
public final class CompanyView {

  private final Company company;
  private final String role;
  private final List<Loop> loops;
  private final List<CitedFact> crossCompany;

  /**
   * Show {@code company}, limited to the loops for {@code role} when it is not null.
   *
   * @throws IllegalArgumentException when no loop matches {@code role}; the message names the roles
   *     there are
   */
  public CompanyView(Catalog catalog, Company company, String role) {
    this.company = company;
    this.role = role;
    this.loops = CompanyDirectory.loopsForRole(company, role);
    if (loops.isEmpty() && role != null && !role.isBlank()) {
      throw new IllegalArgumentException(
          "no reported loop for role '"
              + role
              + "' at "
              + company.name()
              + (company.roles().isEmpty()
                  ? " (no roles are reported there)"
                  : "; roles: " + String.join(", ", company.roles())));
    }
    this.crossCompany = catalog.insightsAbout(company);
  }

  /**
   * The contract's JSON object: {@code roles}, {@code rounds} in order ({@code type}, {@code
   * duration_min}, {@code format}, {@code notes}), {@code questions} ({@code text}, {@code round},
   * {@code practice}), {@code policies} and {@code insights}, each fact with its {@code source}.
   * Rounds and questions also carry {@code loop}: reports that disagree stay apart, and {@code
   * loops} holds each report with its own rounds and questions.
   */
  public String json() {
    Map<String, Object> json = Json.object();
    json.put("id", company.id());
    json.put("name", company.name());
    json.put("category", company.category().id());
    json.put("aliases", company.aliases());
    json.put("roles", loops.stream().map(Loop::role).distinct().toList());
    if (role != null) {
      json.put("role_filter", role);
    }
    json.put("rounds", loops.stream().flatMap(l -> rounds(l).stream()).toList());
    json.put("questions", loops.stream().flatMap(l -> questions(l).stream()).toList());
    json.put("loops", loops.stream().map(this::loop).toList());
    json.put("policies", company.policies().stream().map(CompanyView::policy).toList());
    List<Map<String, Object>> insights = new ArrayList<>();
    company.insights().forEach(f -> insights.add(fact(f)));
    for (CitedFact cited : crossCompany) {
      Map<String, Object> insight = Json.object();
      insight.put("text", cited.fact().text());
      insight.put("insight", cited.insight().id());
      insight.put("title", cited.insight().title());
      insights.add(Json.cite(insight, cited.fact().source()));
    }
    json.put("insights", insights);
    json.put("sources", company.sources().stream().map(Source::url).toList());
    return Json.write(json);
  }

  private Map<String, Object> loop(Loop loop) {
    Map<String, Object> json = Json.object();
    json.put("id", loop.id());
    json.put("role", loop.role());
    json.put("kind", loop.kind().id());
    json.put("summary", loop.summary());
    json.put("length", loop.length());
    json.put("decision", loop.decision() == null ? null : loop.decision().id());
    Json.cite(json, loop.source());
    json.put("rounds", rounds(loop));
    json.put("questions", questions(loop));
    json.put("notes", loop.notes().stream().map(CompanyView::fact).toList());
    return json;
  }

  private static List<Map<String, Object>> rounds(Loop loop) {
    List<Map<String, Object>> out = new ArrayList<>();
    int order = 1;
    for (Round round : loop.rounds()) {
      Map<String, Object> json = Json.object();
      json.put("loop", loop.id());
      json.put("role", loop.role());
      json.put("order", order++);
      json.put("type", round.type().id());
      json.put("label", round.label());
      json.put("duration_min", round.duration() == null ? null : round.duration().min());
      json.put("duration_max_min", round.duration() == null ? null : round.duration().max());
      json.put("format", round.format());
      json.put("notes", round.notes());
      json.put("feedback", round.feedback().id());
      out.add(Json.cite(json, round.source()));
    }
    return out;
  }

  private static List<Map<String, Object>> questions(Loop loop) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (ReportedQuestion question : loop.questions()) {
      Map<String, Object> json = Json.object();
      json.put("loop", loop.id());
      json.put("role", loop.role());
      json.put("text", question.text());
      json.put("round", question.round().id());
      json.put("practice", question.practice());
      out.add(Json.cite(json, question.source()));
    }
    return out;
  }

  private static Map<String, Object> policy(Policy policy) {
    Map<String, Object> json = Json.object();
    json.put("kind", policy.kind().id());
    json.put("text", policy.text());
    json.put("role", policy.role());
    return Json.cite(json, policy.source());
  }

  private static Map<String, Object> fact(Fact fact) {
    Map<String, Object> json = Json.object();
    json.put("text", fact.text());
    return Json.cite(json, fact.source());
  }

  /** A readable summary; sources are numbered in order of use and listed at the end. */
  public String text() {
    Footnotes notes = new Footnotes();
    StringBuilder out = new StringBuilder();
    out.append(company.name()).append(" (").append(company.category().id()).append(")\n");
    if (!company.aliases().isEmpty()) {
      out.append("Also known as: ").append(String.join(", ", company.aliases())).append('\n');
    }
    List<String> roles = loops.stream().map(Loop::role).distinct().toList();
    if (!roles.isEmpty()) {
      out.append("Roles: ").append(String.join(", ", roles)).append('\n');
    }
    if (loops.size() > 1) {
      out.append(loops.size())
          .append(
              " reports of the loop, kept apart: where they disagree, each keeps its own source.\n");
    } else if (loops.isEmpty()) {
      out.append("No loop is reported in detail; see the insights below.\n");
    }
    int n = 1;
    for (Loop loop : loops) {
      out.append('\n')
          .append("Loop ")
          .append(n++)
          .append(": ")
          .append(loop.role())
          .append(" (")
          .append(loop.kind().id().replace('-', ' '))
          .append(") ")
          .append(notes.ref(loop.source()))
          .append('\n');
      if (loop.summary() != null) {
        out.append("  ").append(loop.summary()).append('\n');
      }
      if (loop.length() != null) {
        out.append("  Process length: ").append(loop.length()).append('\n');
      }
      if (loop.decision() != null) {
        out.append("  Committee decides: ").append(loop.decision().id()).append('\n');
      }
      int order = 1;
      for (Round round : loop.rounds()) {
        out.append("  ")
            .append(order++)
            .append(". ")
            .append(round.title())
            .append(" [")
            .append(round.type().id())
            .append(']');
        if (round.duration() != null) {
          out.append(" · ").append(round.duration());
        }
        if (round.format() != null) {
          out.append(" · ").append(round.format());
        }
        out.append(notes.refIfDifferent(round.source(), loop.source())).append('\n');
        if (round.notes() != null) {
          out.append("     ").append(round.notes()).append('\n');
        }
      }
      if (!loop.questions().isEmpty()) {
        out.append("  Questions, by round:\n");
        Map<RoundType, List<ReportedQuestion>> byRound = new LinkedHashMap<>();
        loop.questions()
            .forEach(q -> byRound.computeIfAbsent(q.round(), r -> new ArrayList<>()).add(q));
        byRound.forEach(
            (round, questions) -> {
              out.append("    ")
                  .append(round.label())
                  .append(" (")
                  .append(round.id())
                  .append(")\n");
              for (ReportedQuestion q : questions) {
                out.append("      - ").append(q.text());
                if (!q.practice().isEmpty()) {
                  out.append("  → practice: ").append(String.join(", ", q.practice()));
                }
                out.append(notes.refIfDifferent(q.source(), loop.source())).append('\n');
              }
            });
      }
      if (!loop.notes().isEmpty()) {
        out.append("  Notes:\n");
        loop.notes()
            .forEach(
                f ->
                    out.append("    - ")
                        .append(f.text())
                        .append(notes.refIfDifferent(f.source(), loop.source()))
                        .append('\n'));
      }
    }
    if (!company.policies().isEmpty()) {
      out.append("\nPolicies\n");
      for (Policy p : company.policies()) {
        out.append("  - ").append(p.kind().id()).append(": ").append(p.text());
        if (p.role() != null) {
          out.append(" (").append(p.role()).append(')');
        }
        out.append(' ').append(notes.ref(p.source())).append('\n');
      }
    }
    if (!company.insights().isEmpty() || !crossCompany.isEmpty()) {
      out.append("\nInsights\n");
      company
          .insights()
          .forEach(
              f ->
                  out.append("  - ")
                      .append(f.text())
                      .append(' ')
                      .append(notes.ref(f.source()))
                      .append('\n'));
      for (CitedFact cited : crossCompany) {
        out.append("  - ")
            .append(cited.insight().title())
            .append(": ")
            .append(cited.fact().text())
            .append(' ')
            .append(notes.ref(cited.fact().source()))
            .append('\n');
      }
    }
    out.append("\nSources\n").append(notes.list());
    return out.toString();
  }

  /** Numbers sources in order of first use. */
  private static final class Footnotes {
    private final Map<String, Integer> numbers = new LinkedHashMap<>();
    private final Map<String, List<String>> dates = new LinkedHashMap<>();

    String ref(Source source) {
      int number = numbers.computeIfAbsent(source.url(), url -> numbers.size() + 1);
      List<String> seen = dates.computeIfAbsent(source.url(), url -> new ArrayList<>());
      if (source.date() != null && !seen.contains(source.date())) {
        seen.add(source.date());
      }
      return "[" + number + "]";
    }

    String refIfDifferent(Source source, Source parent) {
      return source.url().equals(parent.url()) ? "" : " " + ref(source);
    }

    String list() {
      return numbers.entrySet().stream()
          .map(
              e ->
                  "  ["
                      + e.getValue()
                      + "] "
                      + e.getKey()
                      + (dates.get(e.getKey()).isEmpty()
                          ? ""
                          : " (" + String.join(", ", dates.get(e.getKey())) + ")"))
          .collect(Collectors.joining("\n", "", "\n"));
    }
  }
}
