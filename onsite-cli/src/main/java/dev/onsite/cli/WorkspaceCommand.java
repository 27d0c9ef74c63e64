package dev.onsite.cli;

import dev.onsite.judge.lang.Runtimes;
import dev.onsite.judge.problem.PackageException;
import dev.onsite.judge.sandbox.ProcessSandbox;
import dev.onsite.judge.sandbox.Sandbox;
import dev.onsite.judge.sandbox.Sandboxes;
import dev.onsite.judge.workspace.Overlay;
import dev.onsite.judge.workspace.TargetResult;
import dev.onsite.judge.workspace.WorkspaceException;
import dev.onsite.judge.workspace.WorkspaceJudge;
import dev.onsite.judge.workspace.WorkspaceLoader;
import dev.onsite.judge.workspace.WorkspacePackage;
import dev.onsite.judge.workspace.WorkspaceResult;
import dev.onsite.judge.workspace.WorkspaceTest;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

/** Practise a workspace round locally: open a package's starter in a directory, then submit it. */
@Command(
    name = "workspace",
    description =
        "Practise a debugging, refactoring or ai-assisted workspace: open ID DIR, then submit DIR.",
    subcommands = {WorkspaceCommand.Open.class, WorkspaceCommand.Submit.class})
final class WorkspaceCommand {

  /** The file {@code open} writes in the directory, naming the package; never submitted. */
  static final String MARKER = ".onsite-workspace";

  /** What {@code open} writes beside the starter files; left out of a submission. */
  static final Set<String> OPENED_EXTRAS = Set.of(MARKER, "logs", "STATEMENT.md");

  static Path workspacesDir() {
    return Path.of("workspaces");
  }

  static WorkspacePackage load(Path dir) {
    try {
      return WorkspaceLoader.load(dir);
    } catch (PackageException e) {
      throw new UserException(e.getMessage());
    }
  }

  /**
   * A workspace judge for {@code pkg} on the best sandbox here, warning on {@code err} when it is
   * not hardened. A Java workspace needs no Python.
   */
  static WorkspaceJudge judge(PrintWriter err, WorkspacePackage pkg) {
    Path python =
        pkg.isJava()
            ? Runtimes.detect().python().orElse(Path.of("/usr/bin/python3"))
            : python("python3-pytest");
    return new WorkspaceJudge(sandbox(err), python);
  }

  /** The best sandbox here, with a warning on {@code err} when it is not hardened. */
  static Sandbox sandbox(PrintWriter err) {
    Sandbox sandbox;
    try {
      sandbox = Sandboxes.detect();
    } catch (IllegalStateException e) {
      throw new UserException(e.getMessage());
    }
    if (!sandbox.hardened() && System.getenv("ONSITE_QUIET_SANDBOX") == null) {
      err.println(ProcessSandbox.WARNING);
    }
    return sandbox;
  }

  /** The Python 3 that runs candidates' code; {@code packages} names what else it needs. */
  static Path python(String packages) {
    return Runtimes.detect()
        .python()
        .orElseThrow(
            () ->
                new UserException(
                    "no Python 3 found: install python3 and "
                        + packages
                        + ", or set ONSITE_PYTHON"));
  }

  /**
   * Refuse a {@code dir} that is a file or holds anything, before anything is written to it.
   *
   * @throws UserException naming the directory
   */
  static void requireNewOrEmpty(Path dir) throws IOException {
    if (Files.exists(dir)) {
      if (!Files.isDirectory(dir)) {
        throw new UserException(dir + " is a file; give a new or empty directory");
      }
      try (Stream<Path> entries = Files.list(dir)) {
        if (entries.findAny().isPresent()) {
          throw new UserException(
              dir + " is not empty; give a new or empty directory (nothing was written)");
        }
      }
    }
  }

