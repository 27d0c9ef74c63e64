package dev.onsite.judge.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Small workspace packages written into a temporary directory. */
final class Fixtures {

  private Fixtures() {}

  static void write(Path root, Map<String, String> files) {
    try {
      for (var e : files.entrySet()) {
        Path p = root.resolve(e.getKey());
        Files.createDirectories(p.getParent());
        Files.writeString(p, e.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static final String STATS =
      """
      def mean(xs):
          return sum(xs) / (len(xs) - 1)
      """;

  static final String STATS_FIXED =
      """
      def mean(xs):
          return sum(xs) / len(xs)
      """;

  /** A debugging package: mean() divides by n - 1; the hidden test catches it. */
  static Path debugging(Path dir, int wallSeconds) {
    Path root = dir.resolve("mean-bug");
    write(
        root,
        Map.of(
            "workspace.yaml",
            """
            title: Mean bug
            round: debugging
            language: python
            minutes: 10
            difficulty: easy
            companies: [acme]
            tags: [python]
            limits: {wall_seconds: %d, max_files: 5}
            """
                .formatted(wallSeconds),
            "statement.md",
            "Fix mean().\n",
            "tree/stats.py",
            STATS,
            "tree/tests/test_stats.py",
            """
            from stats import mean

            def test_mean_of_one_value_is_that_value_or_fails():
                assert mean([2.0, 2.0]) > 0
            """,
            "hidden/tests/test_hidden_stats.py",
            """
            from stats import mean

            SECRET_MARKER = "do-not-leak"

            def test_mean_of_three():
                assert mean([1.0, 2.0, 3.0]) == 2.0
            """,
            "logs/pytest.txt",
            "FAILED test_mean_of_three\n",
            "submissions/accepted/fix/stats.py",
            STATS_FIXED,
            "submissions/wrong/unchanged/deleted.txt",
            "# nothing\n"));
    return root;
  }
}
