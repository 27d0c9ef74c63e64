package dev.onsite.jmh;

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
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Guards reading the harness protocol: every test of every submission ends with one {@code "end"}
 * event line that the judge parses with Jackson (a {@code JsonMapper} that allows {@code NaN} and
 * {@code Infinity}, like {@code HarnessRunner}'s), then reads its status, timings and results. The
 * line carries the test's results and its stdout, so three shapes are measured: an api test with
 * two small results, an api test returning a 64x64 float64 array, and a stdio test whose stdout is
 * 1000 tokens. Each call copies the line out of a {@link StringBuilder} as the runner does.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class HarnessEventBench {

  private StringBuilder smallLine;
  private StringBuilder ndarrayLine;
  private StringBuilder stdoutLine;

  @Setup
  public void setUp() {
    smallLine =
        new StringBuilder(
            "{\"e\": \"end\", \"i\": 3, \"status\": \"ok\", \"cpu_ns\": 1200, \"wall_ns\": 1500,"
                + " \"memory_kb\": 23000, \"stdout\": \"\", \"stderr\": \"\","
                + " \"results\": [{\"v\": 2}, {\"v\": [1, 2, 3]}]}");
    ObjectNode event = endEvent();
    event.putArray("results").addObject().set("v", Inputs.ndarray(64, 64, 3, 0, true));
    ndarrayLine = new StringBuilder(Inputs.JSON.writeValueAsString(event));
    ObjectNode stdio = endEvent();
    stdio.put("stdout", Inputs.stdio(100, 5, 6, 0));
    stdio.putArray("results");
    stdoutLine = new StringBuilder(Inputs.JSON.writeValueAsString(stdio));
  }

  private static ObjectNode endEvent() {
    ObjectNode event = Inputs.JSON.createObjectNode();
    event.put("e", "end").put("i", 3).put("status", "ok");
    event.put("cpu_ns", 48_210_000L).put("wall_ns", 51_930_000L).put("memory_kb", 61_240);
    event.put("stdout", "").put("stderr", "");
    return event;
  }

  /** What {@code HarnessRunner} does with one line: parse it, check it is an event, read it. */
  private static JsonNode readEvent(CharSequence line, Blackhole blackhole) {
    JsonNode node = Inputs.JSON.readTree(line.toString());
    if (node == null || !node.has("e")) {
      throw new IllegalStateException("not an event");
    }
    blackhole.consume(node.get("e").asString());
    blackhole.consume(node.get("i").asInt());
    blackhole.consume(node.path("status").asString("died"));
    blackhole.consume(node.path("cpu_ns").asLong());
    blackhole.consume(node.path("wall_ns").asLong());
    blackhole.consume(node.path("memory_kb").asLong());
    blackhole.consume(node.path("stdout").asString(""));
    return node;
  }

  @Benchmark
  public JsonNode endEventSmallResults(Blackhole blackhole) {
    return readEvent(smallLine, blackhole);
  }

  @Benchmark
  public JsonNode endEventNdarray64x64(Blackhole blackhole) {
    return readEvent(ndarrayLine, blackhole);
  }

  @Benchmark
  public JsonNode endEventStdout1000Tokens(Blackhole blackhole) {
    return readEvent(stdoutLine, blackhole);
  }
}
