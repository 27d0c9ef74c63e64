package dev.onsite.cli;

import dev.onsite.judge.problem.PackageException;
import dev.onsite.judge.takehome.Dataset;
import dev.onsite.judge.takehome.KindScore;
import dev.onsite.judge.takehome.RubricScore;
import dev.onsite.judge.takehome.TakeHomeException;
import dev.onsite.judge.takehome.TakeHomeJson;
import dev.onsite.judge.takehome.TakeHomeJudge;
import dev.onsite.judge.takehome.TakeHomeLoader;
import dev.onsite.judge.takehome.TakeHomePackage;
import dev.onsite.judge.takehome.TakeHomeResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

/**
 * Practise a data-validation take-home locally: start one (a fresh dataset from a seed), write a
 * finder, submit it against the same seed.
 */
@Command(
    name = "takehome",
    description =
        "Practise a data-validation take-home: list, start ID DIR, then submit DIR FINDER.py.",
    subcommands = {
      TakeHomeCommand.ListPackages.class,
      TakeHomeCommand.Start.class,
      TakeHomeCommand.Submit.class
    })
final class TakeHomeCommand {

  /** The file {@code start} writes in the directory: the package and the seed. */
  static final String MARKER = ".onsite-takehome";

  static Path takehomesDir() {
    return Path.of("takehomes");
  }

  static TakeHomePackage load(Path dir) {
    try {
      return TakeHomeLoader.load(dir);
    } catch (PackageException e) {
      throw new UserException(e.getMessage());
    }
  }

  /** A take-home judge on the best sandbox here. */
  static TakeHomeJudge judge(PrintWriter err) {
    return new TakeHomeJudge(
        WorkspaceCommand.sandbox(err), WorkspaceCommand.python("python3-pandas"));
  }

  /** Every take-home package below {@code dir}; broken ones are reported on {@code err}. */
  static List<TakeHomePackage> packages(Path dir, PrintWriter err) {
    return Workspace.packagesBelow(
        dir, TakeHomeLoader::isTakeHomePackage, TakeHomeLoader::load, err);
  }

  @Command(name = "list", description = "List the take-home packages.")
  static final class ListPackages implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--json", description = "Print a JSON array.")
    boolean json;

