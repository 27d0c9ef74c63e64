package dev.onsite.catalog.content;

import dev.onsite.catalog.insight.Insight;
import dev.onsite.catalog.insight.InsightFact;
import dev.onsite.catalog.insight.InsightTopic;
import dev.onsite.catalog.insight.QuestionGroup;
import dev.onsite.catalog.round.RoundType;
import dev.onsite.catalog.source.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Read one {@code content/insights/<id>.yaml} file against the insight schema. */
final class InsightReader {

  private final Problems problems;

  InsightReader(Problems problems) {
    this.problems = problems;
  }

  /** Read the insight, or return null when the file has problems (all of them reported). */
  Insight read(YamlNode root, String expectedId) {
    Fields top = Fields.of(root, "insight", problems);
    top.allowOnly("id", "title", "topic", "source", "date", "facts", "groups");
    String id = top.fileId(expectedId);
    String title = top.text("title");
    InsightTopic topic =
        top.oneOf("topic", true, "insight topic", InsightTopic::byId, InsightTopic.ids());
    String url = top.url("source");
    String date = top.date("date");
    Source source = url == null ? null : new Source(url, date);

    List<InsightFact> facts = new ArrayList<>();
    for (Fields fact : top.mappings("facts", "fact")) {
      fact.allowOnly("text", "figures", "round", "companies", "practice", "source", "date");
      String text = fact.text("text");
      Map<String, Double> figures = fact.figures("figures");
      RoundType round = fact.oneOf("round", false, "round id", RoundType::byId, RoundType.ids());
      List<String> companies = fact.texts("companies");
      List<String> practice = fact.practiceIds("practice");
      Source factSource = fact.source(source);
      if (text != null && factSource != null) {
        facts.add(
            new InsightFact(
                text,
                figures,
                round,
                companies,
                practice,
                factSource,
                problems.origin(fact.line())));
      }
    }
    List<QuestionGroup> groups = new ArrayList<>();
    for (Fields group : top.mappings("groups", "question group")) {
      group.allowOnly("signal", "questions");
      String signal = group.text("signal");
      List<String> questions = group.texts("questions");
      if (questions.isEmpty()) {
        problems.at(group.line(), "question group '" + signal + "' has no questions");
      }
      if (signal != null && !questions.isEmpty()) {
        groups.add(new QuestionGroup(signal, questions));
      }
    }
    if (!groups.isEmpty() && source == null) {
      problems.at(
          top.line(),
          "missing required key 'source' in insight: its grouped questions need the URL they come from");
    }
    if (!top.has("facts") && !top.has("groups")) {
      problems.at(top.line(), "insight has neither facts nor groups");
    }
    if (problems.any()) {
      return null;
    }
    return CompanyReader.build(
        top, () -> new Insight(id, title, topic, facts, groups, source, problems.origin(1)));
  }
}
