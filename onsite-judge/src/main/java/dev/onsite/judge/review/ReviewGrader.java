package dev.onsite.judge.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Grade a review against a package's planted defects, deterministically (no code runs).
 *
 * <p>A comment matches a defect when it is on the same file, its lines overlap the defect's range
 * widened by the package's {@code line_tolerance} on each side, and its category is the defect's.
 * Defects are taken in file and line order; each takes the first comment (in file and line order)
 * that matches it and no earlier defect took. Score = 100 × matched severity / total severity;
 * precision = matched comments / all comments.
 */
public final class ReviewGrader {

  private static final Comparator<Defect> DEFECT_ORDER =
      Comparator.comparing(Defect::file)
          .thenComparingInt(Defect::firstLine)
          .thenComparingInt(Defect::lastLine)
          .thenComparing(Defect::id);

  private static final Comparator<Comment> COMMENT_ORDER =
      Comparator.comparing(Comment::file)
          .thenComparingInt(Comment::firstLine)
          .thenComparingInt(Comment::lastLine)
          .thenComparingInt(Comment::index);

  private ReviewGrader() {}

  /** Whether {@code comment} matches {@code defect} with the given line tolerance. */
  public static boolean matches(Comment comment, Defect defect, int tolerance) {
    return comment.file().equals(defect.file())
        && comment.category() == defect.category()
        && comment.overlaps(defect.firstLine(), defect.lastLine(), tolerance);
  }

  public static ReviewResult grade(ReviewPackage pkg, List<Comment> comments) {
    List<Defect> defects = new ArrayList<>(pkg.defects());
    defects.sort(DEFECT_ORDER);
    List<Comment> ordered = new ArrayList<>(comments);
    ordered.sort(COMMENT_ORDER);
    Set<Comment> used = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    List<ReviewResult.DefectResult> results = new ArrayList<>();
    int caughtSeverity = 0;
    for (Defect defect : defects) {
      Optional<Comment> match =
          ordered.stream()
              .filter(c -> !used.contains(c))
              .filter(c -> matches(c, defect, pkg.lineTolerance()))
              .findFirst();
      match.ifPresent(used::add);
      if (match.isPresent()) {
        caughtSeverity += defect.severity();
      }
      results.add(new ReviewResult.DefectResult(defect, match));
    }
    int total = pkg.totalSeverity();
    double score = total == 0 ? 0 : 100.0 * caughtSeverity / total;
    double precision = comments.isEmpty() ? 0 : (double) used.size() / comments.size();
    List<Comment> falseAlarms = comments.stream().filter(c -> !used.contains(c)).toList();
    return new ReviewResult(
        score, precision, score >= pkg.passMark(), results, falseAlarms, comments.size());
  }
}
