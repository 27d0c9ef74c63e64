package dev.onsite.judge.verdict;

/** How a submission did on one level of a multi-level problem. */
public record LevelResult(String name, boolean passed, int testsPassed, int testsTotal) {

  public LevelResult {
    if (testsPassed < 0 || testsPassed > testsTotal) {
      throw new IllegalArgumentException(
          "testsPassed must be in 0.." + testsTotal + ", was " + testsPassed);
    }
  }
}
