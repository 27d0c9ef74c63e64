package dev.onsite.judge.sandbox;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Choose the sandbox to use on this machine: bubblewrap wherever it works, else the process
 * sandbox.
 *
 * <p>The environment variable {@value #ENV} forces a choice: {@code process}, or {@code
 * bubblewrap}, which fails when bubblewrap cannot run here rather than falling back.
 */
public final class Sandboxes {

  /** The environment variable that forces a sandbox: {@code process} or {@code bubblewrap}. */
  public static final String ENV = "ONSITE_SANDBOX";

  private static volatile Choice choice;

  private Sandboxes() {}

  /**
   * The sandbox chosen, and why.
   *
   * @param sandbox the sandbox
   * @param reason one line for a person: why this one (and, for the process sandbox, why not the
   *     hardened one)
   */
  public record Choice(Sandbox sandbox, String reason) {}

  /**
   * The best sandbox available here, or the one {@value #ENV} forces. Callers print {@link
   * ProcessSandbox#WARNING} when {@link Sandbox#hardened()} is false.
   *
   * @throws IllegalStateException when {@value #ENV} is not a known sandbox, or forces bubblewrap
   *     and bubblewrap cannot run here
   */
  public static Sandbox detect() {
    return choose().sandbox();
  }

  /**
   * Like {@link #detect()}, with the reason. Probes bubblewrap once per process (a box running
   * {@code true}, some tens of milliseconds) and remembers the answer.
   */
  public static Choice choose() {
    Choice chosen = choice;
    if (chosen == null) {
      synchronized (Sandboxes.class) {
        if (choice == null) {
          choice = choose(System.getenv(ENV), BubblewrapSandbox.DEFAULT_BWRAP);
        }
        chosen = choice;
      }
    }
    return chosen;
  }

  /**
   * The sandbox a setting asks for: {@code process}, {@code bubblewrap}, or {@code auto} (or
   * blank), which means {@link #choose()}: {@value #ENV}, else the best available.
   *
   * @throws IllegalStateException when {@code wanted} is not a known sandbox, or asks for
   *     bubblewrap and bubblewrap cannot run here
   */
  public static Choice choose(String wanted) {
    if (wanted == null || wanted.isBlank() || wanted.strip().equalsIgnoreCase("auto")) {
      return choose();
    }
    return choose(wanted, BubblewrapSandbox.DEFAULT_BWRAP);
  }

  static Choice choose(String forced, Path bwrap) {
    String wanted = forced == null ? "" : forced.strip().toLowerCase(Locale.ROOT);
    switch (wanted) {
      case "process" -> {
        return new Choice(new ProcessSandbox(), ENV + "=process forces the process sandbox");
      }
      case "bubblewrap", "bwrap" -> {
        BubblewrapSandbox sandbox = BubblewrapSandbox.at(bwrap);
        Optional<String> problem = sandbox.probe();
        if (problem.isPresent()) {
          throw new IllegalStateException(
              ENV
                  + "="
                  + forced
                  + " but "
                  + problem.get()
                  + "; or unset "
                  + ENV
                  + " to fall back to the process sandbox");
        }
        return new Choice(sandbox, ENV + "=bubblewrap, and " + bwrap + " works");
      }
      case "", "auto" -> {
        BubblewrapSandbox sandbox = BubblewrapSandbox.at(bwrap);
        Optional<String> problem = sandbox.probe();
        if (problem.isEmpty()) {
          return new Choice(sandbox, bwrap + " works here");
        }
        return new Choice(new ProcessSandbox(), problem.get());
      }
      default ->
          throw new IllegalStateException(
              ENV + " must be 'process' or 'bubblewrap', was '" + forced + "'");
    }
  }
}
