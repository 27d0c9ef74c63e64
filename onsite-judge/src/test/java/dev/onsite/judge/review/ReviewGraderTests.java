package dev.onsite.judge.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReviewGraderTests {

  private static final String CODE = "x\n".repeat(60);

  private static ReviewPackage pkg(int tolerance, Defect... defects) {
    return new ReviewPackage(
        Path.of("/tmp/p"),
        "p",
        "P",
        "code-review",
        "easy",
        10,
        "python",
        false,
        List.of(),
        List.of(),
        70,
        tolerance,
        "s",
        Map.of("code/a.py", CODE, "code/b.py", CODE),
        List.of(defects),
        List.of(),
        List.of());
  }

  private static Defect defect(String id, String file, int first, int last, Category c, int sev) {
    return new Defect(id, file, first, last, c, sev, id, "why");
  }

  private static Comment comment(int index, String file, int first, int last, Category c) {
    return new Comment(index, file, first, last, c, "comment " + index);
  }

  @Test
  void commentWithinToleranceOfTheRangeMatches() {
    ReviewPackage p = pkg(2, defect("d", "code/a.py", 10, 12, Category.BUG, 2));

    assertThat(
            ReviewGrader.grade(p, List.of(comment(1, "code/a.py", 14, 14, Category.BUG))).score())
        .isEqualTo(100);
    assertThat(ReviewGrader.grade(p, List.of(comment(1, "code/a.py", 8, 8, Category.BUG))).score())
        .isEqualTo(100);
    assertThat(
            ReviewGrader.grade(p, List.of(comment(1, "code/a.py", 15, 15, Category.BUG))).score())
        .isZero();
    assertThat(ReviewGrader.grade(p, List.of(comment(1, "code/a.py", 7, 7, Category.BUG))).score())
        .isZero();
  }

  @Test
  void commentRangeOverlappingTheDefectMatchesWithZeroTolerance() {
    ReviewPackage p = pkg(0, defect("d", "code/a.py", 10, 12, Category.BUG, 2));

    assertThat(ReviewGrader.grade(p, List.of(comment(1, "code/a.py", 5, 10, Category.BUG))).score())
        .isEqualTo(100);
    assertThat(
            ReviewGrader.grade(p, List.of(comment(1, "code/a.py", 13, 20, Category.BUG))).score())
        .isZero();
  }

  @Test
  void categoryAndFileMustMatch() {
    ReviewPackage p = pkg(2, defect("d", "code/a.py", 10, 12, Category.CONCURRENCY, 2));

    ReviewResult wrongCategory =
        ReviewGrader.grade(p, List.of(comment(1, "code/a.py", 11, 11, Category.BUG)));
    ReviewResult wrongFile =
        ReviewGrader.grade(p, List.of(comment(1, "code/b.py", 11, 11, Category.CONCURRENCY)));

    assertThat(wrongCategory.score()).isZero();
    assertThat(wrongCategory.falseAlarms()).hasSize(1);
    assertThat(wrongFile.score()).isZero();
  }

  @Test
  void eachDefectIsMatchedOnceAndTheExtraCommentIsAFalseAlarm() {
    ReviewPackage p = pkg(2, defect("d", "code/a.py", 10, 12, Category.BUG, 2));
    Comment later = comment(1, "code/a.py", 12, 12, Category.BUG);
    Comment earlier = comment(2, "code/a.py", 10, 10, Category.BUG);

    ReviewResult r = ReviewGrader.grade(p, List.of(later, earlier));

    assertThat(r.defects().get(0).caughtBy()).contains(earlier);
    assertThat(r.falseAlarms()).containsExactly(later);
    assertThat(r.precision()).isEqualTo(0.5);
  }

  @Test
  void eachCommentMatchesAtMostOneDefect() {
    ReviewPackage p =
        pkg(
            2,
            defect("first", "code/a.py", 10, 11, Category.BUG, 1),
            defect("second", "code/a.py", 12, 13, Category.BUG, 1));

    ReviewResult r = ReviewGrader.grade(p, List.of(comment(1, "code/a.py", 11, 12, Category.BUG)));

    assertThat(r.caught()).isEqualTo(1);
    assertThat(r.defects().get(0).defect().id()).isEqualTo("first");
    assertThat(r.defects().get(0).caught()).isTrue();
    assertThat(r.defects().get(1).caught()).isFalse();
    assertThat(r.score()).isEqualTo(50);
  }

  @Test
  void scoreIsWeightedBySeverity() {
    ReviewPackage p =
        pkg(
            0,
            defect("critical", "code/a.py", 10, 10, Category.SECURITY, 3),
            defect("minor", "code/a.py", 30, 30, Category.DESIGN, 1));

    double critical =
        ReviewGrader.grade(p, List.of(comment(1, "code/a.py", 10, 10, Category.SECURITY))).score();
    double minor =
        ReviewGrader.grade(p, List.of(comment(1, "code/a.py", 30, 30, Category.DESIGN))).score();

    assertThat(critical).isEqualTo(75);
    assertThat(minor).isEqualTo(25);
  }

  @Test
  void precisionCountsMatchedCommentsOverAllComments() {
    ReviewPackage p = pkg(0, defect("d", "code/a.py", 10, 10, Category.BUG, 2));

    ReviewResult r =
        ReviewGrader.grade(
            p,
            List.of(
                comment(1, "code/a.py", 10, 10, Category.BUG),
                comment(2, "code/a.py", 40, 40, Category.DESIGN),
                comment(3, "code/b.py", 1, 1, Category.DESIGN)));

    assertThat(r.score()).isEqualTo(100);
    assertThat(r.precision()).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(r.falseAlarms()).extracting(Comment::index).containsExactly(2, 3);
    assertThat(r.passed()).isTrue();
  }

  @Test
  void emptyReviewScoresZeroAndFails() {
    ReviewPackage p = pkg(2, defect("d", "code/a.py", 10, 12, Category.BUG, 2));

    ReviewResult r = ReviewGrader.grade(p, List.of());

    assertThat(r.score()).isZero();
    assertThat(r.precision()).isZero();
    assertThat(r.passed()).isFalse();
    assertThat(r.defects()).singleElement().satisfies(d -> assertThat(d.caught()).isFalse());
  }

  @Test
  void passMarkIsInclusive() {
    ReviewPackage p =
        pkg(
            0,
            defect("a", "code/a.py", 10, 10, Category.BUG, 3),
            defect("b", "code/a.py", 20, 20, Category.BUG, 3),
            defect("c", "code/a.py", 30, 30, Category.BUG, 3),
            defect("d", "code/a.py", 40, 40, Category.BUG, 1));

    // 7 of 10 severity points = 70, the pass mark.
    ReviewResult r =
        ReviewGrader.grade(
            p,
            List.of(
                comment(1, "code/a.py", 10, 10, Category.BUG),
                comment(2, "code/a.py", 20, 20, Category.BUG),
                comment(3, "code/a.py", 40, 40, Category.BUG)));

    assertThat(r.score()).isEqualTo(70);
    assertThat(r.passed()).isTrue();
  }
}
