package dev.onsite.judge.workspace;

import java.util.Objects;

/**
 * The performance check of an ai-assisted package: a script from the package, run in the box after
 * the tests, whose last stdout line is a JSON object holding {@code target.metric()}.
 *
 * @param script the script's path in the workspace (it must come from tree/ or hidden/, so that it
 *     is restored from the package and a candidate cannot change it)
 * @param target the bound its value must meet
 * @param timeoutSeconds how long it may run
 */
public record Benchmark(String script, Target target, int timeoutSeconds) {

  public Benchmark {
    Objects.requireNonNull(script, "script");
    Objects.requireNonNull(target, "target");
    if (timeoutSeconds < 1) {
      throw new IllegalArgumentException("timeout must be >= 1 s, was " + timeoutSeconds);
    }
  }
}
