package dev.onsite.cli;

import dev.onsite.judge.problem.PackageException;
import dev.onsite.judge.review.Comment;
import dev.onsite.judge.review.ReviewException;
import dev.onsite.judge.review.ReviewGrader;
import dev.onsite.judge.review.ReviewJson;
import dev.onsite.judge.review.ReviewLoader;
import dev.onsite.judge.review.ReviewPackage;
import dev.onsite.judge.review.ReviewResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Grade a review file against a code review package. */
@Command(
    name = "review",
    description = "Grade the review in REVIEW_FILE against the code review package PACKAGE_DIR.")
final class ReviewCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PACKAGE_DIR", description = "A review package.")
  Path packageDir;

  @Parameters(
      index = "1",
      paramLabel = "REVIEW_FILE",
      description = "The review: YAML or JSON with a comments: list.")
  Path reviewFile;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    ReviewPackage pkg = load(packageDir);
    List<Comment> comments;
    try {
      comments = ReviewLoader.readReview(pkg, reviewFile);
    } catch (ReviewException e) {
      throw new UserException(e.getMessage());
    }
    ReviewResult result = ReviewGrader.grade(pkg, comments);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Reports.JSON.writeValueAsString(ReviewJson.result(pkg, result)));
    } else {
      out.print(human(pkg, result));
    }
    out.flush();
    return 0;
  }

  static ReviewPackage load(Path dir) {
    try {
      return ReviewLoader.load(dir);
    } catch (PackageException e) {
      throw new UserException(e.getMessage());
    }
  }

  static String human(ReviewPackage pkg, ReviewResult r) {
    StringBuilder s = new StringBuilder();
    s.append(
        String.format(
            Locale.ROOT,
            "%s  score %.1f (pass mark %d), precision %.0f%% (%d of %d comments matched)%n",
            r.passed() ? Terminal.green("PASS") : Terminal.red("FAIL"),
            r.score(),
            pkg.passMark(),
            r.precision() * 100,
            r.comments() - r.falseAlarms().size(),
            r.comments()));
    for (ReviewResult.DefectResult d : r.defects()) {
      var defect = d.defect();
      s.append(
          String.format(
              Locale.ROOT,
              "%s  %-12s sev %d  %s:%d-%d  %s%n",
              d.caught() ? Terminal.green("caught") : Terminal.red("missed"),
              defect.category().id(),
              defect.severity(),
              defect.file(),
              defect.firstLine(),
              defect.lastLine(),
              defect.title()));
      d.caughtBy()
          .ifPresent(
              c ->
                  s.append("        by comment ")
                      .append(c.index())
                      .append(": ")
                      .append(firstLine(c.text()))
                      .append('\n'));
      for (String line : defect.explanation().lines().toList()) {
        s.append("        ").append(Terminal.dim(line)).append('\n');
      }
    }
    for (Comment c : r.falseAlarms()) {
      s.append(
          String.format(
              Locale.ROOT,
              "%s  comment %d, %s %s:%d: %s%n",
              Terminal.dim("false alarm"),
              c.index(),
              c.category().id(),
              c.file(),
              c.firstLine(),
              firstLine(c.text())));
    }
    return s.toString();
  }

  private static String firstLine(String text) {
    return text.lines().findFirst().orElse("");
  }
}
