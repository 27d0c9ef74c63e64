package dev.onsite.server.takehome;

import dev.onsite.judge.problem.PackageException;
import dev.onsite.judge.takehome.TakeHomeLoader;
import dev.onsite.judge.takehome.TakeHomePackage;
import dev.onsite.server.problem.ItemLibrary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The take-home packages this server offers. A broken package is left out with a warning naming it
 * ({@code ./onsite check takehomes/ID} says what is wrong).
 */
@Component
public class TakeHomeLibrary implements ItemLibrary<TakeHomePackage> {

  private static final Logger log = LoggerFactory.getLogger(TakeHomeLibrary.class);

  private final Path dir;
  private final AtomicInteger generation = new AtomicInteger();
  private volatile Map<String, TakeHomePackage> packages = Map.of();

  TakeHomeLibrary(TakeHomeProperties properties) {
    this.dir = properties.takehomesDir().toAbsolutePath().normalize();
    reload();
  }

  /** Load the packages again from disk. */
  @Override
  public void reload() {
    Map<String, TakeHomePackage> loaded = new TreeMap<>();
    if (Files.isDirectory(dir)) {
      try (Stream<Path> children = Files.list(dir)) {
        for (Path child : children.filter(TakeHomeLoader::isTakeHomePackage).sorted().toList()) {
          try {
            TakeHomePackage pkg = TakeHomeLoader.load(child);
            loaded.put(pkg.id(), pkg);
          } catch (PackageException e) {
            log.warn("skipping a broken take-home package: {}", e.getMessage());
          }
        }
      } catch (IOException e) {
        log.warn("cannot list the take-home packages in {}: {}", dir, e.getMessage());
      }
    }
    packages = Map.copyOf(loaded);
    generation.incrementAndGet();
    log.info("{} take-home packages from {}", loaded.size(), dir);
  }

  @Override
  public Optional<TakeHomePackage> find(String id) {
    return Optional.ofNullable(packages.get(id));
  }

  @Override
  public Collection<TakeHomePackage> all() {
    return List.copyOf(new TreeMap<>(packages).values());
  }

  @Override
  public int generation() {
    return generation.get();
  }
}
