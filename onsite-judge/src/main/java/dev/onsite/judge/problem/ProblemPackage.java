package dev.onsite.judge.problem;

import dev.onsite.judge.lang.Language;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A loaded problem package: an unchanged Kattis package or an Onsite package.
 *
 * @param tests every test in judging order: samples before secret tests, levels in their order
 * @param levels the levels of a multi-level problem; empty for a single-level problem
 * @param validatorDir the custom output validator's directory, or null for the default validator
 * @param defaultValidatorArgs the default output validator's flags from problem.yaml
 * @param tolerance the default numeric tolerance of an api problem ({@code rel}, {@code abs})
 * @param preload the Python modules the runtime imports before the submission ({@code
 *     onsite.preload}, sorted; empty: NumPy only, as always)
 */
public record ProblemPackage(
    Path root,
    String id,
    String title,
    ProblemKind kind,
    boolean onsite,
    Metadata metadata,
    Limits limits,
    List<Level> levels,
    List<TestCase> tests,
    Path validatorDir,
    List<String> defaultValidatorArgs,
    JsonNode tolerance,
    List<Language> languages,
    Map<Language, Path> starters,
    List<SubmissionFile> submissions,
    Path statement,
    Path notes,
    Map<String, Double> groupScores,
    List<String> preload) {

  /** The Python modules {@code onsite.preload} may name; NumPy is always imported. */
  public static final List<String> PRELOADABLE = List.of("numpy", "pandas", "sklearn", "torch");

  /** A package without preloaded modules. */
  public ProblemPackage(
      Path root,
      String id,
      String title,
      ProblemKind kind,
      boolean onsite,
      Metadata metadata,
      Limits limits,
      List<Level> levels,
      List<TestCase> tests,
      Path validatorDir,
      List<String> defaultValidatorArgs,
      JsonNode tolerance,
      List<Language> languages,
      Map<Language, Path> starters,
      List<SubmissionFile> submissions,
      Path statement,
      Path notes,
      Map<String, Double> groupScores) {
    this(
        root,
        id,
        title,
        kind,
        onsite,
        metadata,
        limits,
        levels,
        tests,
        validatorDir,
        defaultValidatorArgs,
        tolerance,
        languages,
        starters,
        submissions,
        statement,
        notes,
        groupScores,
        List.of());
  }

  public ProblemPackage {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(id, "id");
    levels = List.copyOf(levels);
    tests = List.copyOf(tests);
    languages = List.copyOf(languages);
    starters = Map.copyOf(starters);
    submissions = List.copyOf(submissions);
    defaultValidatorArgs = List.copyOf(defaultValidatorArgs);
    groupScores = Map.copyOf(groupScores);
    preload = List.copyOf(new java.util.TreeSet<>(preload == null ? List.of() : preload));
    for (String module : preload) {
      if (!PRELOADABLE.contains(module)) {
        throw new IllegalArgumentException("cannot preload Python module " + module);
      }
    }
  }

  public boolean multiLevel() {
    return !levels.isEmpty();
  }

  public Optional<Level> level(String levelId) {
    return levels.stream().filter(l -> l.id().equals(levelId)).findFirst();
  }

  public List<TestCase> testsOf(String levelId) {
    return tests.stream().filter(t -> Objects.equals(t.level(), levelId)).toList();
  }
}
