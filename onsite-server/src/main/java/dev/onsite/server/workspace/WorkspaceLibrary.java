package dev.onsite.server.workspace;

import dev.onsite.judge.problem.PackageException;
import dev.onsite.judge.workspace.WorkspaceLoader;
import dev.onsite.judge.workspace.WorkspacePackage;
import dev.onsite.server.problem.ItemLibrary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The workspace packages this server offers, loaded at start and on {@link #reload()}. A broken
 * package is left out with a warning naming it ({@code ./onsite check workspaces/ID} says what is
 * wrong).
 */
@Component
public class WorkspaceLibrary implements ItemLibrary<WorkspacePackage> {

  private static final Logger log = LoggerFactory.getLogger(WorkspaceLibrary.class);

  private final Path dir;
  private volatile Map<String, WorkspacePackage> packages = Map.of();
  private volatile int generation;

  WorkspaceLibrary(WorkspaceProperties properties) {
    this.dir = properties.workspacesDir().toAbsolutePath().normalize();
    reload();
  }

  /** Load the packages again from disk; a broken one is left out with a warning. */
  @Override
  public synchronized void reload() {
    Map<String, WorkspacePackage> loaded = new TreeMap<>();
    if (!Files.isDirectory(dir)) {
      log.info("no workspace packages: {} is not a directory", dir);
    } else {
      try (Stream<Path> children = Files.list(dir)) {
        for (Path child : children.filter(WorkspaceLoader::isWorkspacePackage).sorted().toList()) {
          try {
            WorkspacePackage pkg = WorkspaceLoader.load(child);
            loaded.put(pkg.id(), pkg);
          } catch (PackageException e) {
            log.warn("skipping a broken workspace package: {}", e.getMessage());
          }
        }
      } catch (IOException e) {
        log.error(
            "cannot list the workspace packages in {}: {}; keeping the ones loaded",
            dir,
            e.getMessage());
        return;
      }
      log.info("{} workspace packages from {}", loaded.size(), dir);
    }
    packages = java.util.Collections.unmodifiableMap(loaded);
    generation++;
  }

  /** A number that changes on every {@link #reload()}. */
  @Override
  public int generation() {
    return generation;
  }

  @Override
  public Optional<WorkspacePackage> find(String id) {
    return Optional.ofNullable(packages.get(id));
  }

  @Override
  public Collection<WorkspacePackage> all() {
    return packages.values();
  }
}
