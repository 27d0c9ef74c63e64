package dev.onsite.judge.takehome;

import dev.onsite.judge.sandbox.BoxRun;
import dev.onsite.judge.sandbox.ResourceLimits;
import dev.onsite.judge.sandbox.Sandbox;
import dev.onsite.judge.sandbox.SandboxCommand;
import dev.onsite.judge.verdict.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Judge a take-home finder: generate the dataset from a seed in one sandboxed run, give only the
 * dataset (never the answer key) to the finder in a second one, and grade its findings on the host.
 *
 * <p>Each run's staging directory is bound read-only into its box and deleted afterwards; the box's
 * own working directory is a tmpfs that goes with it. Nothing stays on disk after a judgement.
 */
public final class TakeHomeJudge {

  /** How long a generator may run. */
  static final long GENERATOR_WALL_MS = 60_000;

  /** The most a generated dataset may hold. */
  public static final long MAX_DATASET_BYTES = 16L << 20;

  /** The most findings a finder may print. */
  public static final int MAX_FINDINGS_BYTES = 4 << 20;

  /** The address space of each process in a box: pandas and numpy fit well within it. */
  static final long ADDRESS_SPACE = 3L << 30;

  /** The box's writable working directory. */
  static final long WORK_BYTES = 256L << 20;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Sandbox sandbox;
  private final Path python;

  /**
   * @param sandbox where the generator and the finder run (the hardened one wherever it works)
   * @param python the Python 3 with pandas and numpy ({@code /usr/bin/python3})
   */
  public TakeHomeJudge(Sandbox sandbox, Path python) {
    this.sandbox = Objects.requireNonNull(sandbox, "sandbox");
    this.python = Objects.requireNonNull(python, "python");
  }

  /** Whether the sandbox keeps a hostile finder away from the host. */
  public boolean hardened() {
    return sandbox.hardened();
  }

  /**
   * Run the package's generator with {@code seed}.
   *
   * @throws TakeHomeException when the generator fails or writes something unusable (the package's
   *     fault), naming the seed
   */
  public Dataset generate(TakeHomePackage pkg, long seed) {
    Path stage = tempDir("onsite-th-gen-");
    try {
      copyTree(pkg.generator().getParent(), stage.resolve("generator"));
      try (InputStream driver = TakeHomeJudge.class.getResourceAsStream("generate_driver.py")) {
        if (driver == null) {
          throw new IllegalStateException("generate_driver.py is missing from the judge's jar");
        }
        Files.write(stage.resolve("generate_driver.py"), driver.readAllBytes());
      }
      BoxRun.makeReadable(stage);
      SandboxCommand command =
          command(
              List.of(
                  python.toString(),
                  "-I",
                  "-B",
                  stage.resolve("generate_driver.py").toString(),
                  Long.toString(seed)),
              stage);
      BoxRun.Finished run =
          BoxRun.run(
              sandbox,
              command,
              new byte[0],
              GENERATOR_WALL_MS,
              (int) (MAX_DATASET_BYTES * 4 / 3 + (1 << 20)),
              64 << 10);
      String where = "generator/generate.py with seed " + seed;
      if (run.timedOut()) {
        throw new TakeHomeException(
            where + " ran past " + GENERATOR_WALL_MS / 1000 + " s (make the dataset smaller)");
      }
      if (run.stdoutOverflow()) {
        throw new TakeHomeException(
            where + " wrote more than " + (MAX_DATASET_BYTES >> 20) + " MB of dataset");
      }
      if (run.status() != 0) {
        throw new TakeHomeException(
            where + " failed (exit " + run.status() + "): " + run.lastErrorLine("no message"));
      }
      return dataset(pkg, seed, new String(run.stdout(), StandardCharsets.UTF_8), where);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run the generator: " + e.getMessage(), e);
    } finally {
      BoxRun.deleteTree(stage);
    }
  }

  /** Read the driver's line: the dataset's files and the key, checked. */
  static Dataset dataset(TakeHomePackage pkg, long seed, String line, String where) {
    JsonNode root;
    try {
      root = JSON.readTree(line);
    } catch (JacksonException e) {
      throw new TakeHomeException(where + ": the driver's output is not JSON");
    }
    Map<String, byte[]> files = new TreeMap<>();
    JsonNode filesNode = root.path("files");
    for (String name : (Iterable<String>) filesNode.propertyNames()::iterator) {
      if (name.startsWith("/") || name.contains("..") || name.contains("\\")) {
        throw new TakeHomeException(where + ": dataset file '" + name + "' has an unsafe path");
      }
      files.put(name, Base64.getDecoder().decode(filesNode.get(name).asString()));
    }
    if (files.isEmpty()) {
      throw new TakeHomeException(where + " wrote no files under OUT/dataset/");
    }
    JsonNode faults = root.path("key").path("faults");
    if (!faults.isArray()) {
      throw new TakeHomeException(
          where + ": answer_key.json must be {\"faults\": [{\"kind\", \"ids\"}, ...]}");
    }
    Map<String, Set<String>> key = new LinkedHashMap<>();
    for (JsonNode f : faults) {
      String kind = f.path("kind").asString("");
      if (pkg.fault(kind).isEmpty()) {
        throw new TakeHomeException(
            where + ": answer_key.json names fault kind '" + kind + "', not in takehome.yaml");
      }
      Set<String> ids = key.computeIfAbsent(kind, k -> new HashSet<>());
      for (JsonNode id : f.path("ids")) {
        ids.add(id.isIntegralNumber() ? id.bigIntegerValue().toString() : id.asString());
      }
    }
    return new Dataset(seed, files, key);
  }

