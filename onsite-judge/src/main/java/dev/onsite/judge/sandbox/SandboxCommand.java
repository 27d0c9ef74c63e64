package dev.onsite.judge.sandbox;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What to start in a sandbox.
 *
 * @param argv the program and its arguments
 * @param env the complete environment (nothing of the host's is inherited)
 * @param readOnlyPaths host paths the program needs to read (its runtime and the harness)
 * @param limits the resource limits of the process tree
 */
public record SandboxCommand(
    List<String> argv, Map<String, String> env, List<Path> readOnlyPaths, ResourceLimits limits) {

  public SandboxCommand {
    if (argv.isEmpty()) {
      throw new IllegalArgumentException("argv must name a program");
    }
    argv = List.copyOf(argv);
    env = Map.copyOf(env);
    readOnlyPaths = List.copyOf(readOnlyPaths);
    Objects.requireNonNull(limits, "limits");
  }
}
