package dev.onsite.server.story;

import dev.onsite.catalog.Spoken;
import dev.onsite.catalog.behavioral.BehavioralQuestion;
import dev.onsite.catalog.behavioral.QuestionBank;
import dev.onsite.catalog.behavioral.Signal;
import dev.onsite.catalog.company.Company;
import dev.onsite.catalog.values.CompanyValue;
import dev.onsite.catalog.values.CompanyValues;
import dev.onsite.server.account.OnsiteUser;
import dev.onsite.server.company.Intelligence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The story bank's pages: stories and coverage, the editor, practice, values by company. */
@Controller
class StoryController {

  record QuestionPick(String id, String text, String signals, boolean checked) {}

  record QuestionGroup(String signal, List<QuestionPick> questions) {}

  record ValuePick(String key, String name, String summary, String signals, boolean checked) {}

  record ValueGroup(String companyId, String companyName, List<ValuePick> values) {}

  record StoryRow(long id, String title, boolean weak, int questions, int values, String signals) {}

  /** One value of a company, the stories that show it and those whose signals suggest it. */
  record ValueRow(
      String name,
      String summary,
      List<String> signals,
      List<Story> showing,
      List<Story> suggested) {}

  private final Stories stories;
  private final Intelligence intelligence;

  StoryController(Stories stories, Intelligence intelligence) {
    this.stories = stories;
    this.intelligence = intelligence;
  }

  @GetMapping("/stories")
  String stories(@AuthenticationPrincipal OnsiteUser me, Model model) {
    Spoken spoken = stories.spoken();
    List<StoryRow> rows = new ArrayList<>();
    for (Story s : stories.all(me.accountId())) {
      rows.add(
          new StoryRow(
              s.id(),
              s.title(),
              s.weak(),
              s.questions().size(),
              s.values().size(),
              String.join(", ", signalNames(spoken.bank(), stories.signals(s)))));
    }
    model.addAttribute("stories", rows);
    model.addAttribute("coverage", stories.coverage(me.accountId()));
    model.addAttribute("companies", companies(spoken));
    return "story/stories";
  }

  @GetMapping("/stories/new")
  String create(Model model) {
    return editor(null, model);
  }

  @GetMapping("/stories/{id}/edit")
  String edit(@AuthenticationPrincipal OnsiteUser me, @PathVariable long id, Model model) {
    return editor(stories.owned(me.accountId(), id), model);
  }

  private String editor(Story story, Model model) {
    Spoken spoken = stories.spoken();
    QuestionBank bank = spoken.bank();
    Set<String> picked = story == null ? Set.of() : Set.copyOf(story.questions());
    List<QuestionGroup> groups = new ArrayList<>();
    for (Map.Entry<Signal, List<BehavioralQuestion>> e : bank.byPrimarySignal().entrySet()) {
      groups.add(
          new QuestionGroup(
              e.getKey().name(),
              e.getValue().stream()
                  .map(
                      q ->
                          new QuestionPick(
                              q.id(),
                              q.text(),
                              String.join(" ", q.signals()),
                              picked.contains(q.id())))
                  .toList()));
    }
    Set<String> shown =
        story == null
            ? Set.of()
            : Set.copyOf(story.values().stream().map(Story.ValueRef::key).toList());
    List<ValueGroup> values = new ArrayList<>();
    for (CompanyValues company : spoken.values()) {
      values.add(
          new ValueGroup(
              company.companyId(),
              companyName(company.companyId()),
              company.values().stream()
                  .map(
                      v -> {
                        String key = company.companyId() + ":" + v.id();
                        return new ValuePick(
                            key,
                            v.name(),
                            v.summary(),
                            String.join(" ", v.signals()),
                            shown.contains(key));
                      })
                  .toList()));
    }
    model.addAttribute("story", story);
    model.addAttribute("draftKey", story == null ? "story-new" : "story-" + story.id());
    // Computed here: Thymeleaf refuses a fragment argument whose text reads like "new ..." (it
    // takes it for object instantiation), so the title cannot be written in the template.
    model.addAttribute("pageTitle", story == null ? "New story" : story.title());
    model.addAttribute("questionGroups", groups);
    model.addAttribute("valueGroups", values);
    model.addAttribute("maxPart", StoryInput.MAX_PART);
    return "story/editor";
  }

