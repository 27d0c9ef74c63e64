package dev.onsite.server.review;

import dev.onsite.judge.review.Category;
import dev.onsite.judge.review.Comment;
import dev.onsite.judge.review.ReviewGrader;
import dev.onsite.judge.review.ReviewJson;
import dev.onsite.judge.review.ReviewLoader;
import dev.onsite.judge.review.ReviewPackage;
import dev.onsite.judge.review.ReviewResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Code reviews: start one on a package (a countdown of its minutes), add, edit and delete comments
 * on its lines as the person types, submit it to be graded against the planted defects. Every
 * review belongs to one account; another account's review is not found. The defects (titles,
 * explanations, lines) leave this class only in the result of a submitted review.
 */
@Service
class CodeReviews {

  /** The most text one comment holds. */
  static final int MAX_TEXT = 4000;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final ReviewLibrary library;
  private final CodeReviewRepository repository;
  private final Clock clock;

  CodeReviews(ReviewLibrary library, CodeReviewRepository repository, Clock clock) {
    this.library = library;
    this.repository = repository;
    this.clock = clock;
  }

  /**
   * @throws ResponseStatusException 404 for an unknown package id
   */
  ReviewPackage pkg(String id) {
    return library.require(id);
  }

  List<ReviewPackage> packages() {
    return library.all();
  }

  /** Start a review of the package, or return the draft already open. */
  synchronized CodeReview start(long accountId, ReviewPackage pkg) {
    Optional<CodeReview> open = repository.open(accountId, pkg.id());
    if (open.isPresent()) {
      return open.get();
    }
    Instant now = clock.instant();
    long id =
        repository.insert(accountId, pkg.id(), now, now.plus(Duration.ofMinutes(pkg.minutes())));
    return repository.byId(id).orElseThrow();
  }

  Optional<CodeReview> open(long accountId, String packageId) {
    return repository.open(accountId, packageId);
  }

  List<CodeReview> history(long accountId, String packageId) {
    return repository.all(accountId, packageId);
  }

  /**
   * The account's review.
   *
   * @throws ResponseStatusException 404 when there is none with that id, or it is someone else's
   */
  CodeReview owned(long accountId, long reviewId) {
    return repository
        .byId(reviewId)
        .filter(r -> r.accountId() == accountId)
        .orElseThrow(
            () ->
                new ResponseStatusException(
                    HttpStatus.NOT_FOUND, "no code review " + reviewId + " of yours"));
  }

  /**
   * Add a comment to a draft review.
   *
   * @throws ResponseStatusException 400 naming what is wrong with the comment (a file not in the
   *     package, a line that does not exist, an unknown category, too much text), 409 once the
   *     review is submitted or holds the most comments a review may
   */
  ReviewComment add(long accountId, long reviewId, CommentInput input) {
    CodeReview review = draft(accountId, reviewId);
    ReviewPackage pkg = pkg(review.packageId());
    if (review.comments().size() >= ReviewLoader.MAX_COMMENTS) {
      throw new ResponseStatusException(
          HttpStatus.CONFLICT,
          "this review has "
              + review.comments().size()
              + " comments, the most a review holds: edit or delete one instead");
    }
    if (input == null) {
      throw bad("send the comment as JSON: {file, line or lines: [first, last], category, text}");
    }
    String file = file(pkg, input.file());
    int[] range = range(pkg, file, input);
    if (range == null) {
      throw bad("give the line the comment is on: line: N, or lines: [first, last]");
    }
    Category category = category(input.category());
    if (category == null) {
      throw bad("give the comment a category (" + Category.ids() + ")");
    }
    String text = text(input.text());
    Instant now = clock.instant();
    long id = repository.addComment(reviewId, file, range[0], range[1], category, text, now);
    return new ReviewComment(id, reviewId, file, range[0], range[1], category, text, now);
  }

  /**
   * Change a comment of a draft review: the fields sent replace the comment's, the others stay.
   *
   * @throws ResponseStatusException as {@link #add}, and 404 for a comment not in the review
   */
  ReviewComment edit(long accountId, long reviewId, long commentId, CommentInput input) {
    CodeReview review = draft(accountId, reviewId);
    ReviewComment old = comment(review, commentId);
    ReviewPackage pkg = pkg(review.packageId());
    if (input == null) {
      return old;
    }
    String file = input.file() == null ? old.file() : file(pkg, input.file());
    if (!file.equals(old.file())) {
      throw bad("a comment stays on its file (" + old.file() + "): delete it and add a new one");
    }
    int[] range = range(pkg, file, input);
    Category category = input.category() == null ? old.category() : category(input.category());
    String text = input.text() == null ? old.text() : text(input.text());
    ReviewComment updated =
        new ReviewComment(
            commentId,
            reviewId,
            file,
            range == null ? old.firstLine() : range[0],
            range == null ? old.lastLine() : range[1],
            category,
            text,
            clock.instant());
    repository.updateComment(updated, updated.updatedAt());
    return updated;
  }

