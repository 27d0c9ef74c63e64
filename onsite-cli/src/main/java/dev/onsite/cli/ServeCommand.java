package dev.onsite.cli;

import dev.onsite.server.OnsiteServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Start the web app and serve until stopped (Ctrl+C stops it gracefully: running judgements finish
 * or go back in the queue).
 */
@Command(
    name = "serve",
    description = {
      "Start the web app: practice in the browser at http://localhost:8080.",
      "Single-user without sign-in on localhost (the default); with --host 0.0.0.0 people sign"
          + " in with accounts. Settings: docs/server.md."
    })
final class ServeCommand implements Callable<Integer> {

  @Option(
      names = "--port",
      paramLabel = "PORT",
      defaultValue = "8080",
      description = "The port to listen on (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Where the database and logs live (default: ~/.onsite).")
  Path data;

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      defaultValue = "127.0.0.1",
      description =
          "The address to listen on (default: ${DEFAULT-VALUE}, single-user); any other address"
              + " requires accounts.")
  String host;

  @Option(
      names = "--problems",
      paramLabel = "DIR",
      description = "The problem packages to serve (default: problems).")
  Path problems;

  @Option(
      names = "--reviews",
      paramLabel = "DIR",
      description = "The code review packages to serve (default: reviews).")
  Path reviews;

  @Option(
      names = "--content",
      paramLabel = "DIR",
      hidden = true,
      description = "The interview-intelligence content (default: content).")
  Path content;

  @Mixin SandboxOptions sandboxOptions = new SandboxOptions();

  @Option(
      names = {"-D", "--set"},
      paramLabel = "NAME=VALUE",
      description =
          "Any server setting, for example -D spring.datasource.url=jdbc:postgresql://host/onsite.")
  Map<String, String> settings = new LinkedHashMap<>();

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) {
      throw new UserException("--port must be between 0 and 65535, was " + port);
    }
    List<String> args = new ArrayList<>();
    args.add("--server.port=" + port);
    args.add("--server.address=" + host);
    if (data != null) {
      args.add("--onsite.data-dir=" + data.toAbsolutePath());
    }
    if (problems != null) {
      args.add("--onsite.problems-dir=" + problems.toAbsolutePath());
    }
    if (reviews != null) {
      args.add("--onsite.reviews-dir=" + reviews.toAbsolutePath());
    }
    if (content != null) {
      args.add("--onsite.content-dir=" + content.toAbsolutePath());
    }
    sandboxOptions.addTo(args);
    settings.forEach((name, value) -> args.add("--" + name + "=" + value));
    runUntilStopped(args);
    return 0;
  }

  /** Start the app with {@code args} and wait until it stops (Ctrl+C, SIGTERM). */
  static void runUntilStopped(List<String> args) throws InterruptedException {
    ConfigurableApplicationContext context;
    try {
      context = OnsiteServer.start(args.toArray(String[]::new));
    } catch (RuntimeException e) {
      // Spring Boot has printed what went wrong and what to do about it.
      throw new UserException(
          "the server could not start (the lines above say why)", Onsite.EXIT_FAILURE);
    }
    CountDownLatch closed = new CountDownLatch(1);
    context.addApplicationListener(
        event -> {
          if (event instanceof ContextClosedEvent) {
            closed.countDown();
          }
        });
    if (context.isActive()) {
      closed.await();
    }
  }
}