  /**
   * Generate the dataset of {@code seed} and judge {@code source} on it.
   *
   * @throws TakeHomeException when the generator fails or the source is not usable text
   */
  public TakeHomeResult judge(TakeHomePackage pkg, long seed, String source) {
    return judge(pkg, generate(pkg, seed), source);
  }

  /**
   * Run the finder {@code source} on {@code dataset} and grade what it prints. A finder that loops,
   * crashes, prints too much or prints findings that cannot be read gets a verdict, not an
   * exception.
   *
   * @throws TakeHomeException when {@code source} is larger than {@link
   *     TakeHomeLoader#MAX_SOURCE_BYTES}
   */
  public TakeHomeResult judge(TakeHomePackage pkg, Dataset dataset, String source) {
    byte[] code = source.getBytes(StandardCharsets.UTF_8);
    if (code.length > TakeHomeLoader.MAX_SOURCE_BYTES) {
      throw new TakeHomeException(
          "the finder is "
              + code.length
              + " bytes; the most is "
              + TakeHomeLoader.MAX_SOURCE_BYTES
              + " (read the data at run time; do not paste it into the code)");
    }
    Path stage = tempDir("onsite-th-run-");
    try {
      Path data = stage.resolve("dataset");
      for (var e : dataset.files().entrySet()) {
        Path target = data.resolve(e.getKey()).normalize();
        Files.createDirectories(target.getParent());
        Files.write(target, e.getValue());
      }
      Files.createDirectories(data);
      Files.write(stage.resolve("finder.py"), code);
      BoxRun.makeReadable(stage);
      SandboxCommand command =
          command(
              List.of(
                  python.toString(),
                  "-I",
                  "-B",
                  stage.resolve("finder.py").toString(),
                  data.toString()),
              stage);
      BoxRun.Finished run =
          BoxRun.run(
              sandbox,
              command,
              new byte[0],
              pkg.wallSeconds() * 1000L,
              MAX_FINDINGS_BYTES,
              64 << 10);
      if (run.timedOut()) {
        return TakeHomeGrader.failed(
            pkg,
            dataset.seed(),
            Verdict.TLE,
            "the finder ran past the wall limit of "
                + pkg.wallSeconds()
                + " s (an infinite loop, or a row-by-row scan that should be vectorized?)",
            run.wallMs());
      }
      if (run.stdoutOverflow()) {
        return TakeHomeGrader.failed(
            pkg,
            dataset.seed(),
            Verdict.OLE,
            "the finder printed more than "
                + (MAX_FINDINGS_BYTES >> 20)
                + " MB: flag the faulty rows, not every row",
            run.wallMs());
      }
      if (run.status() != 0) {
        return TakeHomeGrader.failed(
            pkg,
            dataset.seed(),
            Verdict.RE,
            "the finder exited with status "
                + run.status()
                + ": "
                + run.lastErrorLine("no message"),
            run.wallMs());
      }
      String stdout;
      try {
        stdout =
            StandardCharsets.UTF_8
                .newDecoder()
                .decode(java.nio.ByteBuffer.wrap(run.stdout()))
                .toString();
      } catch (CharacterCodingException e) {
        return TakeHomeGrader.failed(
            pkg, dataset.seed(), Verdict.WA, "the findings are not UTF-8 text", run.wallMs());
      }
      return TakeHomeGrader.grade(pkg, dataset, stdout, run.wallMs());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run the finder: " + e.getMessage(), e);
    } finally {
      BoxRun.deleteTree(stage);
    }
  }

  private SandboxCommand command(List<String> argv, Path stage) {
    Map<String, String> env = new TreeMap<>();
    env.put("PATH", "/usr/bin:/bin");
    env.put("LANG", "C.UTF-8");
    env.put("PYTHONHASHSEED", "0");
    env.put("PYTHONIOENCODING", "utf-8");
    env.put("OPENBLAS_NUM_THREADS", "1");
    env.put("OMP_NUM_THREADS", "1");
    env.put("MPLBACKEND", "Agg");
    return new SandboxCommand(
        argv, env, List.of(python, stage), new ResourceLimits(ADDRESS_SPACE, WORK_BYTES, 256, 64));
  }

  private static Path tempDir(String prefix) {
    try {
      return Files.createTempDirectory(prefix);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a staging directory", e);
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path p : paths.toList()) {
        if (p.getFileName().toString().equals("__pycache__")) {
          continue;
        }
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else if (Files.isRegularFile(p) && !p.toString().contains("__pycache__")) {
          Files.createDirectories(target.getParent());
          Files.copy(p, target);
        }
      }
    }
  }
}
