package dev.onsite.catalog.content;

import dev.onsite.catalog.behavioral.BehavioralQuestion;
import dev.onsite.catalog.behavioral.Signal;
import dev.onsite.catalog.deepdive.Chapter;
import dev.onsite.catalog.deepdive.ComplexityAxis;
import dev.onsite.catalog.deepdive.FollowUp;
import dev.onsite.catalog.design.DeepDive;
import dev.onsite.catalog.design.DesignCategory;
import dev.onsite.catalog.design.DesignPrompt;
import dev.onsite.catalog.design.DesignSection;
import dev.onsite.catalog.design.RubricPoint;
import dev.onsite.catalog.round.RoundType;
import dev.onsite.catalog.source.Source;
import dev.onsite.catalog.values.CompanyValue;
import dev.onsite.catalog.values.CompanyValues;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Read the files of the spoken rounds (design prompts, behavioral signals and questions, company
 * values, deep-dive follow-ups) against their schemas. Each method returns null when the file has
 * problems, all of them reported.
 */
final class SpokenReader {

  private final Problems problems;
  private final Set<String> companyIds;

  /**
   * @param companyIds the companies that loaded, for checking the ids files name
   */
  SpokenReader(Problems problems, Set<String> companyIds) {
    this.problems = problems;
    this.companyIds = companyIds;
  }

  List<Signal> signals(YamlNode root) {
    Fields top = Fields.of(root, "signals file", problems);
    top.allowOnly("signals", "source");
    top.url("source");
    List<Signal> out = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (Fields signal : top.mappings("signals", "signal")) {
      signal.allowOnly("id", "name", "description");
      String id = signal.slug("id");
      String name = signal.text("name");
      String description = signal.optionalText("description");
      unique(seen, id, signal.line("id"), "signal id");
      if (id != null && name != null) {
        out.add(new Signal(id, name, description));
      }
    }
    if (out.isEmpty() && !problems.any()) {
      problems.at(top.line(), "no signals; list them under 'signals:'");
    }
    return problems.any() ? null : out;
  }

  /** The questions, each of whose signals must be one of {@code signals}. */
  List<BehavioralQuestion> questions(YamlNode root, Set<String> signals) {
    Fields top = Fields.of(root, "questions file", problems);
    top.allowOnly("questions", "source");
    top.url("source");
    List<BehavioralQuestion> out = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (Fields question : top.mappings("questions", "question")) {
      question.allowOnly("id", "text", "signals", "follow_ups", "companies");
      String id = question.slug("id");
      String text = question.text("text");
      List<String> ids = question.texts("signals");
      if (ids.isEmpty() || ids.size() > 3) {
        problems.at(
            question.line("signals"),
            "question '"
                + id
                + "' needs 1 to 3 signals (the first the primary one), had "
                + ids.size());
      }
      for (String signal : ids) {
        if (!signals.contains(signal)) {
          problems.at(
              question.line("signals"),
              "unknown signal '"
                  + signal
                  + "' in question '"
                  + id
                  + "' (known: "
                  + String.join(", ", signals)
                  + ")");
        }
      }
      List<String> followUps = question.texts("follow_ups");
      List<String> companies = companies(question, "companies");
      unique(seen, id, question.line("id"), "question id");
      if (id != null && text != null && !ids.isEmpty() && ids.size() <= 3) {
        out.add(
            new BehavioralQuestion(
                id, text, ids, followUps, companies, problems.origin(question.line())));
      }
    }
    if (out.isEmpty() && !problems.any()) {
      problems.at(top.line(), "no questions; list them under 'questions:'");
    }
    return problems.any() ? null : out;
  }

