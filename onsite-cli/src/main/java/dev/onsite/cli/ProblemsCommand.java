package dev.onsite.cli;

import dev.onsite.judge.lang.Language;
import dev.onsite.judge.problem.Metadata;
import dev.onsite.judge.problem.ProblemPackage;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** List the practice items Onsite ships. */
@Command(name = "problems", description = "List the practice problems.")
final class ProblemsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--json", description = "Print a JSON array.")
  boolean json;

  @Option(
      names = "--dir",
      paramLabel = "DIR",
      description = "Where the problem packages are (default: problems).")
  Path dir;

  @Option(
      names = "--pattern",
      arity = "0..1",
      fallbackValue = PatternTable.ALL,
      paramLabel = "PATTERN",
      description =
          "Alone: progress per algorithmic pattern (solved, attempted, failed, median time to AC)."
              + " With a pattern id: only the problems that drill it.")
  String pattern;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "With --pattern: the local database's directory (default: ~/.onsite).")
  Path data;

  @Override
  public Integer call() throws Exception {
    Path root = dir != null ? dir : Workspace.problemsDir();
    List<ProblemPackage> packages = Workspace.packages(root, spec.commandLine().getErr());
    var out = spec.commandLine().getOut();
    if (PatternTable.ALL.equals(pattern)) {
      return new PatternTable(packages, data, spec.commandLine().getErr()).print(out, json);
    }
    if (pattern != null) {
      if (!Metadata.PATTERNS.contains(pattern)) {
        throw new UserException(
            "unknown pattern '"
                + pattern
                + "' (known: "
                + String.join(", ", Metadata.PATTERNS)
                + ")");
      }
      packages = packages.stream().filter(p -> p.metadata().patterns().contains(pattern)).toList();
    }
    if (json) {
      out.println(
          Reports.JSON.writeValueAsString(packages.stream().map(p -> toJson(p, root)).toList()));
      return 0;
    }
    int width = Math.max(2, packages.stream().mapToInt(p -> p.id().length()).max().orElse(2));
    out.println(
        Terminal.bold(
            Terminal.pad("ID", width)
                + "  "
                + Terminal.pad("ROUND", 13)
                + Terminal.pad("LEVEL", 6)
                + Terminal.pad("DIFFICULTY", 11)
                + Terminal.pad("LANGUAGES", 13)
                + "TITLE"));
    for (ProblemPackage p : packages) {
      out.println(
          Terminal.pad(p.id(), width)
              + "  "
              + Terminal.pad(p.metadata().round(), 13)
              + Terminal.pad(String.valueOf(levels(p)), 6)
              + Terminal.pad(p.metadata().difficulty(), 11)
              + Terminal.pad(
                  String.join(",", p.languages().stream().map(Language::id).toList()), 13)
              + p.title());
    }
    out.println(packages.size() + " problems");
    return 0;
  }

  static int levels(ProblemPackage p) {
    return Math.max(1, p.levels().size());
  }

  static Map<String, Object> toJson(ProblemPackage p, Path root) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", p.id());
    out.put("path", root.resolve(p.id()).toString());
    out.put("round", p.metadata().round());
    out.put("title", p.title());
    out.put("difficulty", p.metadata().difficulty());
    out.put("levels", levels(p));
    out.put("languages", p.languages().stream().map(Language::id).toList());
    out.put("tags", p.metadata().tags());
    out.put("companies", p.metadata().companies());
    out.put("kind", p.kind().name().toLowerCase(java.util.Locale.ROOT));
    out.put("minutes", p.metadata().minutes());
    out.put("patterns", p.metadata().patterns());
    out.put("task", p.metadata().task());
    return out;
  }
}
