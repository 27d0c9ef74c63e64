package dev.onsite.catalog.content;

import dev.onsite.catalog.company.Category;
import dev.onsite.catalog.company.Company;
import dev.onsite.catalog.company.Decision;
import dev.onsite.catalog.company.Feedback;
import dev.onsite.catalog.company.Loop;
import dev.onsite.catalog.company.Minutes;
import dev.onsite.catalog.company.Policy;
import dev.onsite.catalog.company.PolicyKind;
import dev.onsite.catalog.company.ReportKind;
import dev.onsite.catalog.company.ReportedQuestion;
import dev.onsite.catalog.company.Round;
import dev.onsite.catalog.round.RoundType;
import dev.onsite.catalog.source.Fact;
import dev.onsite.catalog.source.Source;
import java.util.ArrayList;
import java.util.List;

/** Read one {@code content/companies/<id>.yaml} file against the company schema. */
final class CompanyReader {

  /**
   * Stands in for a loop source that is missing or broken, so that its rounds and questions do not
   * each report the same missing source again; the loop's own problem is already reported.
   */
  private static final Source REPORTED_MISSING = new Source("https://missing-source.invalid", null);

  private final Problems problems;

  CompanyReader(Problems problems) {
    this.problems = problems;
  }

  /** Read the company, or return null when the file has problems (all of them reported). */
  Company read(YamlNode root, String expectedId) {
    Fields top = Fields.of(root, "company", problems);
    top.allowOnly("id", "name", "aliases", "category", "loops", "policies", "insights");
    String id = top.fileId(expectedId);
    String name = top.text("name");
    List<String> aliases = top.texts("aliases");
    Category category = top.oneOf("category", true, "category", Category::byId, Category.ids());

    List<Loop> loops = new ArrayList<>();
    List<String> loopIds = new ArrayList<>();
    for (Fields loop : top.mappings("loops", "loop")) {
      Loop read = loop(loop);
      if (read != null) {
        if (loopIds.contains(read.id())) {
          problems.at(
              loop.line("id"),
              "duplicate loop id '" + read.id() + "'; give each loop of a company its own id");
        }
        loopIds.add(read.id());
        loops.add(read);
      }
    }
    List<Policy> policies = new ArrayList<>();
    for (Fields policy : top.mappings("policies", "policy")) {
      policy.allowOnly("kind", "text", "role", "source", "date");
      PolicyKind kind =
          policy.oneOf("kind", true, "policy kind", PolicyKind::byId, PolicyKind.ids());
      String text = policy.text("text");
      String role = policy.optionalText("role");
      Source source = policy.source(null);
      if (kind != null && text != null && source != null) {
        policies.add(new Policy(kind, text, role, source));
      }
    }
    List<Fact> insights = facts(top, "insights", "insight", null);
    if (!top.has("loops") && !top.has("policies") && !top.has("insights")) {
      problems.at(
          top.line(), "company has no loops, policies or insights; add at least one sourced fact");
    }
    if (problems.any()) {
      return null;
    }
    return build(
        top,
        () ->
            new Company(
                id, name, aliases, category, loops, policies, insights, problems.origin(1)));
  }

  private Loop loop(Fields loop) {
    loop.allowOnly(
        "id",
        "role",
        "kind",
        "summary",
        "length",
        "source",
        "date",
        "rounds",
        "questions",
        "notes",
        "decision");
    String id = loop.slug("id");
    String role = loop.text("role");
    ReportKind kind = loop.oneOf("kind", true, "report kind", ReportKind::byId, ReportKind.ids());
    String summary = loop.optionalText("summary");
    String length = loop.optionalText("length");
    String decisionText = loop.optionalText("decision");
    Decision decision = null;
    if (decisionText != null) {
      try {
        decision = Decision.parse(decisionText);
      } catch (IllegalArgumentException e) {
        problems.at(loop.line("decision"), e.getMessage());
      }
    }
    Source source = loop.source(null);
    Source inherited = source != null ? source : REPORTED_MISSING;

    List<Round> rounds = new ArrayList<>();
    for (Fields round : loop.mappings("rounds", "round")) {
      round.allowOnly("type", "label", "minutes", "format", "notes", "feedback", "source", "date");
      RoundType type = round.oneOf("type", true, "round id", RoundType::byId, RoundType.ids());
      String label = round.optionalText("label");
      Minutes minutes = round.minutes("minutes");
      String format = round.optionalText("format");
      String notes = round.optionalText("notes");
      Feedback feedback =
          round.oneOf("feedback", false, "feedback", Feedback::byId, Feedback.ids());
      Source roundSource = round.source(inherited);
      if (type != null && roundSource != null) {
        rounds.add(new Round(type, label, minutes, format, notes, feedback, roundSource));
      }
    }
    List<ReportedQuestion> questions = new ArrayList<>();
    for (Fields question : loop.mappings("questions", "question")) {
      question.allowOnly("text", "round", "practice", "source", "date");
      String text = question.text("text");
      RoundType round = question.oneOf("round", true, "round id", RoundType::byId, RoundType.ids());
      List<String> practice = question.practiceIds("practice");
      Source questionSource = question.source(inherited);
      if (text != null && round != null && questionSource != null) {
        questions.add(
            new ReportedQuestion(
                text, round, practice, questionSource, problems.origin(question.line())));
      }
    }
    List<Fact> notes = facts(loop, "notes", "note", inherited);
    if (!loop.has("rounds") && !loop.has("questions") && !loop.has("notes")) {
      problems.at(loop.line(), "loop has no rounds, questions or notes");
    }
    if (id == null || role == null || kind == null || source == null || problems.any()) {
      return null;
    }
    Decision rule = decision;
    return build(
        loop,
        () -> new Loop(id, role, kind, summary, length, rounds, questions, notes, source, rule));
  }

  /**
   * A list of facts: each a text that inherits {@code inherited}, or a mapping with its own source.
   */
  private List<Fact> facts(Fields parent, String key, String each, Source inherited) {
    List<Fact> facts = new ArrayList<>();
    for (YamlNode item : parent.items(key)) {
      if (item instanceof YamlNode.Scalar scalar
          && scalar.value() instanceof String text
          && inherited != null) {
        facts.add(new Fact(text, inherited));
        continue;
      }
      Fields fact = Fields.of(item, each, problems);
      fact.allowOnly("text", "source", "date");
      String text = fact.text("text");
      Source source = fact.source(inherited);
      if (text != null && source != null) {
        facts.add(new Fact(text, source));
      }
    }
    return facts;
  }

  /**
   * Build a record, turning a compact-constructor rejection into a problem at the mapping's line.
   */
  static <T> T build(Fields at, java.util.function.Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (IllegalArgumentException | NullPointerException e) {
      at.problems().at(at.line(), e.getMessage());
      return null;
    }
  }
}