  DesignPrompt prompt(YamlNode root, String expectedId) {
    Fields top = Fields.of(root, "design prompt", problems);
    top.allowOnly(
        "id",
        "title",
        "round",
        "category",
        "minutes",
        "companies",
        "prompt",
        "clarifying_questions",
        "sections",
        "deep_dives",
        "rubric",
        "sources");
    String id = top.fileId(expectedId);
    String title = top.text("title");
    RoundType round = top.oneOf("round", true, "round id", RoundType::byId, RoundType.ids());
    if (round != null && !DesignPrompt.ROUNDS.contains(round)) {
      problems.at(
          top.line("round"),
          "a design prompt's round must be ml-design, ml-infra-design or llm-design, was "
              + round.id());
    }
    DesignCategory category =
        top.oneOf("category", true, "design category", DesignCategory::byId, DesignCategory.ids());
    Integer minutes = integer(top, "minutes", true);
    if (minutes != null && !DesignPrompt.LENGTHS.contains(minutes)) {
      problems.at(top.line("minutes"), "minutes must be 45 or 60, was " + minutes);
    }
    List<String> companies = companies(top, "companies");
    String prompt = top.text("prompt");
    List<String> clarifying = top.texts("clarifying_questions");
    Map<DesignSection, String> sections = sections(top);
    List<DeepDive> deepDives = new ArrayList<>();
    for (Fields dive : top.mappings("deep_dives", "deep dive")) {
      dive.allowOnly("question", "good_answer");
      String question = dive.text("question");
      String answer = dive.text("good_answer");
      if (question != null && answer != null) {
        deepDives.add(new DeepDive(question, answer));
      }
    }
    List<RubricPoint> rubric = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (Fields point : top.mappings("rubric", "rubric point")) {
      point.allowOnly("id", "point", "weight");
      String pointId = point.slug("id");
      String text = point.text("point");
      Integer weight = integer(point, "weight", true);
      if (weight != null && (weight < RubricPoint.MIN_WEIGHT || weight > RubricPoint.MAX_WEIGHT)) {
        problems.at(
            point.line("weight"),
            "rubric point '" + pointId + "' has weight " + weight + "; weights are 1, 2 or 3");
        weight = null;
      }
      unique(seen, pointId, point.line("id"), "rubric point id");
      if (pointId != null && text != null && weight != null) {
        rubric.add(new RubricPoint(pointId, text, weight));
      }
    }
    if (!top.has("rubric")) {
      problems.at(top.line(), "missing required key 'rubric' in design prompt");
    }
    List<String> sources = urls(top, "sources");
    if (problems.any()) {
      return null;
    }
    return CompanyReader.build(
        top,
        () ->
            new DesignPrompt(
                id,
                title,
                round,
                category,
                minutes,
                companies,
                prompt,
                clarifying,
                sections,
                deepDives,
                rubric,
                sources,
                problems.origin(1)));
  }

  CompanyValues values(YamlNode root, String expectedCompany, Set<String> signals) {
    Fields top = Fields.of(root, "values file", problems);
    top.allowOnly("company", "source", "values");
    String company = top.slug("company");
    if (company != null && !company.equals(expectedCompany)) {
      problems.at(
          top.line("company"),
          "company '"
              + company
              + "' does not match the file name; rename the file to "
              + company
              + ".yaml");
    } else if (company != null && !companyIds.contains(company)) {
      problems.at(top.line("company"), unknownCompany(company));
    }
    String source = top.url("source");
    if (!top.has("source")) {
      problems.at(
          top.line(), "missing required key 'source' in values file (where they are published)");
    }
    List<CompanyValue> values = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (Fields value : top.mappings("values", "value")) {
      value.allowOnly("id", "name", "summary", "signals");
      String id = value.slug("id");
      String name = value.text("name");
      String summary = value.optionalText("summary");
      List<String> ids = value.texts("signals");
      for (String signal : ids) {
        if (!signals.contains(signal)) {
          problems.at(
              value.line("signals"),
              "unknown signal '"
                  + signal
                  + "' in value '"
                  + id
                  + "' (see behavioral/signals.yaml)");
        }
      }
      unique(seen, id, value.line("id"), "value id");
      if (id != null && name != null) {
        values.add(new CompanyValue(id, name, summary, ids));
      }
    }
    if (values.isEmpty() && !problems.any()) {
      problems.at(top.line(), "no values; list them under 'values:'");
    }
    if (problems.any()) {
      return null;
    }
    return CompanyReader.build(
        top, () -> new CompanyValues(company, source, values, problems.origin(1)));
  }

