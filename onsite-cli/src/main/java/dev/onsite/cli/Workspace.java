package dev.onsite.cli;

import dev.onsite.judge.Judge;
import dev.onsite.judge.lang.Runtimes;
import dev.onsite.judge.problem.PackageException;
import dev.onsite.judge.problem.PackageLoader;
import dev.onsite.judge.problem.ProblemPackage;
import dev.onsite.judge.sandbox.ProcessSandbox;
import dev.onsite.judge.sandbox.Sandbox;
import dev.onsite.judge.sandbox.Sandboxes;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Where the command line finds Onsite's content, and the judge it uses. */
final class Workspace {

  private Workspace() {}

  /** The problems shipped with Onsite: {@code problems/} below the working directory. */
  static Path problemsDir() {
    return Path.of("problems");
  }

  /** Load every package below {@code dir}, reporting the broken ones on {@code err}. */
  static List<ProblemPackage> packages(Path dir, PrintWriter err) {
    List<ProblemPackage> packages = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      throw new UserException(
          dir + ": no such directory (run Onsite from its repository root, or pass --dir)");
    }
    try (Stream<Path> children = Files.list(dir)) {
      for (Path child :
          children.filter(p -> Files.isRegularFile(p.resolve("problem.yaml"))).sorted().toList()) {
        try {
          packages.add(PackageLoader.load(child));
        } catch (PackageException e) {
          err.println("onsite: skipping " + e.getMessage());
        }
      }
    } catch (IOException e) {
      throw new UserException(dir + ": cannot list: " + e.getMessage());
    }
    return packages;
  }

  /** Reads one package directory, or says in one line why it is not one. */
  interface PackageReader<T> {
    T read(Path dir) throws PackageException;
  }

  /**
   * Every package below {@code dir} that {@code isPackage} recognises, in name order, read by
   * {@code reader}; broken ones are reported on {@code err} and skipped; none when {@code dir} does
   * not exist.
   */
  static <T> List<T> packagesBelow(
      Path dir,
      java.util.function.Predicate<Path> isPackage,
      PackageReader<T> reader,
      PrintWriter err) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<T> packages = new ArrayList<>();
    try (Stream<Path> children = Files.list(dir)) {
      for (Path child : children.filter(isPackage).sorted().toList()) {
        try {
          packages.add(reader.read(child));
        } catch (PackageException e) {
          err.println("onsite: skipping " + e.getMessage());
        }
      }
    } catch (IOException e) {
      throw new UserException(dir + ": cannot list: " + e.getMessage());
    }
    return packages;
  }

  static ProblemPackage load(Path dir) {
    try {
      return PackageLoader.load(dir);
    } catch (PackageException e) {
      throw new UserException(e.getMessage());
    }
  }

  /** A judge on the best sandbox here, warning once on {@code err} when it is not hardened. */
  static Judge judge(PrintWriter err) {
    return judge(err, 0);
  }

  /** A judge that keeps {@code warmProcesses} runtimes started ahead per harness command. */
  static Judge judge(PrintWriter err, int warmProcesses) {
    Sandbox sandbox;
    try {
      sandbox = Sandboxes.detect();
    } catch (IllegalStateException e) {
      throw new UserException(e.getMessage());
    }
    if (!sandbox.hardened() && System.getenv("ONSITE_QUIET_SANDBOX") == null) {
      err.println(ProcessSandbox.WARNING);
    }
    return new Judge(sandbox, Runtimes.detect(), warmProcesses);
  }
}
