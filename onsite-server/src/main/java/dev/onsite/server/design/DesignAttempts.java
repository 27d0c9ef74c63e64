package dev.onsite.server.design;

import dev.onsite.catalog.design.DesignPrompt;
import dev.onsite.catalog.design.RubricPoint;
import dev.onsite.server.company.Intelligence;
import dev.onsite.server.llm.Llm;
import dev.onsite.server.llm.LlmClient;
import dev.onsite.server.llm.LlmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Design attempts: start one on a prompt (a countdown of the prompt's minutes), save its answer as
 * the person types, end it, grade it against the rubric by hand or with the configured model. Every
 * attempt belongs to one account; another account's attempt is not found.
 */
@Service
class DesignAttempts {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final DesignAttemptRepository repository;
  private final Intelligence intelligence;
  private final Llm llm;
  private final Clock clock;

  DesignAttempts(
      DesignAttemptRepository repository, Intelligence intelligence, Llm llm, Clock clock) {
    this.repository = repository;
    this.intelligence = intelligence;
    this.llm = llm;
    this.clock = clock;
  }

  /**
   * @throws ResponseStatusException 404 for an unknown prompt id
   */
  DesignPrompt prompt(String id) {
    return intelligence
        .catalog()
        .spoken()
        .prompt(id)
        .orElseThrow(
            () ->
                new ResponseStatusException(
                    HttpStatus.NOT_FOUND,
                    "no design prompt '" + id + "'; see /design for the list"));
  }

  List<DesignPrompt> prompts() {
    return intelligence.catalog().spoken().prompts();
  }

  /** Start an attempt on the prompt, or return the one already open. */
  synchronized DesignAttempt start(long accountId, DesignPrompt prompt) {
    Optional<DesignAttempt> open = repository.open(accountId, prompt.id());
    if (open.isPresent()) {
      return open.get();
    }
    Instant now = clock.instant();
    long id =
        repository.insert(
            accountId, prompt.id(), now, now.plus(Duration.ofMinutes(prompt.minutes())));
    return repository.byId(id).orElseThrow();
  }

  Optional<DesignAttempt> open(long accountId, String promptId) {
    return repository.open(accountId, promptId);
  }

  List<DesignAttempt> history(long accountId, String promptId) {
    return repository.all(accountId, promptId);
  }

  List<DesignAttempt> history(long accountId) {
    return repository.all(accountId);
  }

  /**
   * The account's attempt.
   *
   * @throws ResponseStatusException 404 when there is none with that id, or it is someone else's
   */
  DesignAttempt owned(long accountId, long attemptId) {
    return repository
        .byId(attemptId)
        .filter(a -> a.accountId() == accountId)
        .orElseThrow(
            () ->
                new ResponseStatusException(
                    HttpStatus.NOT_FOUND, "no design attempt " + attemptId + " of yours"));
  }

  /**
   * Save the answer of a running attempt, replacing what was saved.
   *
   * @return when it was saved
   * @throws ResponseStatusException 400 for a part the workspace does not have, 413 for an answer
   *     over the size limits, 409 when the attempt has ended
   */
  Instant save(long accountId, long attemptId, Map<String, String> answer) {
    DesignAttempt attempt = owned(accountId, attemptId);
    Map<String, String> clean = checked(answer);
    if (attempt.ended()) {
      throw new ResponseStatusException(
          HttpStatus.CONFLICT,
          "this attempt ended at " + attempt.endedAt() + "; its answer can no longer change");
    }
    Instant now = clock.instant();
    repository.saveAnswer(attemptId, clean, now);
    return now;
  }

  static Map<String, String> checked(Map<String, String> answer) {
    Map<String, String> clean = new LinkedHashMap<>();
    int total = 0;
    for (Map.Entry<String, String> entry :
        answer == null ? Map.<String, String>of().entrySet() : answer.entrySet()) {
      AnswerPart part =
          AnswerPart.byId(entry.getKey())
              .orElseThrow(
                  () ->
                      new ResponseStatusException(
                          HttpStatus.BAD_REQUEST,
                          "unknown answer part '"
                              + entry.getKey()
                              + "' (known: "
                              + java.util.Arrays.stream(AnswerPart.values())
                                  .map(AnswerPart::id)
                                  .collect(Collectors.joining(", "))
                              + ")"));
      String text = entry.getValue() == null ? "" : entry.getValue();
      if (text.length() > AnswerPart.MAX_PART_CHARS) {
        throw new ResponseStatusException(
            HttpStatus.CONTENT_TOO_LARGE,
            part.label()
                + " has "
                + text.length()
                + " characters; one part holds at most "
                + AnswerPart.MAX_PART_CHARS
                + ": shorten it to save (your text is still in the page)");
      }
      total += text.length();
      clean.put(part.id(), text);
    }
    if (total > AnswerPart.MAX_ANSWER_CHARS) {
      throw new ResponseStatusException(
          HttpStatus.CONTENT_TOO_LARGE,
          "the answer has "
              + total
              + " characters; an answer holds at most "
              + AnswerPart.MAX_ANSWER_CHARS
              + ": shorten it to save (your text is still in the page)");
    }
    return clean;
  }

  /** End the attempt (idempotent) and return it. */
  DesignAttempt end(long accountId, long attemptId) {
    owned(accountId, attemptId);
    repository.end(attemptId, clock.instant());
    return repository.byId(attemptId).orElseThrow();
  }

  /**
   * Keep the rubric points the person ticked and return the weighted score.
   *
   * @throws ResponseStatusException 409 while the attempt runs, 400 for an id not in the rubric
   */
  DesignAttempt grade(long accountId, long attemptId, List<String> checked) {
    DesignAttempt attempt = owned(accountId, attemptId);
    if (!attempt.ended()) {
      throw new ResponseStatusException(
          HttpStatus.CONFLICT,
          "end the attempt before grading it: the rubric is hidden until then");
    }
    DesignPrompt prompt = prompt(attempt.promptId());
    Set<String> known = prompt.rubric().stream().map(RubricPoint::id).collect(Collectors.toSet());
    Set<String> ticked = new LinkedHashSet<>();
    for (String id : checked == null ? List.<String>of() : checked) {
      if (!known.contains(id)) {
        throw new ResponseStatusException(
            HttpStatus.BAD_REQUEST, "'" + id + "' is not a point of the rubric of " + prompt.id());
      }
      ticked.add(id);
    }
    repository.grade(attemptId, new ArrayList<>(ticked), score(prompt, ticked));
    return repository.byId(attemptId).orElseThrow();
  }

  /** Percent of the rubric's weight in {@code ticked}, rounded. */
  static int score(DesignPrompt prompt, Set<String> ticked) {
    int met =
        prompt.rubric().stream()
            .filter(p -> ticked.contains(p.id()))
            .mapToInt(RubricPoint::weight)
            .sum();
    return Math.round(100f * met / prompt.totalWeight());
  }

  /**
   * Have the configured model grade the ended attempt and keep its review.
   *
   * @throws ResponseStatusException 409 without a configured model or while the attempt runs, 502
   *     with the one-line reason when the model gives no usable answer
   */
  RubricReview review(long accountId, long attemptId) {
    LlmClient client =
        llm.client()
            .orElseThrow(
                () -> new ResponseStatusException(HttpStatus.CONFLICT, Llm.HOW_TO_CONFIGURE));
    DesignAttempt attempt = owned(accountId, attemptId);
    if (!attempt.ended()) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, "end the attempt before grading it");
    }
    if (attempt.characters() == 0) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST, "the answer is empty: there is nothing to grade");
    }
    RubricReview review;
    try {
      review = new RubricReviewer(client).review(prompt(attempt.promptId()), attempt.answer());
    } catch (LlmException e) {
      throw new ResponseStatusException(HttpStatus.BAD_GATEWAY, e.getMessage());
    }
    repository.review(attemptId, JSON.writeValueAsString(review));
    return review;
  }

  /** The stored review of an attempt, if the model graded it. */
  static Optional<RubricReview> storedReview(DesignAttempt attempt) {
    if (attempt.review() == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readValue(attempt.review(), RubricReview.class));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  boolean llmConfigured() {
    return llm.client().isPresent();
  }

  Instant now() {
    return clock.instant();
  }
}
