package dev.onsite.cli.intel;

import dev.onsite.catalog.Catalog;
import dev.onsite.catalog.company.Company;
import dev.onsite.catalog.company.CompanyMatch;
import dev.onsite.catalog.content.ContentProblem;
import dev.onsite.catalog.practice.PracticeItem;
import dev.onsite.cli.UserException;
import dev.onsite.judge.problem.Metadata;
import dev.onsite.judge.problem.PackageException;
import dev.onsite.judge.problem.PackageLoader;
import dev.onsite.judge.problem.ProblemPackage;
import dev.onsite.judge.review.ReviewLoader;
import dev.onsite.judge.review.ReviewPackage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the interview-intelligence commands share: finding and loading the content, looking
 * companies up.
 */
public final class Intel {

  private Intel() {}

  /**
   * The content directory: {@code option} when given, else {@code content/} below the working
   * directory.
   */
  public static Path contentDir(Path option) {
    return option != null ? option : Path.of("content");
  }

  /**
   * Load the catalog from {@code contentDir} with the practice items the caller built from problem
   * packages (may be empty). Bad content files are left out; {@link #warn} reports them.
   *
   * @throws UserException when {@code contentDir} is not a directory
   */
  public static Catalog load(Path contentDir, List<PracticeItem> practiceItems) {
    if (!Files.isDirectory(contentDir)) {
      throw new UserException(
          contentDir
              + ": no such directory (run Onsite from its repository root, or pass --content DIR)");
    }
    return Catalog.load(contentDir, practiceItems);
  }

  /**
   * Print each content problem as one line, so a bad file is visible without stopping the command.
   */
  public static void warn(Catalog catalog, PrintWriter err) {
    for (ContentProblem problem : catalog.problems()) {
      err.println("onsite: skipping " + problem);
    }
  }

  /**
   * The company a person named, matched case-insensitively and fuzzily.
   *
   * @throws UserException naming the closest companies when none fits, or the candidates when
   *     several do
   */
  public static Company company(Catalog catalog, String name) {
    return switch (catalog.findCompany(name)) {
      case CompanyMatch.Found found -> found.company();
      case CompanyMatch.Ambiguous ambiguous -> throw new UserException(ambiguous.message());
      case CompanyMatch.Unknown unknown -> throw new UserException(unknown.message());
    };
  }

  /**
   * The practice items the commands search and link to: every loadable package under {@code
   * problems/} of the working directory, with its statement text (levels included).
   */
  static List<PracticeItem> practiceItems() {
    Path root = Path.of("problems");
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    List<PracticeItem> items = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(root)) {
      for (Path dir :
          dirs.filter(d -> Files.isRegularFile(d.resolve("problem.yaml"))).sorted().toList()) {
        try {
          items.add(practiceItem(PackageLoader.load(dir), root.resolve(dir.getFileName())));
        } catch (PackageException e) {
          // A broken package is reported by `./onsite check`, not by the search commands.
        }
      }
    } catch (IOException e) {
      return List.of();
    }
    items.addAll(reviewItems(Path.of("reviews")));
    return items;
  }

  /**
   * The code review packages under {@code root} as practice items (round {@code code-review}):
   * their statement is searchable, their defects never are.
   */
  public static List<PracticeItem> reviewItems(Path root) {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    List<PracticeItem> items = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(root)) {
      for (Path dir : dirs.filter(ReviewLoader::isReviewPackage).sorted().toList()) {
        try {
          ReviewPackage review = ReviewLoader.load(dir);
          items.add(
              new PracticeItem(
                  review.id(),
                  root.resolve(dir.getFileName()).toString(),
                  review.round(),
                  review.title(),
                  review.difficulty(),
                  review.tags(),
                  review.companies(),
                  review.statement()));
        } catch (PackageException e) {
          // Reported by `./onsite check`.
        }
      }
    } catch (IOException e) {
      return items;
    }
    return items;
  }

  /** The practice item for a loaded package, at the repository-relative {@code path}. */
  public static PracticeItem practiceItem(ProblemPackage pkg, Path path) {
    StringBuilder statement = new StringBuilder(read(pkg.statement()));
    pkg.levels().forEach(level -> statement.append('\n').append(read(level.statement())));
    Metadata meta = pkg.metadata();
    return new PracticeItem(
        pkg.id(),
        path.toString(),
        meta.round(),
        pkg.title(),
        meta.difficulty(),
        meta.tags(),
        meta.companies(),
        statement.toString());
  }

  private static String read(Path file) {
    if (file == null) {
      return "";
    }
    try {
      return Files.readString(file);
    } catch (IOException e) {
      return "";
    }
  }
}
