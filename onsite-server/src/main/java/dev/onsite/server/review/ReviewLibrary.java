package dev.onsite.server.review;

import dev.onsite.judge.problem.PackageException;
import dev.onsite.judge.review.ReviewLoader;
import dev.onsite.judge.review.ReviewPackage;
import dev.onsite.server.problem.ItemLibrary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The code review packages the server offers: every package below {@code onsite.reviews-dir}
 * (default {@code reviews}), loaded at start and on {@link #reload()}. A broken package is logged
 * and left out; it never stops the server.
 */
@Component
class ReviewLibrary implements ItemLibrary<ReviewPackage> {

  private static final Logger log = LoggerFactory.getLogger(ReviewLibrary.class);
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,127}");

  private final Path dir;
  private volatile Map<String, ReviewPackage> packages = Map.of();
  private volatile int generation;

  ReviewLibrary(@Value("${onsite.reviews-dir:reviews}") Path dir) {
    this.dir = dir.toAbsolutePath().normalize();
    reload();
  }

  @Override
  public synchronized void reload() {
    Map<String, ReviewPackage> loaded = new LinkedHashMap<>();
    if (Files.isDirectory(dir)) {
      try (Stream<Path> children = Files.list(dir)) {
        for (Path child : children.filter(ReviewLoader::isReviewPackage).sorted().toList()) {
          try {
            ReviewPackage pkg = ReviewLoader.load(child);
            loaded.put(pkg.id(), pkg);
          } catch (PackageException | IllegalArgumentException e) {
            log.atWarn()
                .addKeyValue("package", child.toString())
                .log("skipping {}", e.getMessage());
          }
        }
      } catch (IOException e) {
        log.error("cannot list the reviews directory {}: {}", dir, e.getMessage());
      }
    }
    packages = Map.copyOf(loaded);
    generation++;
    log.atInfo().addKeyValue("loaded", loaded.size()).log("review packages loaded from {}", dir);
  }

  /** Every package, by id. */
  @Override
  public List<ReviewPackage> all() {
    return packages.values().stream()
        .sorted(java.util.Comparator.comparing(ReviewPackage::id))
        .toList();
  }

  @Override
  public Optional<ReviewPackage> find(String id) {
    return id == null || !ID.matcher(id).matches()
        ? Optional.empty()
        : Optional.ofNullable(packages.get(id));
  }

  /**
   * The package with {@code id}.
   *
   * @throws ResponseStatusException 404 naming the id when there is none (ids that are not a
   *     package name, such as {@code ../x}, are never looked up on disk)
   */
  ReviewPackage require(String id) {
    return find(id)
        .orElseThrow(
            () ->
                new ResponseStatusException(
                    HttpStatus.NOT_FOUND,
                    "no code review package '"
                        + Texts.abbreviate(id)
                        + "'; see /problems?round=code-review for the list"));
  }

  @Override
  public int generation() {
    return generation;
  }
}
