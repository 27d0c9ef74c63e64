package dev.onsite.cli;

import dev.onsite.judge.bench.JudgeBenchmark;
import dev.onsite.judge.bench.JudgeBenchmark.Result;
import dev.onsite.judge.bench.JudgeBenchmark.Stats;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Run the judge benchmark and print the figures docs/performance.md reports. */
@Command(
    name = "bench",
    description = "Benchmark the judge: latency, throughput, and the naive pipeline beside it.")
final class BenchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--quick", description = "Fewer samples: done within a minute.")
  boolean quick;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Option(
      names = "--catalogue",
      description =
          "Judge every shipped package's accepted solutions through a running server (HTTP, the"
              + " database, the verdict stream) and report per package, plus server start, memory"
              + " and page times.")
  boolean catalogue;

  @Option(
      names = "--scale-out",
      description =
          "Judge a burst through a server and real PostgreSQL with one ./onsite worker, then two,"
              + " each confined to one core (taskset), and report the speedup.")
  boolean scaleOut;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    if (scaleOut) {
      Map<String, Object> result =
          new ScaleOutBench(Workspace.problemsDir(), Path.of("content"), quick, progress(err))
              .run();
      out.println(json ? Reports.JSON.writeValueAsString(result) : ScaleOutBench.table(result));
      out.flush();
      return 0;
    }
    if (catalogue) {
      Path problems = Workspace.problemsDir();
      Map<String, Object> result =
          new CatalogueBench(problems, Path.of("content"), quick, progress(err))
              .run(Workspace.packages(problems, err));
      out.println(json ? Reports.JSON.writeValueAsString(result) : CatalogueBench.table(result));
      out.flush();
      return 0;
    }
    JudgeBenchmark benchmark = new JudgeBenchmark(Workspace.judge(err, 2), quick, progress(err));
    Result result;
    try {
      result = benchmark.run();
    } catch (IllegalStateException e) {
      throw new UserException(
          "the benchmark could not run: " + e.getMessage(), Onsite.EXIT_FAILURE);
    }
    if (json) {
      out.println(Reports.JSON.writeValueAsString(toJson(result)));
    } else {
      out.print(table(result));
    }
    out.flush();
    return 0;
  }

  /** Each step of a long run on one line of standard error, as it starts. */
  private static java.util.function.Consumer<String> progress(PrintWriter err) {
    return step -> {
      err.println("bench: " + step);
      err.flush();
    };
  }

  static Map<String, Object> toJson(Result r) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("java", stats(r.java()));
    out.put("python", stats(r.python()));
    out.put("torch", stats(r.torch()));
    out.put("throughput_per_s", r.throughputPerSecond());
    out.put(
        "naive",
        Map.of(
            "java",
            Map.of("p50_ms", r.naiveJava().p50()),
            "python",
            Map.of("p50_ms", r.naivePython().p50())));
    out.put("speedup_p50", Map.of("java", r.speedupJava(), "python", r.speedupPython()));
    out.put("sandbox", r.sandbox());
    out.put("machine", r.machine());
    out.put("floor_ms", Map.of("java", r.floorJavaMs(), "python", r.floorPythonMs()));
    out.put("breakdown_ms", Map.of("java", r.breakdownJavaMs(), "python", r.breakdownPythonMs()));
    out.put("cpu_ms_per_submission", r.cpuMsPerSubmission());
    out.put("cpu_bound_per_s", r.cpuBoundPerSecond());
    out.put(
        "cpu_ms_per_language",
        Map.of(
            "java",
            r.cpuMsPerJavaSubmission(),
            "python",
            r.cpuMsPerPythonSubmission(),
            "torch",
            r.cpuMsPerTorchSubmission()));
    return out;
  }

  private static Map<String, Object> stats(Stats s) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("p50_ms", s.p50());
    out.put("p95_ms", s.p95());
    out.put("p99_ms", s.p99());
    out.put("samples", s.samples());
    return out;
  }

  private static String table(Result r) {
    StringBuilder sb = new StringBuilder();
    sb.append(Terminal.bold("Onsite judge benchmark"))
        .append("  (sandbox: ")
        .append(r.sandbox())
        .append("; ")
        .append(r.machine())
        .append(")\n\n");
    sb.append(
        String.format(
            "%-34s %8s %8s %8s %10s %9s %8s%n",
            "workload", "p50 ms", "p95 ms", "p99 ms", "naive p50", "speedup", "floor"));
    sb.append(
        String.format(
            "%-34s %8.1f %8.1f %8.1f %10.1f %8.1fx %8.1f%n",
            "java api, 20 tests",
            r.java().p50(),
            r.java().p95(),
            r.java().p99(),
            r.naiveJava().p50(),
            r.speedupJava(),
            r.floorJavaMs()));
    sb.append(
        String.format(
            "%-34s %8.1f %8.1f %8.1f %10.1f %8.1fx %8.1f%n",
            "python + numpy, 20 tests",
            r.python().p50(),
            r.python().p95(),
            r.python().p99(),
            r.naivePython().p50(),
            r.speedupPython(),
            r.floorPythonMs()));
    sb.append(
        String.format(
            "%-34s %8.1f %8.1f %8.1f%n",
            "python + torch nn.Module, 10 tests",
            r.torch().p50(),
            r.torch().p95(),
            r.torch().p99()));
    sb.append(
        String.format(
            "%nthroughput (mixed, %d at a time): %.1f submissions/s%n",
            JudgeBenchmark.inFlight(), r.throughputPerSecond()));
    if (r.cpuMsPerSubmission() > 0) {
      sb.append(
          String.format(
              "cpu per submission (judge, boxes and refills): %.1f ms, so %d cores sustain at most"
                  + " %.1f/s%n",
              r.cpuMsPerSubmission(),
              Runtime.getRuntime().availableProcessors(),
              r.cpuBoundPerSecond()));
      sb.append(
          String.format(
              "cpu per submission, one at a time: java %.1f ms, python %.1f ms, torch %.1f ms%n",
              r.cpuMsPerJavaSubmission(),
              r.cpuMsPerPythonSubmission(),
              r.cpuMsPerTorchSubmission()));
    }
    sb.append("where the time goes at p50 (ms): java ")
        .append(r.breakdownJavaMs())
        .append("; python ")
        .append(r.breakdownPythonMs())
        .append('\n');
    return sb.toString();
  }
}
