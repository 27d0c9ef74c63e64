package dev.onsite.judge.problem;

import dev.onsite.judge.verdict.Verdict;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A solution shipped with a package and the verdict it must get: AC for {@code
 * submissions/accepted}, and for the others the verdict its directory names, on at least one test.
 */
public record SubmissionFile(Path path, Verdict expected) {

  public SubmissionFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(expected, "expected");
  }
}
