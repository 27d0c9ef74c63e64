package dev.onsite.server.review;

import dev.onsite.catalog.company.Company;
import dev.onsite.judge.review.Category;
import dev.onsite.judge.review.ReviewPackage;
import dev.onsite.server.account.OnsiteUser;
import dev.onsite.server.company.Intelligence;
import dev.onsite.server.problem.StatementRenderer;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The code review page: the code, the comments, the timer, and after submitting the result. */
@Controller
class ReviewController {

  /** A file under review, with the editor language of its extension. */
  record FileView(String path, String name, String language, int lines, String text) {}

  record CategoryView(String id, String label) {}

  /** A planted defect on the result page, its explanation as HTML. */
  record DefectView(GradedReview.DefectRow defect, String explanationHtml) {}

  record HistoryRow(long id, Instant startedAt, boolean submitted, Double score, int comments) {}

  private final CodeReviews reviews;
  private final Intelligence intelligence;
  private final StatementRenderer markdown;

  ReviewController(CodeReviews reviews, Intelligence intelligence, StatementRenderer markdown) {
    this.reviews = reviews;
    this.intelligence = intelligence;
    this.markdown = markdown;
  }

  @GetMapping("/reviews")
  String list() {
    return "redirect:/problems?round=code-review";
  }

  @GetMapping("/reviews/{id}")
  String review(
      @AuthenticationPrincipal OnsiteUser me,
      @PathVariable String id,
      @RequestParam(required = false) Long attempt,
      Model model) {
    ReviewPackage pkg = reviews.pkg(id);
    Optional<CodeReview> shown =
        attempt != null
            ? Optional.of(reviews.owned(me.accountId(), attempt))
                .filter(r -> r.packageId().equals(id))
            : reviews.open(me.accountId(), id);
    Instant now = reviews.now();
    model.addAttribute("pkg", pkg);
    model.addAttribute("statementHtml", markdown.render(pkg.statement(), id));
    model.addAttribute(
        "files",
        pkg.code().entrySet().stream()
            .map(
                e ->
                    new FileView(
                        e.getKey(),
                        e.getKey().substring(e.getKey().lastIndexOf('/') + 1),
                        editorLanguage(e.getKey()),
                        pkg.lineCount(e.getKey()),
                        e.getValue()))
            .toList());
    model.addAttribute(
        "categories",
        Arrays.stream(Category.values()).map(c -> new CategoryView(c.id(), label(c))).toList());
    model.addAttribute("review", shown.orElse(null));
    model.addAttribute("maxText", CodeReviews.MAX_TEXT);
    model.addAttribute(
        "remaining",
        shown
            .filter(r -> !r.submitted())
            .map(r -> Math.max(0, Duration.between(now, r.deadline()).toSeconds()))
            .orElse(0L));
    if (shown.isPresent() && shown.get().submitted() && shown.get().result() != null) {
      CodeReview r = shown.get();
      GradedReview graded = GradedReview.parse(r.result());
      model.addAttribute("graded", graded);
      model.addAttribute(
          "defects",
          graded.defects().stream()
              .map(d -> new DefectView(d, markdown.render(d.explanation(), id)))
              .toList());
      model.addAttribute(
          "minutesTaken",
          Math.max(1, (Duration.between(r.startedAt(), r.submittedAt()).toSeconds() + 59) / 60));
    }
    model.addAttribute(
        "history",
        reviews.history(me.accountId(), id).stream()
            .map(
                h ->
                    new HistoryRow(
                        h.id(), h.startedAt(), h.submitted(), h.score(), h.comments().size()))
            .toList());
    model.addAttribute(
        "companyNames",
        pkg.companies().stream()
            .map(c -> intelligence.catalog().directory().byId(c).map(Company::name).orElse(c))
            .toList());
    return "review/review";
  }

  static String label(Category category) {
    return switch (category) {
      case BUG -> "Bug";
      case SECURITY -> "Security";
      case PERFORMANCE -> "Performance";
      case CONCURRENCY -> "Concurrency";
      case DESIGN -> "Design";
      case TEST_GAP -> "Test gap";
    };
  }

  private static String editorLanguage(String path) {
    if (path.endsWith(".py")) {
      return "python";
    }
    if (path.endsWith(".java")) {
      return "java";
    }
    if (path.endsWith(".sql")) {
      return "sql";
    }
    if (path.endsWith(".yaml") || path.endsWith(".yml")) {
      return "yaml";
    }
    return "plaintext";
  }
}
