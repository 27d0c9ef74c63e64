package dev.onsite.server.problem;

import dev.onsite.judge.problem.PackageException;
import dev.onsite.judge.problem.PackageLoader;
import dev.onsite.judge.problem.ProblemPackage;
import dev.onsite.server.system.OnsiteProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The problem packages the server offers: every package below {@code onsite.problems-dir}, loaded
 * at start and again on {@link #reload()}. A broken package is logged and left out; it never stops
 * the server.
 */
@Component
public final class ProblemLibrary {

  /**
   * What a load found.
   *
   * @param loaded how many packages loaded
   * @param skipped one line per package left out, naming its file and what is wrong
   */
  public record LoadReport(int loaded, List<String> skipped) {
    public LoadReport {
      skipped = List.copyOf(skipped);
    }
  }

  private static final Logger log = LoggerFactory.getLogger(ProblemLibrary.class);

  private final Path dir;
  private volatile Map<String, ProblemPackage> packages = Map.of();
  private volatile LoadReport lastLoad = new LoadReport(0, List.of());
  private volatile int generation;

  public ProblemLibrary(OnsiteProperties properties) {
    this.dir = properties.problemsDir().toAbsolutePath().normalize();
    reload();
  }

  /** Load every package again, so that edited and new packages show without a restart. */
  public synchronized LoadReport reload() {
    Map<String, ProblemPackage> loaded = new LinkedHashMap<>();
    List<String> skipped = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      log.warn(
          "no problems directory at {}: the catalogue is empty (run from the repository root, or"
              + " pass --problems DIR)",
          dir);
    } else {
      try (Stream<Path> children = Files.list(dir)) {
        for (Path child :
            children
                .filter(p -> Files.isRegularFile(p.resolve("problem.yaml")))
                .sorted()
                .toList()) {
          try {
            ProblemPackage pkg = PackageLoader.load(child);
            loaded.put(pkg.id(), pkg);
          } catch (PackageException | IllegalArgumentException e) {
            skipped.add(e.getMessage());
            log.atWarn()
                .addKeyValue("package", child.toString())
                .log("skipping {}", e.getMessage());
          }
        }
      } catch (IOException e) {
        log.error("cannot list the problems directory {}: {}", dir, e.getMessage());
      }
    }
    packages = Map.copyOf(loaded);
    generation++;
    lastLoad = new LoadReport(loaded.size(), skipped);
    log.atInfo()
        .addKeyValue("loaded", loaded.size())
        .addKeyValue("skipped", skipped.size())
        .log("problem packages loaded from {}", dir);
    return lastLoad;
  }

  /** Every package, by id. */
  public List<ProblemPackage> all() {
    return packages.values().stream()
        .sorted(java.util.Comparator.comparing(ProblemPackage::id))
        .toList();
  }

  public Optional<ProblemPackage> find(String id) {
    return Optional.ofNullable(packages.get(id));
  }

  /** A number that changes on every load, for caches built from the packages. */
  public int generation() {
    return generation;
  }

  public Path dir() {
    return dir;
  }

  public LoadReport lastLoad() {
    return lastLoad;
  }
}
