package dev.onsite.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** The files of a new (debugging) workspace package that passes {@code ./onsite check} as it is. */
final class WorkspaceScaffold {

  private WorkspaceScaffold() {}

  /** The files of a workspace in {@code language}: {@code python} or {@code java}. */
  static Map<String, String> files(String name, String language) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(
        "workspace.yaml",
        """
        title: Debug %s
        round: debugging
        language: %s
        minutes: 30
        difficulty: medium
        companies: []
        tags: []
        limits: {max_files: 20, max_bytes: 200000, wall_seconds: 60}
        """
            .formatted(name, language));
    files.put(
        "statement.md",
        """
        # Replace this with the task

        Say what the code is for and what is failing; the candidate gets tree/ and logs/.
        """);
    if (language.equals("java")) {
      java(files);
      return files;
    }
    files.put(
        "tree/window.py",
        """
        \"\"\"Moving averages; replace with the codebase the candidate debugs.\"\"\"


        def moving_average(values, k):
            \"\"\"The mean of each window of k consecutive values.\"\"\"
            out = []
            for i in range(len(values) - k):
                out.append(sum(values[i : i + k]) / k)
            return out
        """);
    files.put(
        "tree/tests/test_window.py",
        """
        from window import moving_average


        def test_window_of_one_is_the_input_but_last():
            assert moving_average([1, 2, 3], 1)[:2] == [1, 2]
        """);
    files.put(
        "hidden/tests/test_window_hidden.py",
        """
        from window import moving_average


        def test_every_window_is_averaged():
            assert moving_average([1, 2, 3, 4], 2) == [1.5, 2.5, 3.5]


        def test_window_as_long_as_the_input():
            assert moving_average([2, 4], 2) == [3.0]
        """);
    files.put(
        "logs/pytest.txt",
        """
        FAILED tests/test_report.py::test_daily_report_has_one_row_per_day
        AssertionError: expected 7 rows, got 6
        """);
    files.put(
        "submissions/accepted/fix/window.py",
        """
        def moving_average(values, k):
            return [sum(values[i : i + k]) / k for i in range(len(values) - k + 1)]
        """);
    files.put(
        "submissions/wrong/one-past-the-end/window.py",
        """
        def moving_average(values, k):
            return [sum(values[i : i + k]) / k for i in range(len(values))]
        """);
    files.put(
        "submissions/wrong/delete-the-tests/deleted.txt",
        """
        tests/test_window.py
        """);
    return files;
  }

  /** A Java tree in Maven's layout: a moving average that drops the last window. */
  private static void java(Map<String, String> files) {
    String main = "src/main/java/demo/Window.java";
    // The starter drops the last window; the fix keeps it; a wrong fix reads past the end.
    String window =
        """
        package demo;

        /** Moving averages; replace with the codebase the candidate debugs. */
        public final class Window {

          private Window() {}

          /** The mean of each window of {@code k} consecutive values. */
          public static double[] movingAverage(double[] values, int k) {
            double[] out = new double[Math.max(0, values.length - k + %s)];
            for (int i = 0; i < out.length; i++) {
              double sum = 0;
              for (int j = i; j < i + k; j++) {
                sum += values[j];
              }
              out[i] = sum / k;
            }
            return out;
          }
        }
        """;
    files.put("tree/" + main, window.formatted("0"));
    files.put(
        "tree/src/test/java/demo/WindowTests.java",
        """
        package demo;

        import static org.junit.jupiter.api.Assertions.assertEquals;

        import org.junit.jupiter.api.Test;

        class WindowTests {
          @Test
          void windowOfOneKeepsTheFirstValues() {
            assertEquals(1.0, Window.movingAverage(new double[] {1, 2, 3}, 1)[0]);
          }
        }
        """);
    files.put(
        "hidden/src/test/java/demo/WindowHiddenTests.java",
        """
        package demo;

        import static org.junit.jupiter.api.Assertions.assertArrayEquals;

        import org.junit.jupiter.api.Test;

        class WindowHiddenTests {
          @Test
          void everyWindowIsAveraged() {
            assertArrayEquals(
                new double[] {1.5, 2.5, 3.5}, Window.movingAverage(new double[] {1, 2, 3, 4}, 2));
          }

          @Test
          void aWindowAsLongAsTheInput() {
            assertArrayEquals(new double[] {3}, Window.movingAverage(new double[] {2, 4}, 2));
          }
        }
        """);
    files.put(
        "logs/test-run.txt",
        """
        [ERROR] ReportTests.dailyReportHasOneRowPerDay:41 expected: <7> but was: <6>
        """);
    files.put("submissions/accepted/fix/" + main, window.formatted("1"));
    files.put("submissions/wrong/one-past-the-end/" + main, window.formatted("2"));
    files.put(
        "submissions/wrong/delete-the-tests/deleted.txt",
        """
        src/test/java/demo/WindowTests.java
        """);
  }
}
