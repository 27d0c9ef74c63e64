package dev.onsite.judge.problem;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One test of a package.
 *
 * @param name the path below {@code data/} without extension, such as {@code secret/group1/07}
 * @param group the directory the test is in, such as {@code sample} or {@code level-2}
 * @param level the id of the level it belongs to, or null for a single-level problem
 * @param visible whether the candidate may see its data (tests in a {@code sample} directory)
 * @param input the {@code .in} file (stdio) or the {@code .json} file (api)
 * @param answer the {@code .ans} file (stdio), or null
 * @param validatorArgs the output validator's arguments for this test (stdio)
 */
public record TestCase(
    String name,
    String group,
    String level,
    boolean visible,
    Path input,
    Path answer,
    List<String> validatorArgs) {

  public TestCase {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(input, "input");
    validatorArgs = List.copyOf(validatorArgs);
  }
}
