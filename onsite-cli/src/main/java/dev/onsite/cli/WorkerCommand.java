package dev.onsite.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Judge the submissions of a server from another machine: the server's judging queue without its
 * web app, on the PostgreSQL database they share.
 */
@Command(
    name = "worker",
    description = {
      "Judge for a server from this machine, through the PostgreSQL database they share.",
      "Needs the same problems/ as the server. Settings: docs/server.md."
    })
final class WorkerCommand implements Callable<Integer> {

  static final String NEEDS_POSTGRES =
      "a worker judges for a server through the PostgreSQL database they share: give it with -D"
          + " spring.datasource.url=jdbc:postgresql://HOST:5432/DB (and -D"
          + " spring.datasource.username=... -D spring.datasource.password=...)";

  @Option(
      names = "--workers",
      paramLabel = "N",
      defaultValue = "0",
      description = "Judgements at once (default: half the processors, at least 1).")
  int workers;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Where the log lives (default: ~/.onsite).")
  Path data;

  @Option(
      names = "--problems",
      paramLabel = "DIR",
      description = "The problem packages, the same as the server's (default: problems).")
  Path problems;

  @Mixin SandboxOptions sandboxOptions = new SandboxOptions();

  @Option(
      names = {"-D", "--set"},
      paramLabel = "NAME=VALUE",
      description = "Any setting, such as -D spring.datasource.url=jdbc:postgresql://host/onsite.")
  Map<String, String> settings = new LinkedHashMap<>();

  @Override
  public Integer call() throws InterruptedException {
    if (workers < 0) {
      throw new UserException("--workers must not be negative, was " + workers);
    }
    String url =
        settings.getOrDefault(
            "spring.datasource.url", System.getenv().getOrDefault("SPRING_DATASOURCE_URL", ""));
    if (!url.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:")) {
      throw new UserException(NEEDS_POSTGRES);
    }
    List<String> args = new ArrayList<>();
    args.add("--spring.main.web-application-type=none");
    // Nobody signs in to a worker, and it is never the single local user: the sandbox policy for
    // other people's code applies.
    args.add("--onsite.accounts.mode=required");
    args.add("--onsite.judge.workers=" + workers);
    sandboxOptions.addTo(args);
    if (data != null) {
      args.add("--onsite.data-dir=" + data.toAbsolutePath());
    }
    if (problems != null) {
      args.add("--onsite.problems-dir=" + problems.toAbsolutePath());
    }
    settings.forEach((name, value) -> args.add("--" + name + "=" + value));
    ServeCommand.runUntilStopped(args);
    return 0;
  }
}
