package dev.onsite.cli;

import dev.onsite.catalog.Catalog;
import dev.onsite.catalog.content.CheckedFile;
import dev.onsite.catalog.content.ContentProblem;
import dev.onsite.catalog.practice.UnresolvedLink;
import dev.onsite.judge.Judge;
import dev.onsite.judge.JudgeListener;
import dev.onsite.judge.lang.Language;
import dev.onsite.judge.problem.PackageException;
import dev.onsite.judge.problem.PackageLoader;
import dev.onsite.judge.problem.ProblemPackage;
import dev.onsite.judge.problem.SubmissionFile;
import dev.onsite.judge.review.Defect;
import dev.onsite.judge.review.ReviewException;
import dev.onsite.judge.review.ReviewGrader;
import dev.onsite.judge.review.ReviewLoader;
import dev.onsite.judge.review.ReviewPackage;
import dev.onsite.judge.review.ReviewResult;
import dev.onsite.judge.takehome.Dataset;
import dev.onsite.judge.takehome.TakeHomeException;
import dev.onsite.judge.takehome.TakeHomeJudge;
import dev.onsite.judge.takehome.TakeHomeLoader;
import dev.onsite.judge.takehome.TakeHomePackage;
import dev.onsite.judge.takehome.TakeHomeResult;
import dev.onsite.judge.verdict.JudgeReport;
import dev.onsite.judge.verdict.TestResult;
import dev.onsite.judge.verdict.Verdict;
import dev.onsite.judge.workspace.WorkspaceException;
import dev.onsite.judge.workspace.WorkspaceJudge;
import dev.onsite.judge.workspace.WorkspaceLoader;
import dev.onsite.judge.workspace.WorkspacePackage;
import dev.onsite.judge.workspace.WorkspaceResult;
import dev.onsite.judge.workspace.WorkspaceTest;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Validate problem packages: their files, and that every shipped solution gets the verdict its
 * directory promises (accepted ones AC, wrong ones their verdict on at least one test).
 */
@Command(
    name = "check",
    description = "Validate problem packages and run their reference and known-wrong solutions.")
