package dev.onsite.server.review;

import dev.onsite.catalog.practice.PracticeItem;
import dev.onsite.judge.review.ReviewPackage;
import dev.onsite.server.problem.LibraryShelf;
import dev.onsite.server.problem.ProblemStatus;
import dev.onsite.server.problem.ProblemSummary;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The code review packages as practice items: in the catalogue with round {@code code-review}
 * (status solved once a review passed, attempted once one was started), in search, on company
 * pages. Only the metadata and the statement are shared; never the defects.
 */
@Component
class ReviewShelf extends LibraryShelf<ReviewPackage> {

  private final CodeReviewRepository repository;

  ReviewShelf(ReviewLibrary library, CodeReviewRepository repository) {
    super(library);
    this.repository = repository;
  }

  @Override
  protected String id(ReviewPackage p) {
    return p.id();
  }

  /** Solved once a review passed, attempted once one was started. */
  @Override
  protected Map<String, ProblemStatus> statuses(long accountId) {
    Map<String, ProblemStatus> out = new HashMap<>();
    repository
        .passedByPackage(accountId)
        .forEach(
            (id, passed) -> out.put(id, passed ? ProblemStatus.SOLVED : ProblemStatus.ATTEMPTED));
    return out;
  }

  @Override
  protected PracticeItem practiceItem(ReviewPackage p) {
    return new PracticeItem(
        p.id(),
        "reviews/" + p.id(),
        p.round(),
        p.title(),
        p.difficulty(),
        tags(p),
        p.companies(),
        p.statement());
  }

  /** The package's tags, led by {@code ai-generated} for "review this AI-generated code" ones. */
  private static List<String> tags(ReviewPackage p) {
    return p.aiGenerated()
        ? Stream.concat(Stream.of("ai-generated"), p.tags().stream()).distinct().toList()
        : p.tags();
  }

  @Override
  protected ProblemSummary summary(ReviewPackage p, ProblemStatus status) {
    return new ProblemSummary(
        p.id(),
        p.title(),
        p.round(),
        p.difficulty(),
        tags(p),
        p.companies(),
        1,
        List.of(p.language()),
        p.minutes(),
        "review",
        status.id(),
        List.of(),
        "",
        "/reviews/" + p.id());
  }
}
