package dev.onsite.judge.review;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A loaded code review package: metadata from review.yaml, the statement, the code under review and
 * the planted defects.
 *
 * @param code the files under review, keyed by their path relative to the root ({@code
 *     code/limiter.py}), in path order
 * @param full reviews that must score 100 ({@code submissions/full/*.yaml})
 * @param weak reviews that must score below the pass mark ({@code submissions/weak/*.yaml})
 */
public record ReviewPackage(
    Path root,
    String id,
    String title,
    String round,
    String difficulty,
    int minutes,
    String language,
    boolean aiGenerated,
    List<String> companies,
    List<String> tags,
    int passMark,
    int lineTolerance,
    String statement,
    Map<String, String> code,
    List<Defect> defects,
    List<Path> full,
    List<Path> weak) {

  /** The default of {@code line_tolerance}. */
  public static final int DEFAULT_LINE_TOLERANCE = 2;

  public ReviewPackage {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(id, "id");
    companies = List.copyOf(companies);
    tags = List.copyOf(tags);
    code = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(code));
    defects = List.copyOf(defects);
    full = List.copyOf(full);
    weak = List.copyOf(weak);
    if (passMark < 0 || passMark > 100) {
      throw new IllegalArgumentException("pass_mark must be 0..100, was " + passMark);
    }
    if (lineTolerance < 0) {
      throw new IllegalArgumentException("line_tolerance must be >= 0, was " + lineTolerance);
    }
  }

  /** The number of lines of a file under review, or 0 when there is no such file. */
  public int lineCount(String file) {
    String text = code.get(file);
    return text == null ? 0 : countLines(text);
  }

  public static int countLines(CharSequence text) {
    if (text.isEmpty()) {
      return 0;
    }
    int lines = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n' && i < text.length() - 1) {
        lines++;
      }
    }
    return lines;
  }

  /** The sum of every defect's severity: what a full review scores. */
  public int totalSeverity() {
    return defects.stream().mapToInt(Defect::severity).sum();
  }
}
