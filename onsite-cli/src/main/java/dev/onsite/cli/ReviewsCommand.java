package dev.onsite.cli;

import dev.onsite.judge.review.ReviewJson;
import dev.onsite.judge.review.ReviewLoader;
import dev.onsite.judge.review.ReviewPackage;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** List the code review packages Onsite ships. */
@Command(name = "reviews", description = "List the code review packages.")
final class ReviewsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--json", description = "Print a JSON array.")
  boolean json;

  @Option(
      names = "--dir",
      paramLabel = "DIR",
      description = "Where the review packages are (default: reviews).")
  Path dir;

  @Override
  public Integer call() throws Exception {
    Path root = dir != null ? dir : Path.of("reviews");
    List<ReviewPackage> packages = packages(root, spec.commandLine().getErr());
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(
          Reports.JSON.writeValueAsString(
              packages.stream()
                  .map(
                      p -> {
                        Map<String, Object> m = ReviewJson.summary(p);
                        m.put("path", root.resolve(p.id()).toString());
                        return m;
                      })
                  .toList()));
      return 0;
    }
    int width = Math.max(2, packages.stream().mapToInt(p -> p.id().length()).max().orElse(2));
    out.println(
        Terminal.bold(
            Terminal.pad("ID", width)
                + "  "
                + Terminal.pad("DIFFICULTY", 11)
                + Terminal.pad("LANGUAGE", 9)
                + Terminal.pad("AI", 4)
                + Terminal.pad("DEFECTS", 8)
                + "TITLE"));
    for (ReviewPackage p : packages) {
      out.println(
          Terminal.pad(p.id(), width)
              + "  "
              + Terminal.pad(p.difficulty(), 11)
              + Terminal.pad(p.language(), 9)
              + Terminal.pad(p.aiGenerated() ? "yes" : "", 4)
              + Terminal.pad(String.valueOf(p.defects().size()), 8)
              + p.title());
    }
    out.println(packages.size() + " review packages");
    return 0;
  }

  /** Every review package below {@code dir}; broken ones are reported on {@code err}. */
  static List<ReviewPackage> packages(Path dir, PrintWriter err) {
    return Workspace.packagesBelow(dir, ReviewLoader::isReviewPackage, ReviewLoader::load, err);
  }
}
