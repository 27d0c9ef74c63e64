package dev.onsite.server.design;

import dev.onsite.catalog.Catalog;
import dev.onsite.catalog.company.Company;
import dev.onsite.catalog.design.DesignCategory;
import dev.onsite.catalog.design.DesignPrompt;
import dev.onsite.catalog.design.DesignSection;
import dev.onsite.catalog.round.RoundType;
import dev.onsite.server.account.OnsiteUser;
import dev.onsite.server.company.Intelligence;
import dev.onsite.server.llm.Llm;
import dev.onsite.server.problem.StatementRenderer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The design workspace's pages: the prompt list and a prompt with its attempt. */
@Controller
class DesignController {

  /** A prompt in the list. */
  record PromptRow(
      String id,
      String title,
      String round,
      String roundLabel,
      String category,
      int minutes,
      List<String> companies,
      int attempts,
      Integer bestScore) {}

  /** One editor of the workspace. */
  record PartView(String id, String label, String hint, String text) {}

  /** The editors under one section heading. */
  record SectionView(String id, String label, List<PartView> parts) {}

  record RubricRow(String id, String point, int weight, boolean checked) {}

  record ReferenceSection(String label, String html) {}

  record DeepDiveView(String question, String answerHtml) {}

  record HistoryRow(long id, Instant startedAt, boolean ended, Integer score, int characters) {}

  private final DesignAttempts attempts;
  private final Intelligence intelligence;
  private final StatementRenderer markdown;

  DesignController(DesignAttempts attempts, Intelligence intelligence, StatementRenderer markdown) {
    this.attempts = attempts;
    this.intelligence = intelligence;
    this.markdown = markdown;
  }

  @GetMapping("/design")
  String list(
      @AuthenticationPrincipal OnsiteUser me,
      @RequestParam(required = false) String round,
      @RequestParam(required = false) String category,
      @RequestParam(required = false) String company,
      Model model) {
    Catalog catalog = intelligence.catalog();
    Map<String, List<DesignAttempt>> mine =
        attempts.history(me.accountId()).stream()
            .collect(Collectors.groupingBy(DesignAttempt::promptId));
    Function<String, String> companyName =
        id -> catalog.directory().byId(id).map(Company::name).orElse(id);
    List<PromptRow> rows = new ArrayList<>();
    for (DesignPrompt p : attempts.prompts()) {
      if ((blank(round) || p.round().id().equals(round))
          && (blank(category) || p.category().id().equals(category))
          && (blank(company) || p.companies().contains(company))) {
        List<DesignAttempt> tried = mine.getOrDefault(p.id(), List.of());
        OptionalInt best =
            tried.stream().filter(a -> a.score() != null).mapToInt(DesignAttempt::score).max();
        rows.add(
            new PromptRow(
                p.id(),
                p.title(),
                p.round().id(),
                p.round().label(),
                p.category().label(),
                p.minutes(),
                p.companies().stream().map(companyName).toList(),
                tried.size(),
                best.isPresent() ? best.getAsInt() : null));
      }
    }
    model.addAttribute("prompts", rows);
    model.addAttribute(
        "rounds",
        DesignPrompt.ROUNDS.stream().sorted(Comparator.comparing(RoundType::ordinal)).toList());
    model.addAttribute("categories", DesignCategory.values());
    model.addAttribute(
        "companies",
        attempts.prompts().stream()
            .flatMap(p -> p.companies().stream())
            .distinct()
            .sorted()
            .map(id -> Map.entry(id, companyName.apply(id)))
            .toList());
    model.addAttribute("round", round);
    model.addAttribute("category", category);
    model.addAttribute("company", company);
    model.addAttribute("total", attempts.prompts().size());
    return "design/list";
  }

  @GetMapping("/design/{id}")
  String prompt(
      @AuthenticationPrincipal OnsiteUser me,
      @PathVariable String id,
      @RequestParam(required = false) Long attempt,
      Model model) {
    DesignPrompt prompt = attempts.prompt(id);
    Optional<DesignAttempt> shown =
        attempt != null
            ? Optional.of(attempts.owned(me.accountId(), attempt))
                .filter(a -> a.promptId().equals(id))
            : attempts.open(me.accountId(), id);
    Instant now = attempts.now();
    model.addAttribute("prompt", prompt);
    model.addAttribute("promptHtml", markdown.render(prompt.prompt(), id));
    model.addAttribute("attempt", shown.orElse(null));
    model.addAttribute(
        "remaining",
        shown
            .filter(a -> !a.ended())
            .map(a -> Math.max(0, Duration.between(now, a.deadline()).toSeconds()))
            .orElse(0L));
    Map<String, String> answer = shown.map(DesignAttempt::answer).orElse(Map.of());
    List<SectionView> sections = new ArrayList<>();
    for (DesignSection section : DesignSection.values()) {
      sections.add(
          new SectionView(
              section.id(),
              section.label(),
              AnswerPart.of(section).stream()
                  .map(
                      p ->
                          new PartView(
                              p.id(), p.label(), p.hint(), answer.getOrDefault(p.id(), "")))
                  .toList()));
    }
    model.addAttribute("sections", sections);
    model.addAttribute(
        "diagram",
        new PartView(
            AnswerPart.DIAGRAM.id(),
            AnswerPart.DIAGRAM.label(),
            AnswerPart.DIAGRAM.hint(),
            answer.getOrDefault(AnswerPart.DIAGRAM.id(), "")));
    model.addAttribute("maxPart", AnswerPart.MAX_PART_CHARS);
    if (shown.isPresent() && shown.get().ended()) {
      DesignAttempt a = shown.get();
      model.addAttribute(
          "rubric",
          prompt.rubric().stream()
              .map(r -> new RubricRow(r.id(), r.point(), r.weight(), a.checked().contains(r.id())))
              .toList());
      model.addAttribute("totalWeight", prompt.totalWeight());
      model.addAttribute(
          "reference",
          prompt.sections().entrySet().stream()
              .map(e -> new ReferenceSection(e.getKey().label(), markdown.render(e.getValue(), id)))
              .toList());
      model.addAttribute(
          "deepDives",
          prompt.deepDives().stream()
              .map(d -> new DeepDiveView(d.question(), markdown.render(d.goodAnswer(), id)))
              .toList());
      model.addAttribute("review", DesignAttempts.storedReview(a).orElse(null));
    }
    model.addAttribute("llmConfigured", attempts.llmConfigured());
    model.addAttribute("llmHelp", Llm.HOW_TO_CONFIGURE);
    model.addAttribute(
        "history",
        attempts.history(me.accountId(), id).stream()
            .map(h -> new HistoryRow(h.id(), h.startedAt(), h.ended(), h.score(), h.characters()))
            .toList());
    model.addAttribute(
        "companyNames",
        prompt.companies().stream()
            .map(c -> intelligence.catalog().directory().byId(c).map(Company::name).orElse(c))
            .toList());
    return "design/prompt";
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
