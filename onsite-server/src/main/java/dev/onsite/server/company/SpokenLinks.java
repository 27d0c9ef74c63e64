package dev.onsite.server.company;

import dev.onsite.catalog.Spoken;
import dev.onsite.catalog.behavioral.BehavioralQuestion;
import dev.onsite.catalog.card.Deck;
import dev.onsite.catalog.company.Company;
import dev.onsite.catalog.design.DesignPrompt;
import dev.onsite.catalog.round.RoundType;
import dev.onsite.catalog.values.CompanyValue;
import dev.onsite.server.company.CompanyPage.TrainingLink;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/**
 * What trains a company's spoken rounds on this server: card decks for ML fundamentals, design
 * prompts for the design rounds, the company's values and the question bank for behavioral rounds,
 * the outline and drill for the deep dive.
 */
@Component
class SpokenLinks {

  /** Decks, prompts or questions linked per round, before the link to all of them. */
  static final int PER_ROUND = 3;

  /**
   * @param prompts the design prompts that name the company, then those of its design rounds
   * @param values the names of the company's stated values; empty when content/values has none
   */
  record View(List<PromptLink> prompts, List<String> values) {}

  /** A design prompt on this server. */
  record PromptLink(String id, String title, String round, boolean named) {}

  private final Intelligence intelligence;

  SpokenLinks(Intelligence intelligence) {
    this.intelligence = intelligence;
  }

  View of(Company company) {
    Spoken spoken = intelligence.catalog().spoken();
    return new View(
        spoken.promptsFor(company).stream()
            .map(
                p ->
                    new PromptLink(
                        p.id(), p.title(), p.round().label(), p.companies().contains(company.id())))
            .toList(),
        spoken
            .values(company.id())
            .map(v -> v.values().stream().map(CompanyValue::name).toList())
            .orElse(List.of()));
  }

  /**
   * The pages that train one of {@code company}'s rounds; empty for a round type nothing spoken
   * trains (the coding rounds, whose problems {@link CompanyPages} links).
   */
  List<TrainingLink> forRound(Company company, RoundType round) {
    return switch (round) {
      case ML_FUNDAMENTALS -> decks(company);
      case ML_DESIGN, ML_INFRA_DESIGN, LLM_DESIGN -> prompts(company, round);
      case BEHAVIORAL, HIRING_MANAGER -> behavioral(company);
      case DEEP_DIVE ->
          List.of(
              new TrainingLink("outline", "Outline your project", "/deep-dive"),
              new TrainingLink("drill", "Follow-up drill", "/deep-dive#drill"));
      default -> List.of();
    };
  }

  /** The decks with the most cards this company is known to ask first, then the rest in order. */
  private List<TrainingLink> decks(Company company) {
    List<Deck> decks = intelligence.catalog().decks();
    if (decks.isEmpty()) {
      return List.of();
    }
    List<TrainingLink> out = new ArrayList<>();
    decks.stream()
        .sorted(Comparator.comparingLong((Deck d) -> -askedHere(d, company)))
        .limit(PER_ROUND)
        .forEach(
            d -> {
              long asked = askedHere(d, company);
              out.add(
                  new TrainingLink(
                      "deck",
                      d.title() + (asked > 0 ? " (" + asked + " asked here)" : ""),
                      "/cards/review?deck=" + query(d.id())));
            });
    int cards = decks.stream().mapToInt(d -> d.cards().size()).sum();
    out.add(
        new TrainingLink(
            "all", "all " + decks.size() + " decks, " + cards + " cards (rapid-fire)", "/cards"));
    return out;
  }

  private static long askedHere(Deck deck, Company company) {
    return deck.cards().stream().filter(c -> c.companies().contains(company.id())).count();
  }

  /** The round's prompts that name the company first. */
  private List<TrainingLink> prompts(Company company, RoundType round) {
    List<DesignPrompt> prompts = intelligence.catalog().spoken().prompts(round);
    if (prompts.isEmpty()) {
      return List.of();
    }
    List<TrainingLink> out = new ArrayList<>();
    prompts.stream()
        .sorted(Comparator.comparing((DesignPrompt p) -> !p.companies().contains(company.id())))
        .limit(PER_ROUND)
        .forEach(p -> out.add(new TrainingLink("prompt", p.title(), "/design/" + path(p.id()))));
    out.add(
        new TrainingLink(
            "all", "all " + prompts.size() + " prompts", "/design?round=" + query(round.id())));
    return out;
  }

  /** The company's values, the bank's questions reported there, and the practice mode. */
  private List<TrainingLink> behavioral(Company company) {
    Spoken spoken = intelligence.catalog().spoken();
    List<TrainingLink> out = new ArrayList<>();
    spoken
        .values(company.id())
        .ifPresent(
            v ->
                out.add(
                    new TrainingLink(
                        "values",
                        company.name() + "'s values (" + v.values().size() + ")",
                        "/stories/values?company=" + query(company.id()))));
    spoken.bank().questions().stream()
        .filter(q -> q.companies().contains(company.id()))
        .limit(PER_ROUND)
        .forEach(
            (BehavioralQuestion q) ->
                out.add(
                    new TrainingLink(
                        "question", q.text(), "/stories/practice?question=" + query(q.id()))));
    if (!spoken.bank().questions().isEmpty()) {
      out.add(new TrainingLink("practice", "2-minute practice", "/stories/practice"));
      out.add(new TrainingLink("stories", "your story bank", "/stories"));
    }
    return out;
  }

  private static String path(String id) {
    return UriUtils.encodePathSegment(id, StandardCharsets.UTF_8);
  }

  private static String query(String value) {
    return UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8);
  }
}
