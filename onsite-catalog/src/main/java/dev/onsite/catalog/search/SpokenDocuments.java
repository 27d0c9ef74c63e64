package dev.onsite.catalog.search;

import dev.onsite.catalog.behavioral.BehavioralQuestion;
import dev.onsite.catalog.behavioral.QuestionBank;
import dev.onsite.catalog.behavioral.Signal;
import dev.onsite.catalog.company.Company;
import dev.onsite.catalog.company.CompanyDirectory;
import dev.onsite.catalog.company.Names;
import dev.onsite.catalog.content.SpokenContent;
import dev.onsite.catalog.deepdive.FollowUp;
import dev.onsite.catalog.design.DeepDive;
import dev.onsite.catalog.design.DesignPrompt;
import dev.onsite.catalog.round.RoundType;
import dev.onsite.catalog.values.CompanyValue;
import dev.onsite.catalog.values.CompanyValues;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Turn the spoken rounds' prompts, questions, values and follow-ups into searchable documents. */
final class SpokenDocuments {

  private SpokenDocuments() {}

  static List<Doc> of(CompanyDirectory directory, SpokenContent spoken) {
    List<Doc> docs = new ArrayList<>();
    for (DesignPrompt p : spoken.prompts()) {
      String body =
          Stream.concat(
                  Stream.of(p.prompt()),
                  Stream.concat(
                      p.clarifyingQuestions().stream(),
                      p.deepDives().stream().map(DeepDive::question)))
              .collect(Collectors.joining("\n"));
      List<String> tags =
          Stream.of(p.category().id(), p.category().label(), p.round().label()).toList();
      docs.add(
          new Doc(
              HitType.DESIGN,
              p.id(),
              p.title(),
              p.title(),
              tags,
              body,
              p.companies(),
              p.round().id(),
              List.of(p.round().id()),
              p.origin().file(),
              List.of(),
              keys(directory, p.companies())));
    }
    QuestionBank bank = spoken.bank();
    for (BehavioralQuestion q : bank.questions()) {
      List<String> signals =
          q.signals().stream().map(id -> bank.signal(id).map(Signal::name).orElse(id)).toList();
      docs.add(
          new Doc(
              HitType.BEHAVIORAL,
              q.id(),
              q.text(),
              q.text(),
              signals,
              q.text() + "\n" + String.join("\n", q.followUps()),
              q.companies(),
              RoundType.BEHAVIORAL.id(),
              List.of(RoundType.BEHAVIORAL.id()),
              q.origin().file(),
              List.of(),
              keys(directory, q.companies())));
    }
    for (CompanyValues values : spoken.values()) {
      String company =
          directory.byId(values.companyId()).map(Company::name).orElse(values.companyId());
      for (CompanyValue v : values.values()) {
        docs.add(
            new Doc(
                HitType.VALUE,
                values.companyId() + "/" + v.id(),
                v.name(),
                company + ": " + v.name(),
                v.signals(),
                v.summary(),
                List.of(values.companyId()),
                RoundType.BEHAVIORAL.id(),
                List.of(RoundType.BEHAVIORAL.id()),
                values.source(),
                List.of(),
                keys(directory, List.of(values.companyId()))));
      }
    }
    for (FollowUp f : spoken.followUps()) {
      docs.add(
          new Doc(
              HitType.FOLLOW_UP,
              f.id(),
              f.question(),
              f.question(),
              List.of(f.chapter().label(), f.axis().label()),
              f.question() + "\n" + f.listenFor(),
              List.of(),
              RoundType.DEEP_DIVE.id(),
              List.of(RoundType.DEEP_DIVE.id()),
              f.origin().file(),
              List.of(),
              List.of()));
    }
    return docs;
  }

  private static List<String> keys(CompanyDirectory directory, List<String> companyIds) {
    return companyIds.stream()
        .flatMap(id -> directory.byId(id).stream())
        .flatMap(c -> c.names().stream())
        .map(Names::key)
        .filter(k -> !k.isEmpty())
        .distinct()
        .toList();
  }
}