    @Override
    public Integer call() throws IOException {
      List<TakeHomePackage> packages = packages(takehomesDir(), spec.commandLine().getErr());
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        out.println(
            Reports.JSON.writeValueAsString(
                packages.stream()
                    .map(
                        p -> {
                          Map<String, Object> m = TakeHomeJson.summary(p);
                          m.put("path", takehomesDir().resolve(p.id()).toString());
                          return m;
                        })
                    .toList()));
        out.flush();
        return 0;
      }
      int width = Math.max(2, packages.stream().mapToInt(p -> p.id().length()).max().orElse(2));
      out.println(
          Terminal.bold(
              Terminal.pad("ID", width)
                  + "  "
                  + Terminal.pad("DIFFICULTY", 11)
                  + Terminal.pad("HOURS", 6)
                  + Terminal.pad("FAULTS", 7)
                  + "TITLE"));
      for (TakeHomePackage p : packages) {
        out.println(
            Terminal.pad(p.id(), width)
                + "  "
                + Terminal.pad(p.difficulty(), 11)
                + Terminal.pad(String.valueOf(p.hours()), 6)
                + Terminal.pad(String.valueOf(p.faults().size()), 7)
                + p.title());
      }
      out.println(
          packages.size() + " take-home packages; start one: ./onsite takehome start ID DIR");
      out.flush();
      return 0;
    }
  }

  @Command(
      name = "start",
      description =
          "Generate a fresh dataset of take-home ID into DIR/dataset, with STATEMENT.md and a"
              + " starter finder.py; the seed is kept in DIR/"
              + MARKER
              + ".")
  static final class Start implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "A take-home id or its directory.")
    String id;

    @Parameters(index = "1", paramLabel = "DIR", description = "A new or empty directory.")
    Path dir;

    @Option(
        names = "--seed",
        paramLabel = "N",
        description = "The dataset's seed (default: a random one).")
    Long seed;

    @Override
    public Integer call() throws IOException {
      Path pkgDir = Files.isDirectory(Path.of(id)) ? Path.of(id) : takehomesDir().resolve(id);
      if (!TakeHomeLoader.isTakeHomePackage(pkgDir)) {
        throw new UserException(
            "no take-home '"
                + id
                + "' (looked for "
                + pkgDir.resolve("takehome.yaml")
                + "; ./onsite takehome list shows the ids)");
      }
      TakeHomePackage pkg = load(pkgDir);
      WorkspaceCommand.requireNewOrEmpty(dir);
      long s = seed != null ? seed : new SecureRandom().nextInt(1, Integer.MAX_VALUE);
      Dataset dataset;
      try {
        dataset = judge(spec.commandLine().getErr()).generate(pkg, s);
      } catch (TakeHomeException e) {
        throw new UserException(e.getMessage());
      }
      Path data = dir.resolve("dataset");
      Files.createDirectories(data);
      for (var e : dataset.files().entrySet()) {
        Path target = data.resolve(e.getKey());
        Files.createDirectories(target.getParent());
        Files.write(target, e.getValue());
      }
      Files.writeString(dir.resolve("STATEMENT.md"), pkg.statement());
      Files.writeString(dir.resolve("finder.py"), starter(pkg));
      Map<String, Object> marker = new LinkedHashMap<>();
      marker.put("package", pkg.root().toString());
      marker.put("id", pkg.id());
      marker.put("seed", s);
      marker.put("started_at", Instant.now().toString());
      marker.put("hours", pkg.hours());
      Files.writeString(dir.resolve(MARKER), Reports.JSON.writeValueAsString(marker));
      PrintWriter out = spec.commandLine().getOut();
      out.println(
          "started "
              + pkg.id()
              + " ("
              + pkg.hours()
              + " h) in "
              + dir
              + ": seed "
              + s
              + ", "
              + dataset.files().size()
              + " dataset files, "
              + dataset.bytes() / 1024
              + " KB");
      out.println(
          "read "
              + dir.resolve("STATEMENT.md")
              + ", edit "
              + dir.resolve("finder.py")
              + ", then: ./onsite takehome submit "
              + dir
              + " "
              + dir.resolve("finder.py"));
      out.flush();
      return 0;
    }
  }

  /** A finder that reads nothing and finds nothing, naming the kinds to look for. */
  static String starter(TakeHomePackage pkg) {
    StringBuilder s = new StringBuilder();
    s.append("\"\"\"Find the faults in the dataset: python3 finder.py DATASET_DIR.\"\"\"\n\n");
    s.append("import json\nimport os\nimport sys\n\nimport pandas as pd\n\n");
    s.append("data = sys.argv[1]\nfindings = []\n");
    for (var f : pkg.faults()) {
      s.append("# findings.append({\"kind\": \"")
          .append(f.id())
          .append("\", \"ids\": [...], \"note\": \"...\"})\n");
    }
    s.append("print(json.dumps(findings))\n");
    return s.toString();
  }

  @Command(
      name = "submit",
      description =
          "Judge FINDER (a Python file) on the dataset of the take-home started in DIR, with its"
              + " seed, and print the report.")
  static final class Submit implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(
        index = "0",
        paramLabel = "DIR",
        description = "A directory 'takehome start' wrote.")
    Path dir;

    @Parameters(index = "1", paramLabel = "FINDER", description = "The finder, a .py file.")
    Path file;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() throws IOException {
      Path marker = dir.resolve(MARKER);
      if (!Files.isRegularFile(marker)) {
        throw new UserException(
            dir
                + ": no "
                + MARKER
                + " file; start a take-home first: ./onsite takehome start ID DIR");
      }
      String pkgPath;
      long seed;
      Instant started;
      try {
        JsonNode node = Reports.JSON.readTree(Files.readString(marker));
        pkgPath = node.path("package").asString("");
        if (!node.path("seed").isIntegralNumber()) {
          throw new IllegalArgumentException("no seed");
        }
        seed = node.path("seed").asLong();
        started = Instant.parse(node.path("started_at").asString(""));
      } catch (RuntimeException e) {
        throw new UserException(marker + ": not the JSON 'takehome start' wrote; start again");
      }
      if (pkgPath.isEmpty() || !Files.isDirectory(Path.of(pkgPath))) {
        throw new UserException(marker + ": the package '" + pkgPath + "' is gone; start again");
      }
      if (!Files.isRegularFile(file)) {
        throw new UserException(file + ": no such file (give the finder, a .py file)");
      }
      if (!file.getFileName().toString().endsWith(".py")) {
        throw new UserException(file + ": a finder is a Python file ending in .py");
      }
      String source;
      try {
        source = JudgeCommand.readSource(file);
      } catch (RuntimeException e) {
        throw new UserException(file + ": " + e.getMessage());
      }
      TakeHomePackage pkg = load(Path.of(pkgPath));
      TakeHomeResult result;
      try {
        result = judge(spec.commandLine().getErr()).judge(pkg, seed, source);
      } catch (TakeHomeException e) {
        throw new UserException(e.getMessage());
      }
      PrintWriter out = spec.commandLine().getOut();
      long elapsed = Math.max(0, java.time.Duration.between(started, Instant.now()).toSeconds());
      if (json) {
        Map<String, Object> m = TakeHomeJson.result(pkg, result);
        m.put("started_at", started.toString());
        m.put("elapsed_s", elapsed);
        m.put("hours", pkg.hours());
        out.println(Reports.JSON.writeValueAsString(m));
      } else {
        out.print(human(result));
        out.printf(
            Locale.ROOT,
            "time: %.1f h since 'takehome start' of the %d h budget%s%n",
            elapsed / 3600.0,
            pkg.hours(),
            elapsed > pkg.hours() * 3600L ? Terminal.red(" (over)") : "");
      }
      out.flush();
      return 0;
    }
  }

  static String human(TakeHomeResult r) {
    StringBuilder s = new StringBuilder();
    s.append(
        String.format(
            Locale.ROOT,
            "%s  detection %.1f/100  %s  (seed %d, finder ran %.1f s)%n",
            r.verdict().accepted() ? Terminal.green("AC") : Terminal.red(r.verdict().name()),
            r.score(),
            r.summary(),
            r.seed(),
            r.wallMs() / 1000.0));
    if (!r.kinds().isEmpty()) {
      s.append(
          Terminal.bold(
              String.format(
                  Locale.ROOT,
                  "  %-26s %8s %8s %8s %9s %7s %6s%n",
                  "KIND",
                  "INJECTED",
                  "FLAGGED",
                  "CORRECT",
                  "PRECISION",
                  "RECALL",
                  "F1")));
    }
    for (KindScore k : r.kinds()) {
      s.append(
          String.format(
              Locale.ROOT,
              "  %-26s %8d %8d %8d %9.2f %7.2f %6.2f%n",
              k.kind().id(),
              k.injected(),
              k.flagged(),
              k.correct(),
              k.precision(),
              k.recall(),
              k.f1()));
      if (!k.missed().isEmpty()) {
        s.append(Terminal.dim("    missed e.g. " + String.join(", ", k.missed()))).append('\n');
      }
      if (!k.falseAlarms().isEmpty()) {
        s.append(Terminal.dim("    false alarms e.g. " + String.join(", ", k.falseAlarms())))
            .append('\n');
      }
    }
    s.append(Terminal.bold("Rubric")).append('\n');
    for (RubricScore part : r.rubric()) {
      String points =
          part.points().isPresent()
              ? String.format(
                  Locale.ROOT, "%5.1f/%d", part.points().getAsDouble(), part.part().weight())
              : String.format(Locale.ROOT, "    ?/%d", part.part().weight());
      s.append("  ")
          .append(points)
          .append("  ")
          .append(part.part().title())
          .append(
              part.points().isPresent()
                  ? Terminal.dim("  (graded)")
                  : Terminal.dim("  (self-review)"))
          .append('\n');
      for (String q : part.part().checklist()) {
        s.append("      [ ] ").append(q).append('\n');
      }
    }
    return s.toString();
  }
}
