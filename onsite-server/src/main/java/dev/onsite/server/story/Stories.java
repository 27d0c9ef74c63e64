package dev.onsite.server.story;

import dev.onsite.catalog.Spoken;
import dev.onsite.catalog.behavioral.BehavioralQuestion;
import dev.onsite.catalog.behavioral.QuestionBank;
import dev.onsite.catalog.behavioral.Signal;
import dev.onsite.catalog.values.CompanyValues;
import dev.onsite.server.company.Intelligence;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * The story bank: a person's behavioral stories, checked against the question bank and the company
 * values, the coverage they give, and timed practice answers. Every story belongs to one account;
 * another account's story is not found.
 */
@Service
class Stories {

  /** A practice answer's timer: the seed's 60-120 seconds, at most. */
  static final int PRACTICE_SECONDS = 120;

  private final StoryRepository repository;
  private final Intelligence intelligence;
  private final Drafts drafts;
  private final Clock clock;

  Stories(StoryRepository repository, Intelligence intelligence, Drafts drafts, Clock clock) {
    this.repository = repository;
    this.intelligence = intelligence;
    this.drafts = drafts;
    this.clock = clock;
  }

  Spoken spoken() {
    return intelligence.catalog().spoken();
  }

  List<Story> all(long accountId) {
    return repository.all(accountId);
  }

