package dev.onsite.server;

import java.nio.file.Path;

/** The small problem packages and content the server's tests use. */
public final class TestProblems {

  /** An api problem with two levels ({@code counter}) and a stdio one ({@code sum}). */
  public static final Path DIR = Path.of("src/test/resources/problems").toAbsolutePath();

  /** One made-up company. */
  public static final Path CONTENT = Path.of("src/test/resources/content").toAbsolutePath();

  /** Data of hidden tests that must never reach a browser. */
  public static final java.util.List<String> SECRETS =
      java.util.List.of("987654321", "1111111110", "secret-key-xyz", "secret-reset-key");

  /** Accepted solutions. */
  public static final String SUM_PYTHON =
      "import sys\nprint(sum(map(int, sys.stdin.read().split())))\n";

  public static final String SUM_WRONG_PYTHON = "print(42)\n";

  public static final String COUNTER_LEVEL_1_PYTHON =
      """
      class Counter:
          def __init__(self):
              self.counts = {}

          def increment(self, key):
              self.counts[key] = self.counts.get(key, 0) + 1
              return self.counts[key]

          def get_count(self, key):
              return self.counts.get(key, 0)
      """;

  private TestProblems() {}
}
