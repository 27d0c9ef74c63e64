package dev.onsite.server.review;

import dev.onsite.judge.review.ReviewJson;
import dev.onsite.judge.review.ReviewPackage;
import dev.onsite.server.account.OnsiteUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Code reviews over JSON: the packages, start a review, comment as you type, submit, results. */
@RestController
@RequestMapping("/api/reviews")
@Tag(
    name = "reviews",
    description = "Code review packages: timed reviews graded against planted defects")
class ReviewsApi {

  /** A file under review. */
  record FileJson(String path, int lines, String text) {}

  /**
   * A package as its page shows it before a review is submitted: no defects, only how many.
   *
   * @param summary the package's metadata ({@code ReviewJson.summary})
   */
  record PackageJson(Map<String, Object> summary, String statement, List<FileJson> files) {}

  record CommentJson(
      long id, String file, List<Integer> lines, String category, String text, Instant updatedAt) {

    static CommentJson of(ReviewComment c) {
      return new CommentJson(
          c.id(),
          c.file(),
          List.of(c.firstLine(), c.lastLine()),
          c.category().id(),
          c.text(),
          c.updatedAt());
    }
  }

  /**
   * A review.
   *
   * @param remainingSeconds seconds left on the countdown, 0 once it is over or submitted
   * @param result the graded result once submitted ({@code ReviewJson.result}: score, precision,
   *     every defect with its explanation and the comment that caught it, false alarms), else null
   */
  record ReviewJsonView(
      long id,
      String packageId,
      Instant startedAt,
      Instant deadline,
      Instant updatedAt,
      Instant submittedAt,
      boolean submitted,
      long remainingSeconds,
      List<CommentJson> comments,
      Double score,
      Double precision,
      JsonNode result) {

    static ReviewJsonView of(CodeReview r, Instant now) {
      long remaining =
          r.submitted() ? 0 : Math.max(0, Duration.between(now, r.deadline()).toSeconds());
      return new ReviewJsonView(
          r.id(),
          r.packageId(),
          r.startedAt(),
          r.deadline(),
          r.updatedAt(),
          r.submittedAt(),
          r.submitted(),
          remaining,
          r.comments().stream().map(CommentJson::of).toList(),
          r.score(),
          r.precision(),
          GradedReview.tree(r.result()));
    }
  }

  private final CodeReviews reviews;

  ReviewsApi(CodeReviews reviews) {
    this.reviews = reviews;
  }

  @GetMapping
  @Operation(summary = "The code review packages (metadata only)")
  List<Map<String, Object>> packages() {
    return reviews.packages().stream().map(ReviewJson::summary).toList();
  }

  @GetMapping("/{packageId}")
  @Operation(summary = "A package's statement and code, without its defects")
  PackageJson pkg(@PathVariable String packageId) {
    ReviewPackage p = reviews.pkg(packageId);
    return new PackageJson(
        ReviewJson.summary(p),
        p.statement(),
        p.code().entrySet().stream()
            .map(e -> new FileJson(e.getKey(), p.lineCount(e.getKey()), e.getValue()))
            .toList());
  }

  @PostMapping("/{packageId}/attempts")
  @Operation(summary = "Start a review of the package, or return the draft already open")
  ReviewJsonView start(@AuthenticationPrincipal OnsiteUser me, @PathVariable String packageId) {
    return ReviewJsonView.of(reviews.start(me.accountId(), reviews.pkg(packageId)), reviews.now());
  }

  @GetMapping("/{packageId}/attempts")
  @Operation(summary = "Your reviews of the package, newest first")
  List<ReviewJsonView> history(
      @AuthenticationPrincipal OnsiteUser me, @PathVariable String packageId) {
    reviews.pkg(packageId);
    Instant now = reviews.now();
    return reviews.history(me.accountId(), packageId).stream()
        .map(r -> ReviewJsonView.of(r, now))
        .toList();
  }

  @GetMapping("/attempts/{id}")
  @Operation(summary = "One of your reviews with its comments (and its result once submitted)")
  ReviewJsonView review(@AuthenticationPrincipal OnsiteUser me, @PathVariable long id) {
    return ReviewJsonView.of(reviews.owned(me.accountId(), id), reviews.now());
  }

  @PostMapping("/attempts/{id}/comments")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Add a comment: {file, line or lines: [first, last], category, text}",
      description =
          "400 with a one-line reason for a file not in the package, a line that does not exist,"
              + " an unknown category or too much text; 409 once the review is submitted.")
  CommentJson add(
      @AuthenticationPrincipal OnsiteUser me,
      @PathVariable long id,
      @RequestBody(required = false) CommentInput body) {
    return CommentJson.of(reviews.add(me.accountId(), id, body));
  }

  @PutMapping("/attempts/{id}/comments/{commentId}")
  @Operation(summary = "Change a comment (the page calls it as you type); fields not sent stay")
  CommentJson edit(
      @AuthenticationPrincipal OnsiteUser me,
      @PathVariable long id,
      @PathVariable long commentId,
      @RequestBody(required = false) CommentInput body) {
    return CommentJson.of(reviews.edit(me.accountId(), id, commentId, body));
  }

  @DeleteMapping("/attempts/{id}/comments/{commentId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Delete a comment of a draft review")
  void delete(
      @AuthenticationPrincipal OnsiteUser me, @PathVariable long id, @PathVariable long commentId) {
    reviews.delete(me.accountId(), id, commentId);
  }

  @PostMapping("/attempts/{id}/submit")
  @Operation(
      summary = "Submit the review: graded against the planted defects, the result is kept",
      description = "400 for a review without comments; submitting twice returns the first result.")
  ReviewJsonView submit(@AuthenticationPrincipal OnsiteUser me, @PathVariable long id) {
    return ReviewJsonView.of(reviews.submit(me.accountId(), id), reviews.now());
  }
}
