package dev.onsite.server.workspace;

import dev.onsite.judge.problem.PackageException;
import dev.onsite.judge.workspace.WorkspaceLoader;
import dev.onsite.judge.workspace.WorkspacePackage;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 * The workspace packages this server offers, loaded once at start. A broken package is left out
 * with a warning naming it ({@code ./onsite check workspaces/ID} says what is wrong).
 */
@Component
public class WorkspaceLibrary {

  private static final Logger log = LoggerFactory.getLogger(WorkspaceLibrary.class);

  private final Map<String, WorkspacePackage> packages = new TreeMap<>();

  WorkspaceLibrary(WorkspaceProperties properties) {
    Path dir = properties.workspacesDir().toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) {
      log.info("no workspace packages: {} is not a directory", dir);
      return;
    }
    try (Stream<Path> children = Files.list(dir)) {
      for (Path child : children.filter(WorkspaceLoader::isWorkspacePackage).sorted().toList()) {
        try {
          WorkspacePackage pkg = WorkspaceLoader.load(child);
          packages.put(pkg.id(), pkg);
        } catch (PackageException e) {
          log.warn("skipping a broken workspace package: {}", e.getMessage());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the workspace packages in " + dir, e);
    }
    log.info("{} workspace packages from {}", packages.size(), dir);
  }

  public Optional<WorkspacePackage> find(String id) {
    return Optional.ofNullable(packages.get(id));
  }

  public Collection<WorkspacePackage> all() {
    return packages.values();
  }
}