  @Command(
      name = "open",
      description =
          "Write the starter files of workspace ID (and its logs/ and STATEMENT.md) to DIR.")
  static final class Open implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "A workspace id or its directory.")
    String id;

    @Parameters(index = "1", paramLabel = "DIR", description = "A new or empty directory.")
    Path dir;

    @Option(
        names = "--server",
        paramLabel = "URL",
        description = "Take the workspace from this server instead of workspaces/ here.")
    String server;

    @Option(
        names = "--token",
        paramLabel = "TOKEN",
        description = "A personal API token for a server with accounts (default: $ONSITE_TOKEN).")
    String token;

    @Override
    public Integer call() throws IOException {
      if (server != null) {
        return RemoteWorkspace.open(
            new ServerClient(server, token), id, dir, spec.commandLine().getOut());
      }
      Path pkgDir = Files.isDirectory(Path.of(id)) ? Path.of(id) : workspacesDir().resolve(id);
      if (!Files.isDirectory(pkgDir)) {
        throw new UserException(
            "no workspace '"
                + id
                + "' (looked for "
                + pkgDir
                + "; ids are the names in workspaces/)");
      }
      WorkspacePackage pkg = load(pkgDir);
      requireNewOrEmpty(dir);
      Files.createDirectories(dir);
      for (var e : pkg.tree().entrySet()) {
        Path target = dir.resolve(e.getKey());
        Files.createDirectories(target.getParent());
        Files.write(target, e.getValue());
      }
      for (var e : pkg.logs().entrySet()) {
        Path target = dir.resolve("logs").resolve(e.getKey());
        Files.createDirectories(target.getParent());
        Files.writeString(target, e.getValue());
      }
      Files.writeString(dir.resolve("STATEMENT.md"), pkg.statement());
      Files.writeString(
          dir.resolve(MARKER),
          Reports.JSON.writeValueAsString(
              Map.of("package", pkg.root().toString(), "id", pkg.id(), "round", pkg.round().id())));
      PrintWriter out = spec.commandLine().getOut();
      out.println(
          "opened "
              + pkg.id()
              + " ("
              + pkg.round().id()
              + ", "
              + pkg.minutes()
              + " min) in "
              + dir
              + ": "
              + pkg.tree().size()
              + " files"
              + (pkg.logs().isEmpty() ? "" : ", logs/ has " + pkg.logs().size()));
      out.println(
          "read " + dir.resolve("STATEMENT.md") + ", then: ./onsite workspace submit " + dir);
      out.flush();
      return 0;
    }
  }

  @Command(
      name = "submit",
      description =
          "Judge the workspace in DIR (opened by 'workspace open'): its changes against the starter,"
              + " with the hidden tests, in the sandbox.")
  static final class Submit implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(
        index = "0",
        paramLabel = "DIR",
        description = "A directory 'workspace open' wrote.")
    Path dir;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Option(
        names = "--server",
        paramLabel = "URL",
        description =
            "Submit to this server's judging queue (default: the server the workspace was opened"
                + " from, if any; otherwise judge here).")
    String server;

    @Option(
        names = "--token",
        paramLabel = "TOKEN",
        description = "A personal API token for a server with accounts (default: $ONSITE_TOKEN).")
    String token;

    @Option(
        names = "--run",
        description = "With a server: run the visible tests only, as the page's Run tests does.")
    boolean run;

    @Override
    public Integer call() throws IOException {
      Path marker = dir.resolve(MARKER);
      if (!Files.isRegularFile(marker)) {
        throw new UserException(
            dir
                + ": no "
                + MARKER
                + " file; open a workspace first: ./onsite workspace open ID DIR");
      }
      String pkgPath;
      JsonNode node;
      try {
        node = Reports.JSON.readTree(Files.readString(marker, StandardCharsets.UTF_8));
        pkgPath = node.path("package").asString("");
      } catch (RuntimeException e) {
        throw new UserException(marker + ": not the JSON 'workspace open' wrote; open it again");
      }
      String remote = server != null ? server : node.path("server").asString(null);
      if (remote != null) {
        return RemoteWorkspace.submit(
            new ServerClient(remote, token),
            node.path("id").asString(""),
            dir,
            run,
            json,
            spec.commandLine().getOut(),
            spec.commandLine().getErr());
      }
      if (pkgPath.isEmpty() || !Files.isDirectory(Path.of(pkgPath))) {
        throw new UserException(marker + ": the package '" + pkgPath + "' is gone; open it again");
      }
      WorkspacePackage pkg = load(Path.of(pkgPath));
      Set<String> extras = new java.util.HashSet<>(OPENED_EXTRAS);
      extras.removeIf(name -> pkg.tree().containsKey(name));
      WorkspaceResult result;
      try {
        Overlay overlay = Overlay.diff(dir, pkg, extras);
        result = judge(spec.commandLine().getErr(), pkg).judge(pkg, overlay);
      } catch (WorkspaceException e) {
        throw new UserException(e.getMessage());
      }
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        out.println(Reports.JSON.writeValueAsString(json(pkg, result)));
      } else {
        out.print(human(result));
      }
      out.flush();
      return 0;
    }
  }

  static Map<String, Object> json(WorkspacePackage pkg, WorkspaceResult r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("verdict", r.verdict().name());
    m.put("score", Math.round(r.score() * 10) / 10.0);
    m.put("workspace", pkg.id());
    m.put("round", pkg.round().id());
    m.put("summary", r.summary());
    m.put(
        "tests",
        r.tests().stream()
            .map(
                t -> {
                  Map<String, Object> tm = new LinkedHashMap<>();
                  tm.put("name", t.id());
                  tm.put("verdict", t.passed() ? "AC" : "WA");
                  tm.put("outcome", t.outcome());
                  tm.put("visible", !t.hidden());
                  tm.put("message", t.message());
                  return tm;
                })
            .toList());
    m.put(
        "targets",
        r.targets().stream()
            .map(
                t -> {
                  Map<String, Object> tm = new LinkedHashMap<>();
                  tm.put("metric", t.target().metric());
                  tm.put("max", t.target().max());
                  tm.put("before", Double.isNaN(t.before()) ? null : t.before());
                  tm.put("after", Double.isNaN(t.after()) ? null : t.after());
                  tm.put("met", t.met());
                  return tm;
                })
            .toList());
    m.put("metrics_before", r.before());
    m.put("metrics_after", r.after());
    m.put("changed", r.changed());
    m.put("deleted", r.deleted());
    m.put("wall_ms", r.wallMs());
    return m;
  }

  static String human(WorkspaceResult r) {
    StringBuilder s = new StringBuilder();
    s.append(
        String.format(
            Locale.ROOT,
            "%s  score %.1f  %s%n",
            r.verdict().accepted() ? Terminal.green("AC") : Terminal.red(r.verdict().name()),
            r.score(),
            r.summary()));
    for (WorkspaceTest t : r.tests()) {
      s.append("  ")
          .append(t.passed() ? Terminal.green("pass") : Terminal.red(t.outcome()))
          .append("  ")
          .append(t.id())
          .append(t.hidden() ? Terminal.dim("  (hidden)") : "")
          .append(t.message().isEmpty() ? "" : "  " + Terminal.dim(t.message()))
          .append('\n');
    }
    for (TargetResult t : r.targets()) {
      s.append("  ")
          .append(t.met() ? Terminal.green("met") : Terminal.red("missed"))
          .append("  ")
          .append(t.describe())
          .append('\n');
    }
    s.append("  changed: ")
        .append(r.changed().isEmpty() ? "nothing" : String.join(", ", r.changed()));
    List<String> deleted = r.deleted();
    if (!deleted.isEmpty()) {
      s.append("; deleted: ").append(String.join(", ", deleted));
    }
    s.append('\n');
    return s.toString();
  }
}
