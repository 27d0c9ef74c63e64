package dev.onsite.jmh;

import dev.onsite.judge.check.CheckResult;
import dev.onsite.judge.check.TokenChecker;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Guards {@link TokenChecker}, the default output validator that checks the stdout of every test of
 * every stdio submission (unless a package brings its own validator). The output is 1000 tokens,
 * 100 lines of 5 integers and 5 floats, against the expected answer: once compared as exact tokens
 * (the default flags) and once with {@code float_tolerance 1e-6}, where the program printed its
 * floats with more digits than the answer, so every float token is parsed. Like the judge, each
 * call builds the checker from the test's flags, then checks.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TokenCheckerBench {

  private final List<String> exactFlags = List.of();
  private final List<String> toleranceFlags = List.of("float_tolerance", "1e-6");

  private String expected;
  private String sameOutput;
  private String closeOutput;

  @Setup
  public void setUp() {
    expected = Inputs.stdio(100, 11, 6, 0);
    // Equal but not the same String, as the program's stdout would be.
    sameOutput = new String(expected.toCharArray());
    // The same numbers printed with 9 decimals and a relative error far below 1e-6.
    closeOutput = Inputs.stdio(100, 11, 9, 1e-10);
    if (!TokenChecker.fromFlags(exactFlags).check(expected, sameOutput).accepted()
        || !TokenChecker.fromFlags(toleranceFlags).check(expected, closeOutput).accepted()) {
      throw new IllegalStateException("benchmark outputs should be accepted");
    }
  }

  @Benchmark
  public CheckResult exact1000Tokens() {
    return TokenChecker.fromFlags(exactFlags).check(expected, sameOutput);
  }

  @Benchmark
  public CheckResult floatTolerance1000Tokens() {
    return TokenChecker.fromFlags(toleranceFlags).check(expected, closeOutput);
  }
}
