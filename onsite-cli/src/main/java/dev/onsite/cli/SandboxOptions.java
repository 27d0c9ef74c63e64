package dev.onsite.cli;

import java.util.List;
import picocli.CommandLine.Option;

/** The sandbox options of the commands that judge other people's code: serve and worker. */
final class SandboxOptions {

  @Option(
      names = "--sandbox",
      paramLabel = "NAME",
      defaultValue = "auto",
      description =
          "auto (bubblewrap where it works), bubblewrap or process (default: ${DEFAULT-VALUE}).")
  String sandbox;

  @Option(
      names = "--allow-unsandboxed",
      description =
          "With accounts, judge people's code even without the hardened sandbox (bubblewrap):"
              + " only for people you trust. See docs/security.md.")
  boolean allowUnsandboxed;

  /** Add the matching server settings to {@code args}. */
  void addTo(List<String> args) {
    args.add("--onsite.judge.sandbox=" + sandbox);
    if (allowUnsandboxed) {
      args.add("--onsite.judge.allow-unsandboxed=true");
    }
  }
}