  /**
   * Delete a comment of a draft review.
   *
   * @throws ResponseStatusException 404 for a comment not in the review, 409 once submitted
   */
  void delete(long accountId, long reviewId, long commentId) {
    comment(draft(accountId, reviewId), commentId);
    repository.deleteComment(reviewId, commentId, clock.instant());
  }

  /**
   * Grade the review against the package's defects and keep the result; submitting again returns
   * the review as it was graded.
   *
   * @throws ResponseStatusException 400 for a review without comments
   */
  synchronized CodeReview submit(long accountId, long reviewId) {
    CodeReview review = owned(accountId, reviewId);
    if (review.submitted()) {
      return review;
    }
    if (review.comments().isEmpty()) {
      throw bad(
          "the review has no comments: comment on at least one line (click it, pick a category,"
              + " write what is wrong) before submitting");
    }
    ReviewPackage pkg = pkg(review.packageId());
    List<Comment> comments = new ArrayList<>();
    for (ReviewComment c : review.comments()) {
      comments.add(
          new Comment(
              comments.size() + 1, c.file(), c.firstLine(), c.lastLine(), c.category(), c.text()));
    }
    ReviewResult result = ReviewGrader.grade(pkg, comments);
    repository.submit(
        reviewId,
        clock.instant(),
        result.score(),
        result.precision(),
        result.passed(),
        JSON.writeValueAsString(ReviewJson.result(pkg, result)));
    return repository.byId(reviewId).orElseThrow();
  }

  /** Whether the account passed a review of each package it started one of. */
  java.util.Map<String, Boolean> passedByPackage(long accountId) {
    return repository.passedByPackage(accountId);
  }

  Instant now() {
    return clock.instant();
  }

  private CodeReview draft(long accountId, long reviewId) {
    CodeReview review = owned(accountId, reviewId);
    if (review.submitted()) {
      throw new ResponseStatusException(
          HttpStatus.CONFLICT,
          "this review was submitted at "
              + review.submittedAt()
              + "; its comments can no longer change (start a new review to try again)");
    }
    return review;
  }

  private static ReviewComment comment(CodeReview review, long commentId) {
    return review.comments().stream()
        .filter(c -> c.id() == commentId)
        .findFirst()
        .orElseThrow(
            () ->
                new ResponseStatusException(
                    HttpStatus.NOT_FOUND,
                    "no comment " + commentId + " in code review " + review.id()));
  }

  private static String file(ReviewPackage pkg, String given) {
    String files = String.join(", ", pkg.code().keySet());
    if (given == null || given.isBlank()) {
      throw bad("give the file the comment is on (files: " + files + ")");
    }
    if (pkg.code().containsKey(given)) {
      return given;
    }
    if (pkg.code().containsKey("code/" + given)) {
      return "code/" + given;
    }
    throw bad(
        "file '" + Texts.abbreviate(given) + "' is not in the package (files: " + files + ")");
  }

  /** The comment's lines, checked against the file; null when the input gives none. */
  private static int[] range(ReviewPackage pkg, String file, CommentInput input) {
    if (input.line() != null && input.lines() != null) {
      throw bad("give either line or lines, not both");
    }
    int first;
    int last;
    if (input.line() != null) {
      first = input.line();
      last = first;
    } else if (input.lines() != null) {
      List<Integer> lines = input.lines();
      if (lines.size() != 2 || lines.get(0) == null || lines.get(1) == null) {
        throw bad("lines must be [first, last], such as [12, 14]");
      }
      first = lines.get(0);
      last = lines.get(1);
    } else {
      return null;
    }
    int count = pkg.lineCount(file);
    if (first < 1 || last < first) {
      throw bad("lines must be 1 <= first <= last, were " + first + "-" + last);
    }
    if (last > count) {
      throw bad("line " + last + " does not exist (" + file + " has " + count + " lines)");
    }
    return new int[] {first, last};
  }

  private static Category category(String id) {
    if (id == null) {
      return null;
    }
    return Category.byId(id.strip())
        .orElseThrow(
            () ->
                bad(
                    "unknown category '"
                        + Texts.abbreviate(id)
                        + "' (known: "
                        + Category.ids()
                        + ")"));
  }

  private static String text(String text) {
    String clean = text == null ? "" : text.replace("\u0000", "");
    if (clean.length() > MAX_TEXT) {
      throw bad(
          "the comment has "
              + clean.length()
              + " characters; a comment holds at most "
              + MAX_TEXT
              + ": shorten it (your text is still in the page)");
    }
    return clean;
  }

  private static ResponseStatusException bad(String message) {
    return new ResponseStatusException(HttpStatus.BAD_REQUEST, message);
  }
}