final class CheckCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..*",
      paramLabel = "PACKAGE_DIR",
      description = "Package directories; none checks the content files only.")
  List<Path> packages;

  @Option(
      names = "--jobs",
      paramLabel = "N",
      defaultValue = "1",
      description =
          "Check N packages at once (default 1). Time limits are CPU time, so this is safe up to"
              + " the number of cores.")
  int jobs;

  @Option(
      names = "--content",
      hidden = true,
      paramLabel = "DIR",
      description = "Where the content files are (default: content).")
  Path content;

  private final List<ProblemPackage> checkedPackages =
      Collections.synchronizedList(new ArrayList<>());
  private final List<ReviewPackage> checkedReviews =
      Collections.synchronizedList(new ArrayList<>());
  private final List<WorkspacePackage> checkedWorkspaces =
      Collections.synchronizedList(new ArrayList<>());
  private final List<TakeHomePackage> checkedTakeHomes =
      Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger passed = new AtomicInteger();
  private final AtomicInteger failed = new AtomicInteger();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (jobs < 1) {
      throw new UserException("--jobs must be at least 1, was " + jobs);
    }
    List<Path> dirs =
        expand(
            (packages == null ? List.<Path>of() : packages)
                .stream().filter(d -> !Files.isRegularFile(d)).toList());
    // problems/* also matches README and guide files: those are skipped above.
    // Review packages run no code: no judge when there is nothing else to check.
    Judge judge =
        dirs.stream()
                .allMatch(
                    d ->
                        ReviewLoader.isReviewPackage(d)
                            || WorkspaceLoader.isWorkspacePackage(d)
                            || TakeHomeLoader.isTakeHomePackage(d))
            ? null
            : Workspace.judge(spec.commandLine().getErr(), 1);
    if (jobs == 1 || dirs.size() < 2) {
      dirs.forEach(dir -> checkPackage(judge, dir, out));
    } else {
      checkConcurrently(judge, dirs, out);
    }
    List<ProblemPackage> inOrder = new ArrayList<>(checkedPackages);
    inOrder.sort(Comparator.comparing(ProblemPackage::id));
    checkedPackages.clear();
    checkedPackages.addAll(inOrder);
    checkContent(out);
    out.println("check: " + passed + " passed, " + failed + " failed");
    out.flush();
    return failed.get() == 0 ? 0 : Onsite.EXIT_FAILURE;
  }

  /**
   * Check {@code jobs} packages at a time; each package's rows are printed together, in the order
   * the packages were given, as soon as it and the ones before it are done.
   */
  private void checkConcurrently(Judge judge, List<Path> dirs, PrintWriter out)
      throws InterruptedException {
    var pool = Executors.newFixedThreadPool(jobs);
    try {
      List<Future<String>> rows = new ArrayList<>();
      for (Path dir : dirs) {
        rows.add(
            pool.submit(
                () -> {
                  StringWriter buffer = new StringWriter();
                  checkPackage(judge, dir, new PrintWriter(buffer));
                  return buffer.toString();
                }));
      }
      for (var row : rows) {
        try {
          out.print(row.get());
        } catch (ExecutionException e) {
          failed.incrementAndGet();
          out.println(Terminal.red("FAIL") + "  " + e.getCause());
        }
        out.flush();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Check the content files (card decks and the spoken rounds' files: a row each), and, when run
   * from a repository with problems too, the links between them: every reported question's practice
   * ids name a package under problems/, and every package's companies name a company under
   * content/.
   *
   * @throws UserException when {@code --content} names a directory that is not there
   */
  private void checkContent(PrintWriter out) {
    Path content = this.content == null ? Path.of("content") : this.content;
    Path problems = Workspace.problemsDir();
    if (!Files.isDirectory(content)) {
      if (this.content != null) {
        throw new UserException(
            content + ": no such directory (--content names the content files)");
      }
      return;
    }
    Catalog catalog = Catalog.load(content, List.of());
    Set<String> spokenFiles = checkSpoken(out, catalog);
    List<ContentProblem> schemaProblems =
        catalog.problems().stream().filter(p -> !spokenFiles.contains(p.file())).toList();
    for (var problem : schemaProblems) {
      row(out, deckOf(problem.file()), "schema", "valid", "invalid", false, problem.toString());
    }
    for (var deck : catalog.decks()) {
      row(
          out,
          "cards/" + deck.id(),
          "deck",
          "valid",
          "valid",
          true,
          deck.cards().size() + " cards");
    }
    if (!Files.isDirectory(problems)) {
      return;
    }
    Set<String> problemIds = new TreeSet<>();
    try (var dirs = Files.list(problems)) {
      dirs.filter(d -> Files.isRegularFile(d.resolve("problem.yaml")))
          .forEach(d -> problemIds.add(d.getFileName().toString()));
    } catch (IOException e) {
      row(out, "content", "links", "resolve", "unreadable", false, e.getMessage());
      return;
    }
    // Companies' practice links may name review packages too.
    Path reviews = Path.of("reviews");
    if (Files.isDirectory(reviews)) {
      try (var dirs = Files.list(reviews)) {
        dirs.filter(ReviewLoader::isReviewPackage)
            .forEach(d -> problemIds.add(d.getFileName().toString()));
      } catch (IOException e) {
        row(out, "content", "links", "resolve", "unreadable", false, e.getMessage());
        return;
      }
    }
    // And workspace packages.
    Path workspaces = WorkspaceCommand.workspacesDir();
    if (Files.isDirectory(workspaces)) {
      try (var dirs = Files.list(workspaces)) {
        dirs.filter(WorkspaceLoader::isWorkspacePackage)
            .forEach(d -> problemIds.add(d.getFileName().toString()));
      } catch (IOException e) {
        row(out, "content", "links", "resolve", "unreadable", false, e.getMessage());
        return;
      }
    }
    // And take-homes.
    Path takehomes = TakeHomeCommand.takehomesDir();
    if (Files.isDirectory(takehomes)) {
      try (var dirs = Files.list(takehomes)) {
        dirs.filter(TakeHomeLoader::isTakeHomePackage)
            .forEach(d -> problemIds.add(d.getFileName().toString()));
      } catch (IOException e) {
        row(out, "content", "links", "resolve", "unreadable", false, e.getMessage());
        return;
      }
    }
    List<UnresolvedLink> unresolved = catalog.unresolvedLinks(problemIds);
    for (UnresolvedLink link : unresolved) {
      row(
          out,
          "content",
          "practice link " + link.problemId(),
          "package",
          "missing",
          false,
          link.origin() + ": " + link.from());
    }
    int companyLinks = 0;
    for (ProblemPackage pkg : checkedPackages) {
      for (String company : pkg.metadata().companies()) {
        companyLinks++;
        if (catalog.directory().byId(company).isEmpty()) {
          row(
              out,
              pkg.id(),
              "company " + company,
              "known",
              "unknown",
              false,
              "problem.yaml names company '"
                  + company
                  + "' but content/companies/"
                  + company
                  + ".yaml does not exist");
        }
      }
    }
    for (ReviewPackage review : checkedReviews) {
      for (String company : review.companies()) {
        companyLinks++;
        if (catalog.directory().byId(company).isEmpty()) {
          row(
              out,
              review.id(),
              "company " + company,
              "known",
              "unknown",
              false,
              "review.yaml names company '"
                  + company
                  + "' but content/companies/"
                  + company
                  + ".yaml does not exist");
        }
      }
    }
    for (WorkspacePackage workspace : checkedWorkspaces) {
      for (String company : workspace.companies()) {
        companyLinks++;
        if (catalog.directory().byId(company).isEmpty()) {
          row(
              out,
              workspace.id(),
              "company " + company,
              "known",
              "unknown",
              false,
              "workspace.yaml names company '"
                  + company
                  + "' but content/companies/"
                  + company
                  + ".yaml does not exist");
        }
      }
    }
    for (TakeHomePackage takeHome : checkedTakeHomes) {
      for (String company : takeHome.companies()) {
        companyLinks++;
        if (catalog.directory().byId(company).isEmpty()) {
          row(
              out,
              takeHome.id(),
              "company " + company,
              "known",
              "unknown",
              false,
              "takehome.yaml names company '"
                  + company
                  + "' but content/companies/"
                  + company
                  + ".yaml does not exist");
        }
      }
    }
    if (unresolved.isEmpty() && schemaProblems.isEmpty()) {
      row(
          out,
          "content",
          "links",
          "resolve",
          "resolve",
          true,
          catalog.companies().size()
              + " companies, links to "
              + problemIds.size()
              + " packages, "
              + companyLinks
              + " company links from checked packages");
    }
  }

  /** {@code cards/NAME} for a problem in a card deck, else {@code content}. */
  private static String deckOf(String file) {
    Path path = Path.of(file);
    Path parent = path.getParent();
    if (parent != null
        && parent.getFileName() != null
        && parent.getFileName().toString().equals("cards")) {
      String name = path.getFileName().toString();
      return "cards/" + name.substring(0, Math.max(0, name.lastIndexOf('.')));
    }
    return "content";
  }

  /**
   * A directory of review or workspace packages (such as reviews/, workspaces/) stands for the
   * packages in it.
   */
  private static List<Path> expand(List<Path> dirs) {
    List<Path> out = new ArrayList<>();
    for (Path dir : dirs) {
      if (Files.isDirectory(dir)
          && !Files.isRegularFile(dir.resolve("problem.yaml"))
          && !ReviewLoader.isReviewPackage(dir)
          && !WorkspaceLoader.isWorkspacePackage(dir)
          && !TakeHomeLoader.isTakeHomePackage(dir)) {
        try (var children = Files.list(dir)) {
          List<Path> reviews =
              children
                  .filter(
                      d ->
                          ReviewLoader.isReviewPackage(d)
                              || WorkspaceLoader.isWorkspacePackage(d)
                              || TakeHomeLoader.isTakeHomePackage(d))
                  .sorted()
                  .toList();
          if (!reviews.isEmpty()) {
            out.addAll(reviews);
            continue;
          }
        } catch (IOException e) {
          // Reported as an invalid package below.
        }
      }
      out.add(dir);
    }
    return out;
  }

  /**
   * Check a code review package: its files, that every full review scores 100 and every weak one
   * scores below the pass mark.
   */
  private void checkReview(Path dir, PrintWriter out) {
    String name = dir.getFileName() == null ? dir.toString() : dir.getFileName().toString();
    ReviewPackage pkg;
    try {
      pkg = ReviewLoader.load(dir);
    } catch (PackageException e) {
      row(out, name, "package", "valid", "invalid", false, e.getMessage());
      return;
    }
    checkedReviews.add(pkg);
    long categories = pkg.defects().stream().map(Defect::category).distinct().count();
    boolean major = pkg.defects().stream().anyMatch(d -> d.severity() >= 2);
    int count = pkg.defects().size();
    boolean shape = count >= 3 && count <= 7 && categories >= 2 && major;
    row(
        out,
        name,
        "review package",
        "valid",
        shape ? "valid" : "invalid",
        shape,
        shape
            ? count + " defects in " + categories + " categories, " + pkg.code().size() + " files"
            : "defects.yaml: plant 3-7 defects in at least two categories, at least one of"
                + " severity 2 or 3 (has "
                + count
                + " in "
                + categories
                + (major ? "" : ", none major")
                + ")");
    if (pkg.full().isEmpty()) {
      row(out, name, "full/*", "present", "missing", false, "ship a review that scores 100");
    }
    if (pkg.weak().isEmpty()) {
      row(
          out,
          name,
          "weak/*",
          "present",
          "missing",
          false,
          "ship a weak review that scores below the pass mark");
    }
    for (Path file : pkg.full()) {
      reviewRow(out, pkg, file, true);
    }
    for (Path file : pkg.weak()) {
      reviewRow(out, pkg, file, false);
    }
  }

  /** A judge for Java workspaces and one for Python ones (which needs Python with pytest). */
  private final Map<Boolean, WorkspaceJudge> workspaceJudges = new HashMap<>();

  private synchronized WorkspaceJudge workspaceJudge(WorkspacePackage pkg) {
    return workspaceJudges.computeIfAbsent(
        pkg.isJava(), java -> WorkspaceCommand.judge(spec.commandLine().getErr(), pkg));
  }

  /**
   * Check a workspace package: it loads; the starter fails the hidden tests (debugging) or passes
   * them and misses a target (refactoring, ai-assisted); every accepted submission is accepted and
   * every wrong one is caught.
   */
  private void checkWorkspace(Path dir, PrintWriter out) {
    String name = dir.getFileName() == null ? dir.toString() : dir.getFileName().toString();
    WorkspacePackage pkg;
    try {
      pkg = WorkspaceLoader.load(dir);
    } catch (PackageException e) {
      row(out, name, "workspace package", "valid", "invalid", false, e.getMessage());
      return;
    }
    checkedWorkspaces.add(pkg);
    row(
        out,
        name,
        "workspace package",
        "valid",
        "valid",
        true,
        pkg.round().id()
            + ", "
            + pkg.tree().size()
            + " files, "
            + pkg.visibleTests().size()
            + " visible and "
            + pkg.hidden().keySet().stream().filter(WorkspacePackage::isTestFile).count()
            + " hidden test files");
    WorkspaceJudge judge = workspaceJudge(pkg);
    WorkspaceResult starter;
    try {
      starter = judge.judgeStarter(pkg);
    } catch (WorkspaceException e) {
      row(out, name, "starter", "judged", "invalid", false, e.getMessage());
      return;
    }
    if (pkg.round().starterPasses()) {
      boolean ok = starter.testsGreen() && !starter.verdict().accepted();
      row(
          out,
          name,
          "starter",
          "green+miss",
          starter.testsGreen() ? (ok ? "green+miss" : "AC") : starter.verdict().name(),
          ok,
          ok
              ? starter.summary()
              : starter.testsGreen()
                  ? "the starter already meets every target: tighten them ("
                      + starter.summary()
                      + ")"
                  : "the starter must pass its tests: " + failingNames(starter));
    } else {
      boolean hiddenFails = starter.failing().stream().anyMatch(WorkspaceTest::hidden);
      row(
          out,
          name,
          "starter",
          "fails",
          hiddenFails ? "fails" : starter.verdict().name(),
          hiddenFails,
          hiddenFails
              ? starter.summary() + "; failing: " + failingNames(starter)
              : "the starter must fail a hidden test (plant the bugs): " + starter.summary());
    }
    if (pkg.accepted().isEmpty()) {
      row(out, name, "accepted/*", "present", "missing", false, "ship a reference fix");
    }
    if (pkg.wrong().isEmpty()) {
      row(out, name, "wrong/*", "present", "missing", false, "ship a wrong fix that is caught");
    }
    for (Path sub : pkg.accepted()) {
      workspaceRow(out, pkg, judge, sub, true);
    }
    for (Path sub : pkg.wrong()) {
      workspaceRow(out, pkg, judge, sub, false);
    }
  }

  /** The seeds a take-home's finders are checked on. */
  static final List<Long> TAKE_HOME_SEEDS = List.of(1L, 2L, 3L);

  private TakeHomeJudge takeHomeJudge;

  private synchronized TakeHomeJudge takeHomeJudge() {
    if (takeHomeJudge == null) {
      takeHomeJudge = TakeHomeCommand.judge(spec.commandLine().getErr());
    }
    return takeHomeJudge;
  }

  /**
   * Check a take-home package: it loads; its generator is deterministic per seed, differs across
   * seeds and injects every fault kind; every accepted finder is at full marks on each of {@link
   * #TAKE_HOME_SEEDS}; every wrong finder falls short on the kinds its {@code # misses:} line
   * names.
   */
  private void checkTakeHome(Path dir, PrintWriter out) {
    String name = dir.getFileName() == null ? dir.toString() : dir.getFileName().toString();
    TakeHomePackage pkg;
    try {
      pkg = TakeHomeLoader.load(dir);
    } catch (PackageException e) {
      row(out, name, "takehome package", "valid", "invalid", false, e.getMessage());
      return;
    }
    checkedTakeHomes.add(pkg);
    row(
        out,
        name,
        "takehome package",
        "valid",
        "valid",
        true,
        pkg.faults().size()
            + " fault kinds, rubric "
            + String.join("/", pkg.rubric().stream().map(p -> "" + p.weight()).toList())
            + ", "
            + pkg.hours()
            + " h");
    TakeHomeJudge judge = takeHomeJudge();
    List<Dataset> datasets = new ArrayList<>();
    Dataset again;
    try {
      for (long seed : TAKE_HOME_SEEDS) {
        datasets.add(judge.generate(pkg, seed));
      }
      again = judge.generate(pkg, TAKE_HOME_SEEDS.getFirst());
    } catch (TakeHomeException e) {
      row(out, name, "generator", "works", "fails", false, e.getMessage());
      return;
    }
    boolean same = again.fingerprint().equals(datasets.getFirst().fingerprint());
    long distinct = datasets.stream().map(Dataset::fingerprint).distinct().count();
    List<String> absent = new ArrayList<>();
    for (Dataset d : datasets) {
      for (var kind : pkg.faults()) {
        if (d.key().getOrDefault(kind.id(), java.util.Set.of()).isEmpty()) {
          absent.add(kind.id() + " (seed " + d.seed() + ")");
        }
      }
    }
    long largest = datasets.stream().mapToLong(Dataset::bytes).max().orElse(0);
    boolean ok = same && distinct == datasets.size() && absent.isEmpty();
    row(
        out,
        name,
        "generator",
        "determ.",
        ok ? "determ." : "broken",
        ok,
        !same
            ? "seed "
                + TAKE_HOME_SEEDS.getFirst()
                + " gave two different datasets: seed every random source from --seed"
            : distinct != datasets.size()
                ? "seeds " + TAKE_HOME_SEEDS + " gave equal datasets: use the seed"
                : !absent.isEmpty()
                    ? "no fault injected: " + String.join(", ", absent)
                    : "same per seed, differs across seeds "
                        + TAKE_HOME_SEEDS
                        + ", every kind injected; largest "
                        + largest / 1024
                        + " KB");
    if (pkg.accepted().isEmpty()) {
      row(out, name, "accepted/*", "present", "missing", false, "ship a reference finder");
    }
    if (pkg.wrong().isEmpty()) {
      row(out, name, "wrong/*", "present", "missing", false, "ship a wrong finder that is caught");
    }
    for (Path file : pkg.accepted()) {
      String label = pkg.root().relativize(file).toString().replace("submissions/", "");
      String got = "100";
      String detail = "full marks on seeds " + TAKE_HOME_SEEDS;
      boolean all = true;
      for (Dataset d : datasets) {
        TakeHomeResult r;
        try {
          r = takeHome(judge, pkg, d, file);
        } catch (UserException e) {
          all = false;
          got = "invalid";
          detail = e.getMessage();
          break;
        }
        if (!r.verdict().accepted()) {
          all = false;
          got = String.format(java.util.Locale.ROOT, "%.1f", r.score());
          detail = "seed " + d.seed() + ": " + r.summary();
          break;
        }
      }
      row(out, name, label, "100", got, all, detail);
    }
    for (TakeHomePackage.WrongFinder wrong : pkg.wrong()) {
      String label = pkg.root().relativize(wrong.file()).toString().replace("submissions/", "");
      Dataset d = datasets.getFirst();
      TakeHomeResult r;
      try {
        r = takeHome(judge, pkg, d, wrong.file());
      } catch (UserException e) {
        row(out, name, label, "caught", "invalid", false, e.getMessage());
        continue;
      }
      List<String> notMissed =
          wrong.misses().stream().filter(k -> r.kind(k).map(s -> s.full()).orElse(false)).toList();
      boolean caught = !r.kinds().isEmpty() && notMissed.isEmpty();
      row(
          out,
          name,
          label,
          "caught",
          caught ? "caught" : r.verdict().name(),
          caught,
          caught
              ? "short on " + String.join(", ", wrong.misses()) + "; " + r.summary()
              : r.kinds().isEmpty()
                  ? "its findings were not graded: " + r.summary()
                  : "full marks on " + String.join(", ", notMissed) + ", which '# misses:' names");
    }
  }

  /**
   * Judge a shipped finder on {@code dataset}.
   *
   * @throws UserException naming the file when it cannot be read or judged
   */
  private static TakeHomeResult takeHome(
      TakeHomeJudge judge, TakeHomePackage pkg, Dataset dataset, Path file) {
    try {
      return judge.judge(pkg, dataset, Files.readString(file));
    } catch (IOException | TakeHomeException e) {
      throw new UserException(file.getFileName() + ": " + e.getMessage());
    }
  }

  private static String failingNames(WorkspaceResult r) {
    List<String> names = r.failing().stream().map(WorkspaceTest::id).limit(4).toList();
    return names.isEmpty() ? "none" : String.join(", ", names);
  }

  private void workspaceRow(
      PrintWriter out, WorkspacePackage pkg, WorkspaceJudge judge, Path sub, boolean accepted) {
    String label = pkg.root().relativize(sub).toString().replace("submissions/", "");
    String expected = accepted ? "AC" : "caught";
    WorkspaceResult result;
    try {
      result = judge.judgeSubmission(pkg, sub);
    } catch (WorkspaceException e) {
      row(out, pkg.id(), label, expected, "invalid", false, e.getMessage());
      return;
    }
    boolean ok = accepted == result.verdict().accepted();
    String detail = result.summary();
    if (!result.failing().isEmpty()) {
      detail += "; failing: " + failingNames(result);
    }
    row(out, pkg.id(), label, expected, result.verdict().name(), ok, detail);
  }

  private void reviewRow(PrintWriter out, ReviewPackage pkg, Path file, boolean full) {
    String label = pkg.root().relativize(file).toString().replace("submissions/", "");
    String expected = full ? "100" : "<" + pkg.passMark();
    ReviewResult result;
    try {
      result = ReviewGrader.grade(pkg, ReviewLoader.readReview(pkg, file));
    } catch (ReviewException e) {
      row(out, pkg.id(), label, expected, "invalid", false, e.getMessage());
      return;
    }
    boolean ok = full ? result.score() >= 100 - 1e-9 : result.score() < pkg.passMark();
    String got = String.format(java.util.Locale.ROOT, "%.1f", result.score());
    String detail =
        result.caught()
            + "/"
            + result.defects().size()
            + " defects, precision "
            + String.format(java.util.Locale.ROOT, "%.2f", result.precision());
    if (full && !ok) {
      detail +=
          "; missed "
              + String.join(
                  ", ",
                  result.defects().stream()
                      .filter(d -> !d.caught())
                      .map(d -> d.defect().id())
                      .toList());
    }
    row(out, pkg.id(), label, expected, got, ok, detail);
  }

  /**
   * A row per file of the spoken rounds (design prompts, behavioral questions, values, deep-dive
   * follow-ups): what loaded, or the file's first problem.
   *
   * @return the files reported here, so that their problems are not reported again
   */
  private Set<String> checkSpoken(PrintWriter out, Catalog catalog) {
    Set<String> files = new TreeSet<>();
    for (CheckedFile file : catalog.spoken().files()) {
      files.add(file.file());
      String name = Path.of(file.file()).getFileName().toString();
      if (file.ok()) {
        row(out, "content", file.kind() + " " + name, "valid", "valid", true, file.summary());
      } else {
        int more = file.problems().size() - 1;
        row(
            out,
            "content",
            file.kind() + " " + name,
            "valid",
            "invalid",
            false,
            file.problems().getFirst() + (more > 0 ? " (and " + more + " more)" : ""));
      }
    }
    return files;
  }

  private void checkPackage(Judge judge, Path dir, PrintWriter out) {
    if (ReviewLoader.isReviewPackage(dir)) {
      checkReview(dir, out);
      return;
    }
    if (WorkspaceLoader.isWorkspacePackage(dir)) {
      checkWorkspace(dir, out);
      return;
    }
    if (TakeHomeLoader.isTakeHomePackage(dir)) {
      checkTakeHome(dir, out);
      return;
    }
    String name = dir.getFileName() == null ? dir.toString() : dir.getFileName().toString();
    ProblemPackage pkg;
    try {
      pkg = PackageLoader.load(dir);
      judge.validate(pkg);
    } catch (PackageException e) {
      row(out, name, "package", "valid", "invalid", false, e.getMessage());
      return;
    }
    checkedPackages.add(pkg);
    row(
        out,
        name,
        "package",
        "valid",
        "valid",
        true,
        pkg.tests().size() + " tests, time limit " + judge.timeLimit(pkg) + " s");
    if (pkg.onsite()) {
      for (Language language : pkg.languages()) {
        boolean hasAccepted =
            pkg.submissions().stream()
                .anyMatch(
                    s ->
                        s.expected() == Verdict.AC
                            && Language.byFile(s.path()).orElse(null) == language);
        if (!hasAccepted) {
          row(
              out,
              name,
              "accepted/*" + language.extension(),
              "AC",
              "missing",
              false,
              "the package lists "
                  + language.id()
                  + " but has no reference solution in submissions/accepted/");
        }
        if (!pkg.starters().containsKey(language)) {
          row(
              out,
              name,
              "starter/*" + language.extension(),
              "present",
              "missing",
              false,
              "the package lists " + language.id() + " but has no starter code in starter/");
        }
      }
      if (pkg.submissions().stream().noneMatch(s -> s.expected() != Verdict.AC)) {
        row(
            out,
            name,
            "wrong_answer/*",
            "present",
            "missing",
            false,
            "every package ships at least one known-wrong solution");
      }
    }
    for (SubmissionFile submission : pkg.submissions()) {
      Language language = Language.byFile(submission.path()).orElseThrow();
      String label =
          pkg.root().relativize(submission.path()).toString().replace("submissions/", "");
      String source;
      try {
        source = JudgeCommand.readSource(submission.path());
      } catch (Exception e) {
        row(out, name, label, submission.expected().name(), "unreadable", false, e.getMessage());
        continue;
      }
      JudgeReport report;
      try {
        report = judge.judge(pkg, language, source, JudgeListener.NONE);
      } catch (PackageException e) {
        row(out, name, label, submission.expected().name(), "JE", false, e.getMessage());
        continue;
      }
      boolean ok =
          submission.expected() == Verdict.AC
              ? report.verdict() == Verdict.AC
              : report.tests().stream().anyMatch(t -> t.verdict() == submission.expected())
                  && report.verdict() != Verdict.JE
                  && report.verdict() != Verdict.CE;
      String detail = detail(report, submission.expected());
      row(out, name, label, submission.expected().name(), report.verdict().name(), ok, detail);
    }
  }

  private static String detail(JudgeReport report, Verdict expected) {
    if (report.verdict() == Verdict.CE) {
      return report.compile().message().lines().findFirst().orElse("");
    }
    long passedTests = report.tests().stream().filter(t -> t.verdict() == Verdict.AC).count();
    String summary =
        passedTests + "/" + report.tests().size() + " tests, max " + report.maxTimeMs() + " ms";
    if (expected == Verdict.AC) {
      TestResult failure = report.firstFailure();
      if (failure != null) {
        return summary
            + "; "
            + failure.name()
            + ": "
            + failure.message().lines().findFirst().orElse("");
      }
      return summary;
    }
    return report.tests().stream()
        .filter(t -> t.verdict() == expected)
        .findFirst()
        .map(t -> summary + "; caught by " + t.name())
        .orElse(summary + "; no test gave " + expected);
  }

  private void row(
      PrintWriter out,
      String pkg,
      String what,
      String expected,
      String got,
      boolean ok,
      String detail) {
    if (ok) {
      passed.incrementAndGet();
    } else {
      failed.incrementAndGet();
    }
    out.println(
        (ok ? Terminal.green("PASS") : Terminal.red("FAIL"))
            + "  "
            + Terminal.pad(pkg, 28)
            + " "
            + Terminal.pad(what, 42)
            + " "
            + Terminal.pad(expected, 8)
            + " "
            + Terminal.pad(got, 8)
            + " "
            + Terminal.dim(detail));
    out.flush();
  }
}