  @GetMapping("/stories/practice")
  String practice(
      @AuthenticationPrincipal OnsiteUser me,
      @RequestParam(required = false) String question,
      @RequestParam(required = false) String skip,
      Model model) {
    QuestionBank bank = stories.spoken().bank();
    Optional<BehavioralQuestion> picked =
        question != null && !question.isBlank()
            ? Optional.of(
                bank.question(question)
                    .orElseThrow(
                        () ->
                            new ResponseStatusException(
                                HttpStatus.NOT_FOUND,
                                "no question '" + question + "' in the bank")))
            : stories.next(me.accountId(), skip);
    model.addAttribute("question", picked.orElse(null));
    picked.ifPresent(
        q -> {
          model.addAttribute("signals", signalNames(bank, Set.copyOf(q.signals())));
          model.addAttribute(
              "answering",
              stories.all(me.accountId()).stream()
                  .filter(s -> s.questions().contains(q.id()))
                  .toList());
        });
    model.addAttribute("seconds", Stories.PRACTICE_SECONDS);
    List<StoryRepository.Practice> recent = new ArrayList<>(stories.practice(me.accountId()));
    Collections.reverse(recent);
    model.addAttribute("recent", recent.stream().limit(10).toList());
    model.addAttribute(
        "questionText",
        (java.util.function.Function<String, String>)
            id -> bank.question(id).map(BehavioralQuestion::text).orElse(id));
    return "story/practice";
  }

  @GetMapping("/stories/values")
  String values(
      @AuthenticationPrincipal OnsiteUser me,
      @RequestParam(required = false) String company,
      Model model) {
    Spoken spoken = stories.spoken();
    List<Map.Entry<String, String>> companies = companies(spoken);
    String chosen =
        company != null && !company.isBlank()
            ? company
            : companies.isEmpty() ? null : companies.getFirst().getKey();
    model.addAttribute("companies", companies);
    model.addAttribute("company", chosen);
    if (chosen != null) {
      CompanyValues values =
          spoken
              .values(chosen)
              .orElseThrow(
                  () ->
                      new ResponseStatusException(
                          HttpStatus.NOT_FOUND,
                          "no values for company '" + chosen + "' in content/values/"));
      List<Story> mine = stories.all(me.accountId());
      List<ValueRow> rows = new ArrayList<>();
      for (CompanyValue v : values.values()) {
        List<Story> showing =
            mine.stream()
                .filter(s -> s.values().contains(new Story.ValueRef(chosen, v.id())))
                .toList();
        List<Story> suggested =
            mine.stream()
                .filter(s -> !showing.contains(s))
                .filter(s -> stories.signals(s).stream().anyMatch(v.signals()::contains))
                .toList();
        rows.add(
            new ValueRow(
                v.name(),
                v.summary(),
                signalNames(spoken.bank(), Set.copyOf(v.signals())),
                showing,
                suggested));
      }
      model.addAttribute("companyName", companyName(chosen));
      model.addAttribute("source", values.source());
      model.addAttribute("rows", rows);
    }
    return "story/values";
  }

  private List<Map.Entry<String, String>> companies(Spoken spoken) {
    return spoken.values().stream()
        .map(v -> Map.entry(v.companyId(), companyName(v.companyId())))
        .toList();
  }

  private String companyName(String id) {
    return intelligence.catalog().directory().byId(id).map(Company::name).orElse(id);
  }

  private static List<String> signalNames(QuestionBank bank, Set<String> ids) {
    return bank.signals().stream().filter(s -> ids.contains(s.id())).map(Signal::name).toList();
  }
}
