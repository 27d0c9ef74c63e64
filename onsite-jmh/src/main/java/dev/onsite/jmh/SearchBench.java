package dev.onsite.jmh;

import dev.onsite.catalog.Catalog;
import dev.onsite.catalog.practice.PracticeItem;
import dev.onsite.catalog.search.SearchHit;
import dev.onsite.catalog.search.SearchRequest;
import dev.onsite.judge.problem.PackageException;
import dev.onsite.judge.problem.PackageLoader;
import dev.onsite.judge.problem.ProblemPackage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Guards search over the whole shipped catalogue (the repository's {@code content/} and {@code
 * problems/}, run from the repository's root): one query of each kind people type, 20 hits with
 * their highlighted snippets, as {@code /api/search} asks for. The goal is p99 <= 20 ms through the
 * server, so the index's own share must stay a small part of it.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SearchBench {

  @Param({"attention", "bpe tokenizer", "openai", "sliding window", "kv cache", "google"})
  public String query;

  private Catalog catalog;
  private SearchRequest request;

  @Setup
  public void setUp() {
    Path root = Path.of(System.getProperty("onsite.root", "."));
    if (!Files.isDirectory(root.resolve("content"))) {
      throw new IllegalStateException(
          "run from the repository's root (or -Donsite.root=DIR): no content/ in " + root);
    }
    catalog = Catalog.load(root.resolve("content"), practiceItems(root.resolve("problems")));
    request = SearchRequest.of(query, 20);
    if (search().isEmpty()) {
      throw new IllegalStateException("no hits for '" + query + "': a benchmark of nothing");
    }
  }

  @Benchmark
  public List<SearchHit> search() {
    return catalog.search(request);
  }

  /** The problem packages as practice items, their statements searchable as the server has them. */
  private static List<PracticeItem> practiceItems(Path problems) {
    List<PracticeItem> items = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(problems)) {
      for (Path dir :
          dirs.filter(d -> Files.isRegularFile(d.resolve("problem.yaml"))).sorted().toList()) {
        try {
          ProblemPackage pkg = PackageLoader.load(dir);
          StringBuilder statement = new StringBuilder(Files.readString(pkg.statement()));
          for (var level : pkg.levels()) {
            if (level.statement() != null) {
              statement.append('\n').append(Files.readString(level.statement()));
            }
          }
          var meta = pkg.metadata();
          items.add(
              new PracticeItem(
                  pkg.id(),
                  dir.toString(),
                  meta.round(),
                  pkg.title(),
                  meta.difficulty(),
                  meta.tags(),
                  meta.companies(),
                  statement.toString()));
        } catch (PackageException e) {
          // `./onsite check` reports broken packages; the benchmark searches the others.
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + problems, e);
    }
    return items;
  }
}
