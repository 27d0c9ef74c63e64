package dev.onsite.server.story;

import dev.onsite.server.account.OnsiteUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The story bank over JSON: stories, coverage, practice answers and drafts. */
@RestController
@Tag(name = "stories", description = "Behavioral story bank, coverage map and practice")
class StoryApi {

  /**
   * A story as the editor sends and receives it.
   *
   * @param values company values as {@code company:value}
   * @param draftKey the draft to drop once the story is stored, or null
   */
  record StoryJson(
      Long id,
      String title,
      String situation,
      String action,
      String impact,
      String learning,
      Boolean weak,
      List<String> questions,
      List<String> values,
      String draftKey,
      Instant updatedAt) {

    static StoryJson of(Story s) {
      return new StoryJson(
          s.id(),
          s.title(),
          s.situation(),
          s.action(),
          s.impact(),
          s.learning(),
          s.weak(),
          s.questions(),
          s.values().stream().map(Story.ValueRef::key).toList(),
          null,
          s.updatedAt());
    }

    StoryInput input() {
      List<Story.ValueRef> refs;
      try {
        refs = values == null ? List.of() : values.stream().map(Story.ValueRef::parse).toList();
      } catch (IllegalArgumentException e) {
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
      }
      return new StoryInput(
          title, situation, action, impact, learning, Boolean.TRUE.equals(weak), questions, refs);
    }
  }

  record PracticeJson(String questionId, Integer rating, Integer seconds, String notes) {}

  record DraftJson(String body, Instant savedAt) {}

  private final Stories stories;
  private final Drafts drafts;

  StoryApi(Stories stories, Drafts drafts) {
    this.stories = stories;
    this.drafts = drafts;
  }

  @GetMapping("/api/stories")
  @Operation(summary = "Your stories")
  List<StoryJson> all(@AuthenticationPrincipal OnsiteUser me) {
    return stories.all(me.accountId()).stream().map(StoryJson::of).toList();
  }

  @PostMapping("/api/stories")
  @Operation(summary = "Store a new story; 400 with the reason for an empty one")
  ResponseEntity<StoryJson> create(
      @AuthenticationPrincipal OnsiteUser me, @RequestBody StoryJson body) {
    Story story = stories.create(me.accountId(), required(body).input(), body.draftKey());
    return ResponseEntity.status(HttpStatus.CREATED).body(StoryJson.of(story));
  }

  @PutMapping("/api/stories/{id}")
  @Operation(summary = "Replace one of your stories")
  StoryJson update(
      @AuthenticationPrincipal OnsiteUser me, @PathVariable long id, @RequestBody StoryJson body) {
    return StoryJson.of(
        stories.update(me.accountId(), id, required(body).input(), body.draftKey()));
  }

  @DeleteMapping("/api/stories/{id}")
  @Operation(summary = "Delete one of your stories")
  ResponseEntity<Void> delete(@AuthenticationPrincipal OnsiteUser me, @PathVariable long id) {
    stories.delete(me.accountId(), id);
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/api/stories/coverage")
  @Operation(summary = "Which bank questions your stories cover, signal by signal")
  Coverage coverage(@AuthenticationPrincipal OnsiteUser me) {
    return stories.coverage(me.accountId());
  }

  @PostMapping("/api/stories/practice")
  @Operation(summary = "Keep a timed practice answer with its self-rating (1-4) and notes")
  ResponseEntity<Void> practise(
      @AuthenticationPrincipal OnsiteUser me, @RequestBody PracticeJson body) {
    if (body == null) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "send the practice as JSON");
    }
    if (body.rating() == null) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST, "rate the answer: \"rating\" 1 (poor) to 4 (strong)");
    }
    stories.practise(
        me.accountId(),
        body.questionId(),
        body.rating(),
        body.seconds() == null ? 0 : body.seconds(),
        body.notes());
    return ResponseEntity.status(HttpStatus.CREATED).build();
  }

  @GetMapping("/api/drafts/{key}")
  @Operation(summary = "A draft saved as you typed; 204 when there is none")
  ResponseEntity<DraftJson> draft(
      @AuthenticationPrincipal OnsiteUser me, @PathVariable String key) {
    return drafts
        .get(me.accountId(), key)
        .map(d -> ResponseEntity.ok(new DraftJson(d.body(), d.savedAt())))
        .orElseGet(() -> ResponseEntity.noContent().build());
  }

  @PutMapping("/api/drafts/{key}")
  @Operation(summary = "Save a draft (the editors call it as you type)")
  DraftJson saveDraft(
      @AuthenticationPrincipal OnsiteUser me,
      @PathVariable String key,
      @RequestBody DraftJson body) {
    String text = body == null || body.body() == null ? "" : body.body();
    return new DraftJson(null, drafts.put(me.accountId(), key, text));
  }

  @DeleteMapping("/api/drafts/{key}")
  @Operation(summary = "Drop a draft")
  ResponseEntity<Void> dropDraft(@AuthenticationPrincipal OnsiteUser me, @PathVariable String key) {
    drafts.delete(me.accountId(), key);
    return ResponseEntity.noContent().build();
  }

  private static StoryJson required(StoryJson body) {
    if (body == null) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "send the story as JSON");
    }
    return body;
  }
}
