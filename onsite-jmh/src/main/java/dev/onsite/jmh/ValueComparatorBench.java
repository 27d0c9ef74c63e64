package dev.onsite.jmh;

import dev.onsite.judge.check.ValueComparator;
import dev.onsite.judge.check.ValueComparator.Tolerance;
import java.util.Optional;
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
import tools.jackson.databind.JsonNode;

/**
 * Guards {@link ValueComparator#compare}, which the judge calls on every value of every api call
 * ({@code "expect"} and {@code "same_as"}) of every test of every submission: small ints and
 * strings for most class-design problems, nested lists and dicts, and whole NumPy arrays compared
 * within a tolerance for the ML problems. The inputs are already-parsed trees as the judge holds
 * them (the expected value from the test file, the actual one from the harness's end event), and
 * they match, which is the common case (an accepted test); a regression here multiplies by the
 * number of calls in a package.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ValueComparatorBench {

  private final Tolerance tolerance = new Tolerance(1e-6, 1e-8);

  private JsonNode intExpected;
  private JsonNode intActual;
  private JsonNode stringExpected;
  private JsonNode stringActual;
  private JsonNode nestedExpected;
  private JsonNode nestedActual;
  private JsonNode setExpected;
  private JsonNode setActual;
  private JsonNode arrayExpected;
  private JsonNode arrayActual;

  @Setup
  public void setUp() {
    intExpected = Inputs.JSON.readTree("42");
    intActual = Inputs.JSON.readTree("42");
    stringExpected = Inputs.JSON.readTree("\"user-1729\"");
    stringActual = Inputs.JSON.readTree("\"user-1729\"");
    String nested =
        "{\"user\": \"alice\", \"balance\": 1250, \"history\": [[1, \"deposit\", 500],"
            + " [2, \"withdraw\", 120], [3, \"transfer\", 75]], \"limits\": {\"daily\": 1000,"
            + " \"rate\": 0.025, \"frozen\": false}, \"tags\": [\"gold\", \"eu\"], \"parent\": null}";
    nestedExpected = Inputs.JSON.readTree(nested);
    nestedActual = Inputs.JSON.readTree(nested.replace("0.025", "0.0250000001"));
    // An "unordered": true list, as returned by a set or a dict's keys.
    setExpected =
        Inputs.JSON.readTree(
            "[\"apple\", \"banana\", \"cherry\", \"date\", \"elder\", \"fig\", \"grape\", \"kiwi\"]");
    setActual =
        Inputs.JSON.readTree(
            "[\"kiwi\", \"fig\", \"apple\", \"grape\", \"date\", \"cherry\", \"elder\", \"banana\"]");
    // The test file's array has no "shape"; the harness's result has one.
    arrayExpected = Inputs.ndarray(64, 64, 7, 0, false);
    arrayActual = Inputs.ndarray(64, 64, 7, 1e-9, true);
    for (JsonNode[] pair :
        new JsonNode[][] {
          {intExpected, intActual},
          {stringExpected, stringActual},
          {nestedExpected, nestedActual},
          {arrayExpected, arrayActual}
        }) {
      Optional<String> diff = ValueComparator.compare(pair[0], pair[1], tolerance, false);
      if (diff.isPresent()) {
        throw new IllegalStateException("benchmark inputs should match: " + diff.get());
      }
    }
    if (ValueComparator.compare(setExpected, setActual, tolerance, true).isPresent()) {
      throw new IllegalStateException("benchmark inputs should match in any order");
    }
  }

  @Benchmark
  public Optional<String> smallInt() {
    return ValueComparator.compare(intExpected, intActual, tolerance, false);
  }

  @Benchmark
  public Optional<String> smallString() {
    return ValueComparator.compare(stringExpected, stringActual, tolerance, false);
  }

  @Benchmark
  public Optional<String> nestedListDict() {
    return ValueComparator.compare(nestedExpected, nestedActual, tolerance, false);
  }

  @Benchmark
  public Optional<String> unorderedList8() {
    return ValueComparator.compare(setExpected, setActual, tolerance, true);
  }

  @Benchmark
  public Optional<String> ndarray64x64Tolerance() {
    return ValueComparator.compare(arrayExpected, arrayActual, tolerance, false);
  }
}
