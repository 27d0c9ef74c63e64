package dev.onsite.judge.run;

import tools.jackson.databind.JsonNode;

/**
 * What the harness (or the watchdog) says one test did, before any checking.
 *
 * @param status {@code ok}, {@code exception}, {@code oom}, {@code ole}, {@code exit} (the program
 *     called exit; {@code exitCode} says how), {@code harness_error}, or one the runner sets:
 *     {@code tle}, {@code mle}, {@code died} (the process ended with no report), {@code skipped}
 * @param results for api tests, one entry per call made
 */
public record Outcome(
    String status,
    long cpuNanos,
    long wallNanos,
    long memoryKb,
    String stdout,
    String stderr,
    JsonNode error,
    JsonNode results,
    int exitCode) {

  static Outcome of(String status, long cpuNanos, long wallNanos, long memoryKb, int exitCode) {
    return new Outcome(status, cpuNanos, wallNanos, memoryKb, "", "", null, null, exitCode);
  }

  public long cpuMs() {
    return cpuNanos / 1_000_000;
  }

  public long wallMs() {
    return wallNanos / 1_000_000;
  }
}
