package dev.onsite.catalog.search;

import dev.onsite.catalog.card.Deck;
import dev.onsite.catalog.card.Flashcard;
import dev.onsite.catalog.company.Company;
import dev.onsite.catalog.company.CompanyDirectory;
import dev.onsite.catalog.company.CompanyMatch;
import dev.onsite.catalog.company.Loop;
import dev.onsite.catalog.company.Names;
import dev.onsite.catalog.company.Policy;
import dev.onsite.catalog.company.ReportedQuestion;
import dev.onsite.catalog.company.Round;
import dev.onsite.catalog.insight.Insight;
import dev.onsite.catalog.insight.InsightFact;
import dev.onsite.catalog.insight.QuestionGroup;
import dev.onsite.catalog.practice.PracticeItem;
import dev.onsite.catalog.source.Fact;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Turn the catalog's companies, insights and practice items into searchable documents. */
final class Documents {

  private final CompanyDirectory directory;
  private final List<Doc> docs = new ArrayList<>();

  private Documents(CompanyDirectory directory) {
    this.directory = directory;
  }

  static List<Doc> of(
      CompanyDirectory directory,
      List<Insight> insights,
      List<PracticeItem> items,
      List<Deck> decks) {
    Documents documents = new Documents(directory);
    directory.all().forEach(documents::company);
    insights.forEach(documents::insight);
    items.forEach(documents::practice);
    decks.forEach(documents::deck);
    return List.copyOf(documents.docs);
  }

  private void company(Company c) {
    List<String> keys = keys(c);
    List<String> ids = List.of(c.id());
    String firstSource = c.sources().isEmpty() ? null : c.sources().get(0).url();
    List<String> roundLabels =
        c.loops().stream()
            .flatMap(l -> l.rounds().stream())
            .map(r -> r.type().label())
            .distinct()
            .toList();
    String body =
        c.name()
            + " is listed as a "
            + c.category().id()
            + " employer."
            + (c.roles().isEmpty() ? "" : " Reported roles: " + String.join(", ", c.roles()) + ".")
            + (roundLabels.isEmpty()
                ? ""
                : " Round types reported: " + String.join(", ", roundLabels) + ".")
            + c.loops().stream()
                .map(Loop::summary)
                .filter(s -> s != null)
                .map(s -> " " + s)
                .collect(Collectors.joining());
    List<String> tags =
        Stream.of(c.aliases().stream(), Stream.of(c.category().id()), c.roles().stream())
            .flatMap(s -> s)
            .toList();
    docs.add(
        new Doc(
            HitType.COMPANY,
            c.id(),
            c.name(),
            c.name(),
            tags,
            body,
            ids,
            null,
            List.of(),
            firstSource,
            keys,
            keys));

    for (Loop loop : c.loops()) {
      StringBuilder text = new StringBuilder();
      if (loop.summary() != null) {
        text.append(loop.summary()).append(' ');
      }
      if (loop.length() != null) {
        text.append("Length: ").append(loop.length()).append(". ");
      }
      int n = 1;
      for (Round round : loop.rounds()) {
        text.append(n++).append(". ").append(round.title());
        if (round.duration() != null) {
          text.append(", ").append(round.duration());
        }
        if (round.format() != null) {
          text.append(", ").append(round.format());
        }
        text.append(". ");
      }
      loop.notes().forEach(note -> text.append(note.text()).append(' '));
      List<String> rounds = loop.rounds().stream().map(r -> r.type().id()).distinct().toList();
      String loopTitle = loop.role() + " loop (" + loop.kind().id().replace('-', ' ') + ")";
      docs.add(
          new Doc(
              HitType.LOOP,
              loop.id(),
              loopTitle,
              loopTitle,
              List.of(loop.role(), loop.kind().id()),
              text.toString().strip(),
              ids,
              null,
              rounds,
              loop.source().url(),
              List.of(),
              keys));

      for (Round round : loop.rounds()) {
        String body2 =
            Stream.of(
                    round.notes(),
                    round.format(),
                    round.duration() == null ? null : round.duration().toString())
                .filter(s -> s != null)
                .collect(Collectors.joining(". "));
        String roundTitle = loop.role() + ": " + round.title();
        docs.add(
            new Doc(
                HitType.ROUND,
                loop.id(),
                roundTitle,
                roundTitle,
                List.of(round.type().id(), round.type().label()),
                body2.isEmpty() ? round.type().label() : body2,
                ids,
                round.type().id(),
                List.of(round.type().id()),
                round.source().url(),
                List.of(),
                keys));
      }
      for (ReportedQuestion q : loop.questions()) {
        List<String> tags2 = new ArrayList<>(List.of(q.round().id(), q.round().label()));
        tags2.addAll(q.practice());
        String context =
            "Reported at "
                + c.name()
                + " for "
                + loop.role()
                + ", "
                + q.round().label()
                + " round.";
        docs.add(
            new Doc(
                HitType.QUESTION,
                loop.id(),
                q.text(),
                q.text(),
                tags2,
                context,
                ids,
                q.round().id(),
                List.of(q.round().id()),
                q.source().url(),
                List.of(),
                keys));
      }
    }
    for (Policy policy : c.policies()) {
      String kind = policy.kind().id().replace('-', ' ');
      docs.add(
          new Doc(
              HitType.POLICY,
              c.id(),
              kind + " policy",
              "Policy (" + kind + "): " + shorten(policy.text(), 90),
              List.of(policy.kind().id()),
              policy.text(),
              ids,
              null,
              List.of(),
              policy.source().url(),
              List.of(),
              keys));
    }
    for (Fact fact : c.insights()) {
      docs.add(
          new Doc(
              HitType.INSIGHT,
              c.id(),
              "insight",
              shorten(fact.text(), 100),
              List.of(),
              fact.text(),
              ids,
              null,
              List.of(),
              fact.source().url(),
              List.of(),
              keys));
    }
  }