  /**
   * @throws ResponseStatusException 404 when there is no such story of this account
   */
  Story owned(long accountId, long id) {
    return repository
        .byId(id)
        .filter(s -> s.accountId() == accountId)
        .orElseThrow(
            () ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "no story " + id + " of yours"));
  }

  /**
   * Store a new story and drop its draft.
   *
   * @throws ResponseStatusException 400 for an empty story or an unknown question or value, 413 for
   *     a text over the limits
   */
  Story create(long accountId, StoryInput in, String draftKey) {
    check(in);
    long id = repository.insert(accountId, in, clock.instant());
    dropDraft(accountId, draftKey);
    return owned(accountId, id);
  }

  Story update(long accountId, long id, StoryInput in, String draftKey) {
    owned(accountId, id);
    check(in);
    repository.update(id, in, clock.instant());
    dropDraft(accountId, draftKey);
    return owned(accountId, id);
  }

  void delete(long accountId, long id) {
    owned(accountId, id);
    repository.delete(id);
  }

  private void dropDraft(long accountId, String key) {
    if (key != null && !key.isBlank()) {
      drafts.delete(accountId, key);
    }
  }

  void check(StoryInput in) {
    if (in.title().isEmpty()) {
      throw bad("the story has no title: give it a few words you will recognise it by");
    }
    if (in.situation().isEmpty() && in.action().isEmpty()) {
      throw bad(
          "the story is empty: write at least its situation and what you did (the action) before"
              + " saving; the draft is kept meanwhile");
    }
    if (in.title().length() > StoryInput.MAX_TITLE) {
      throw large(
          "the title has " + in.title().length() + " characters; at most " + StoryInput.MAX_TITLE);
    }
    checkLength("situation", in.situation());
    checkLength("action", in.action());
    checkLength("impact", in.impact());
    checkLength("learning", in.learning());
    QuestionBank bank = spoken().bank();
    for (String question : in.questions()) {
      if (bank.question(question).isEmpty()) {
        throw bad("no question '" + question + "' in the question bank");
      }
    }
    for (Story.ValueRef value : in.values()) {
      Optional<CompanyValues> values = spoken().values(value.companyId());
      if (values.isEmpty() || values.get().value(value.valueId()).isEmpty()) {
        throw bad("no value '" + value.key() + "' in content/values/");
      }
    }
  }

  private static void checkLength(String part, String text) {
    if (text.length() > StoryInput.MAX_PART) {
      throw large(
          "the "
              + part
              + " has "
              + text.length()
              + " characters; a part holds at most "
              + StoryInput.MAX_PART
              + " (a story is told in two minutes): shorten it to save");
    }
  }

  private static ResponseStatusException bad(String message) {
    return new ResponseStatusException(HttpStatus.BAD_REQUEST, message);
  }

  private static ResponseStatusException large(String message) {
    return new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, message);
  }

  /** The signals a story shows, through the questions it answers. */
  Set<String> signals(Story story) {
    QuestionBank bank = spoken().bank();
    Set<String> out = new LinkedHashSet<>();
    for (String id : story.questions()) {
      bank.question(id).ifPresent(q -> out.addAll(q.signals()));
    }
    return out;
  }

  Coverage coverage(long accountId) {
    QuestionBank bank = spoken().bank();
    List<Story> stories = repository.all(accountId);
    Map<String, List<Story>> byQuestion = new HashMap<>();
    for (Story story : stories) {
      for (String q : story.questions()) {
        byQuestion.computeIfAbsent(q, k -> new ArrayList<>()).add(story);
      }
    }
    Map<String, Integer> practised = new HashMap<>();
    Map<String, Integer> lastRating = new HashMap<>();
    for (StoryRepository.Practice p : repository.practice(accountId)) {
      practised.merge(p.questionId(), 1, Integer::sum);
      lastRating.put(p.questionId(), p.rating());
    }
    List<Coverage.SignalRow> rows = new ArrayList<>();
    int covered = 0;
    int weak = 0;
    int missing = 0;
    for (Map.Entry<Signal, List<BehavioralQuestion>> entry : bank.byPrimarySignal().entrySet()) {
      List<Coverage.QuestionRow> questions = new ArrayList<>();
      for (BehavioralQuestion q : entry.getValue()) {
        List<Story> answering = byQuestion.getOrDefault(q.id(), List.of());
        Integer rating = lastRating.get(q.id());
        Coverage.State state =
            answering.isEmpty()
                ? Coverage.State.MISSING
                : answering.stream().allMatch(Story::weak) || (rating != null && rating <= 2)
                    ? Coverage.State.WEAK
                    : Coverage.State.COVERED;
        switch (state) {
          case COVERED -> covered++;
          case WEAK -> weak++;
          case MISSING -> missing++;
        }
        questions.add(
            new Coverage.QuestionRow(
                q.id(),
                q.text(),
                state,
                answering.stream()
                    .map(s -> new Coverage.StoryRef(s.id(), s.title(), s.weak()))
                    .toList(),
                practised.getOrDefault(q.id(), 0),
                rating));
      }
      String signal = entry.getKey().id();
      Set<Long> showing = new HashSet<>();
      for (BehavioralQuestion q : bank.questions()) {
        if (q.signals().contains(signal)) {
          byQuestion.getOrDefault(q.id(), List.of()).forEach(s -> showing.add(s.id()));
        }
      }
      boolean anyCovered = questions.stream().anyMatch(r -> r.state() == Coverage.State.COVERED);
      Coverage.State state =
          showing.isEmpty()
              ? Coverage.State.MISSING
              : showing.size() >= 2 && anyCovered ? Coverage.State.COVERED : Coverage.State.WEAK;
      rows.add(
          new Coverage.SignalRow(signal, entry.getKey().name(), state, showing.size(), questions));
    }
    return new Coverage(rows, covered, weak, missing);
  }

  /**
   * The question to practise next: a missing one first, then a weak one, then the least practised;
   * at random among equals.
   */
  Optional<BehavioralQuestion> next(long accountId, String skip) {
    QuestionBank bank = spoken().bank();
    Map<String, Coverage.QuestionRow> rows = new HashMap<>();
    coverage(accountId).signals().forEach(s -> s.questions().forEach(q -> rows.put(q.id(), q)));
    Comparator<BehavioralQuestion> order =
        Comparator.<BehavioralQuestion>comparingInt(
                q ->
                    switch (rows.get(q.id()) == null
                        ? Coverage.State.MISSING
                        : rows.get(q.id()).state()) {
                      case MISSING -> 0;
                      case WEAK -> 1;
                      case COVERED -> 2;
                    })
            .thenComparingInt(q -> rows.get(q.id()) == null ? 0 : rows.get(q.id()).practised());
    List<BehavioralQuestion> candidates =
        bank.questions().stream().filter(q -> !q.id().equals(skip)).sorted(order).toList();
    if (candidates.isEmpty()) {
      return bank.questions().stream().findFirst();
    }
    BehavioralQuestion best = candidates.getFirst();
    List<BehavioralQuestion> ties =
        candidates.stream().filter(q -> order.compare(q, best) == 0).toList();
    return Optional.of(ties.get(ThreadLocalRandom.current().nextInt(ties.size())));
  }

  /**
   * Keep one practice answer.
   *
   * @throws ResponseStatusException 400 for an unknown question or a rating outside 1-4
   */
  void practise(long accountId, String questionId, int rating, int seconds, String notes) {
    if (spoken().bank().question(questionId).isEmpty()) {
      throw bad("no question '" + questionId + "' in the question bank");
    }
    if (rating < 1 || rating > 4) {
      throw bad("rate the answer 1 (poor) to 4 (strong), was " + rating);
    }
    String text = notes == null ? "" : notes.strip();
    if (text.length() > StoryInput.MAX_PART) {
      throw large(
          "the notes have " + text.length() + " characters; at most " + StoryInput.MAX_PART);
    }
    repository.practise(
        accountId, questionId, rating, Math.max(0, Math.min(seconds, 3600)), text, clock.instant());
  }

  List<StoryRepository.Practice> practice(long accountId) {
    return repository.practice(accountId);
  }

  Instant now() {
    return clock.instant();
  }
}
