package dev.onsite.judge.workspace;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A loaded workspace package: a small codebase the candidate changes, graded by its tests.
 *
 * @param tree the starter files, keyed by their path in the workspace ({@code bpe/merge.py})
 * @param hidden the hidden test files, keyed the same way; laid over the tree only in the box
 * @param logs what {@code logs/} shows the candidate, keyed by file name
 * @param targets the structure targets of a refactoring package (empty otherwise)
 * @param benchmark the performance check of an ai-assisted package
 * @param accepted overlays that must be accepted ({@code submissions/accepted/NAME/})
 * @param wrong overlays that must be rejected ({@code submissions/wrong/NAME/})
 */
public record WorkspacePackage(
    Path root,
    String id,
    String title,
    Round round,
    String language,
    int minutes,
    String difficulty,
    List<String> companies,
    List<String> tags,
    String statement,
    WorkspaceLimits limits,
    Map<String, byte[]> tree,
    Map<String, byte[]> hidden,
    Map<String, String> logs,
    List<Target> targets,
    Optional<Benchmark> benchmark,
    List<Path> accepted,
    List<Path> wrong) {

  public WorkspacePackage {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(round, "round");
    Objects.requireNonNull(language, "language");
    companies = List.copyOf(companies);
    tags = List.copyOf(tags);
    tree = Map.copyOf(tree);
    hidden = Map.copyOf(hidden);
    logs = Map.copyOf(logs);
    targets = List.copyOf(targets);
    Objects.requireNonNull(benchmark, "benchmark");
    accepted = List.copyOf(accepted);
    wrong = List.copyOf(wrong);
  }

  /** Whether {@code path} is a test file: restored from the package whatever a submission does. */
  public static boolean isTestFile(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    return (name.startsWith("test_") && name.endsWith(".py"))
        || name.endsWith("_test.py")
        || (name.endsWith("Test.java") || name.endsWith("Tests.java"));
  }

  /** Whether this is a Java workspace (Maven's layout, JUnit 5 tests), not a Python one. */
  public boolean isJava() {
    return language.equals("java");
  }

  /** The visible test files of the tree. */
  public List<String> visibleTests() {
    return tree.keySet().stream().filter(WorkspacePackage::isTestFile).sorted().toList();
  }
}