  List<FollowUp> followUps(YamlNode root) {
    Fields top = Fields.of(root, "follow-ups file", problems);
    top.allowOnly("follow_ups", "source");
    top.url("source");
    List<FollowUp> out = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (Fields item : top.mappings("follow_ups", "follow-up")) {
      item.allowOnly("id", "question", "chapter", "axis", "listen_for");
      String id = item.slug("id");
      String question = item.text("question");
      Chapter chapter = item.oneOf("chapter", true, "chapter", Chapter::byId, Chapter.ids());
      ComplexityAxis axis =
          item.oneOf("axis", true, "complexity axis", ComplexityAxis::byId, ComplexityAxis.ids());
      String listenFor = item.optionalText("listen_for");
      unique(seen, id, item.line("id"), "follow-up id");
      if (id != null && question != null && chapter != null && axis != null) {
        out.add(new FollowUp(id, question, chapter, axis, listenFor, problems.origin(item.line())));
      }
    }
    if (out.isEmpty() && !problems.any()) {
      problems.at(top.line(), "no follow-ups; list them under 'follow_ups:'");
    }
    return problems.any() ? null : out;
  }

  private Map<DesignSection, String> sections(Fields top) {
    Map<DesignSection, String> out = new EnumMap<>(DesignSection.class);
    if (!top.has("sections")) {
      problems.at(
          top.line(),
          "missing required key 'sections' in design prompt (with "
              + String.join(", ", DesignSection.ids())
              + ")");
      return out;
    }
    Fields sections = Fields.of(top.node("sections"), "sections", problems);
    sections.allowOnly(DesignSection.ids().toArray(String[]::new));
    for (DesignSection section : DesignSection.values()) {
      String text = sections.text(section.id());
      if (text != null) {
        out.put(section, text);
      }
    }
    return out;
  }

  private List<String> companies(Fields fields, String key) {
    List<String> ids = fields.texts(key);
    for (String id : ids) {
      if (!companyIds.contains(id)) {
        problems.at(fields.line(key), unknownCompany(id));
      }
    }
    return ids;
  }

  private List<String> urls(Fields fields, String key) {
    List<String> urls = fields.texts(key);
    for (String url : urls) {
      String problem = Source.urlProblem(url);
      if (problem != null) {
        problems.at(fields.line(key), problem + " in '" + key + "'");
      }
    }
    return urls;
  }

  private static String unknownCompany(String id) {
    return "unknown company '" + id + "' (no loaded content/companies/" + id + ".yaml)";
  }

  private void unique(Map<String, Integer> seen, String id, int line, String noun) {
    if (id == null) {
      return;
    }
    Integer first = seen.putIfAbsent(id, line);
    if (first != null) {
      problems.at(line, "duplicate " + noun + " '" + id + "' (first on line " + first + ")");
    }
  }

  private Integer integer(Fields fields, String key, boolean required) {
    YamlNode node = fields.node(key);
    if (node == null) {
      if (required) {
        problems.at(fields.line(), "missing required key '" + key + "'");
      }
      return null;
    }
    if (node instanceof YamlNode.Scalar scalar && scalar.value() instanceof Long number) {
      if (number > Integer.MAX_VALUE || number < Integer.MIN_VALUE) {
        problems.at(fields.line(key), "'" + key + "' is out of range: " + number);
        return null;
      }
      return number.intValue();
    }
    problems.at(fields.line(key), "'" + key + "' must be a whole number, found " + node.kind());
    return null;
  }
}