  private void insight(Insight insight) {
    for (InsightFact fact : insight.facts()) {
      List<Company> named =
          fact.companies().stream().map(directory::byId).flatMap(Optional::stream).toList();
      List<String> tags = new ArrayList<>(List.of(insight.topic().id()));
      named.forEach(c -> tags.add(c.name()));
      if (fact.round() != null) {
        tags.add(fact.round().id());
        tags.add(fact.round().label());
      }
      String round = fact.round() == null ? null : fact.round().id();
      docs.add(
          new Doc(
              HitType.INSIGHT,
              insight.id(),
              insight.title(),
              shorten(fact.text(), 100),
              tags,
              fact.text(),
              named.stream().map(Company::id).toList(),
              round,
              round == null ? List.of() : List.of(round),
              fact.source().url(),
              List.of(),
              named.stream().flatMap(c -> keys(c).stream()).toList()));
    }
    for (QuestionGroup group : insight.groups()) {
      for (String question : group.questions()) {
        docs.add(
            new Doc(
                HitType.QUESTION,
                insight.id(),
                question,
                question,
                List.of("behavioral", group.signal()),
                "Behavioral question probing " + group.signal() + ".",
                List.of(),
                "behavioral",
                List.of("behavioral"),
                insight.source().url(),
                List.of(),
                List.of()));
      }
    }
  }

  private void practice(PracticeItem item) {
    Set<Company> companies = new LinkedHashSet<>();
    for (String name : item.companies()) {
      if (directory.find(name) instanceof CompanyMatch.Found found) {
        companies.add(found.company());
      }
    }
    List<String> tags = new ArrayList<>();
    tags.add(item.id().replace('-', ' '));
    tags.addAll(item.tags());
    if (item.round() != null) {
      tags.add(item.round());
    }
    if (item.difficulty() != null) {
      tags.add(item.difficulty());
    }
    companies.forEach(c -> tags.add(c.name()));
    docs.add(
        new Doc(
            HitType.PRACTICE,
            item.id(),
            item.title(),
            item.title(),
            tags,
            item.statement().isBlank() ? item.title() : item.statement(),
            companies.stream().map(Company::id).toList(),
            item.round(),
            item.round() == null ? List.of() : List.of(item.round()),
            item.path(),
            List.of(),
            companies.stream().flatMap(c -> keys(c).stream()).toList()));
  }

  /** One document per card: the question as title, answer and reasoning as body. */
  private void deck(Deck deck) {
    for (Flashcard card : deck.cards()) {
      List<Company> named =
          card.companies().stream().map(directory::byId).flatMap(Optional::stream).toList();
      List<String> tags = new ArrayList<>(card.tags());
      tags.add(deck.title());
      tags.add(card.id().replace('-', ' '));
      named.forEach(c -> tags.add(c.name()));
      docs.add(
          new Doc(
              HitType.CARD,
              card.globalId(),
              card.question(),
              card.question(),
              tags,
              card.answer() + "\n\n" + card.why(),
              named.stream().map(Company::id).toList(),
              "ml-fundamentals",
              List.of("ml-fundamentals"),
              card.source() != null ? card.source() : "cards/" + card.globalId(),
              List.of(),
              named.stream().flatMap(c -> keys(c).stream()).toList()));
    }
  }

  private static List<String> keys(Company c) {
    return c.names().stream().map(Names::key).filter(k -> !k.isEmpty()).distinct().toList();
  }

  static String shorten(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int cut = text.lastIndexOf(' ', max - 1);
    return text.substring(0, cut > max / 2 ? cut : max - 1) + "…";
  }
}
