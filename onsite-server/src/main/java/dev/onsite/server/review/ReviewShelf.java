package dev.onsite.server.review;

import dev.onsite.catalog.practice.PracticeItem;
import dev.onsite.judge.review.ReviewPackage;
import dev.onsite.server.problem.PracticeShelf;
import dev.onsite.server.problem.ProblemSummary;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The code review packages as practice items: in the catalogue with round {@code code-review}
 * (status solved once a review passed, attempted once one was started), in search, on company
 * pages. Only the metadata and the statement are shared; never the defects.
 */
@Component
class ReviewShelf implements PracticeShelf {

  private final ReviewLibrary library;
  private final CodeReviewRepository repository;

  ReviewShelf(ReviewLibrary library, CodeReviewRepository repository) {
    this.library = library;
    this.repository = repository;
  }

  @Override
  public List<ProblemSummary> summaries(long accountId) {
    Map<String, Boolean> passed = repository.passedByPackage(accountId);
    return library.all().stream()
        .map(
            p ->
                summary(
                    p,
                    !passed.containsKey(p.id())
                        ? "new"
                        : passed.get(p.id()) ? "solved" : "attempted"))
        .toList();
  }

  @Override
  public List<PracticeItem> practiceItems() {
    return library.all().stream()
        .map(
            p ->
                new PracticeItem(
                    p.id(),
                    "reviews/" + p.id(),
                    p.round(),
                    p.title(),
                    p.difficulty(),
                    tags(p),
                    p.companies(),
                    p.statement()))
        .toList();
  }

  @Override
  public Optional<ProblemSummary> find(String id) {
    return library.find(id).map(p -> summary(p, "new"));
  }

  @Override
  public int generation() {
    return library.generation();
  }

  @Override
  public void reload() {
    library.reload();
  }

  /** The package's tags, led by {@code ai-generated} for "review this AI-generated code" ones. */
  private static List<String> tags(ReviewPackage p) {
    return p.aiGenerated()
        ? Stream.concat(Stream.of("ai-generated"), p.tags().stream()).distinct().toList()
        : p.tags();
  }

  private static ProblemSummary summary(ReviewPackage p, String status) {
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
        status,
        List.of(),
        "",
        "/reviews/" + p.id());
  }
}
