package dev.onsite.server.company;

import dev.onsite.catalog.Catalog;
import dev.onsite.catalog.content.ContentProblem;
import dev.onsite.catalog.practice.PracticeItem;
import dev.onsite.judge.problem.ProblemPackage;
import dev.onsite.server.problem.PracticeShelf;
import dev.onsite.server.problem.ProblemLibrary;
import dev.onsite.server.system.OnsiteProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The interview-intelligence catalog (companies, loops, reported questions, insights) with the
 * server's problems as its practice items; built on first use and again after the problems reload.
 */
@Component
public class Intelligence implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(Intelligence.class);

  private final Path contentDir;
  private final ProblemLibrary library;
  private final List<PracticeShelf> shelves;
  private Catalog catalog;
  private List<Integer> generation = List.of();

  Intelligence(OnsiteProperties properties, ProblemLibrary library, List<PracticeShelf> shelves) {
    this.contentDir = properties.contentDir().toAbsolutePath().normalize();
    this.library = library;
    this.shelves = List.copyOf(shelves);
  }

  /** The catalog, current with the problem library and the other practice items. */
  public synchronized Catalog catalog() {
    List<Integer> current = new java.util.ArrayList<>();
    current.add(library.generation());
    shelves.forEach(shelf -> current.add(shelf.generation()));
    if (catalog == null || !generation.equals(current)) {
      if (catalog != null) {
        catalog.close();
      }
      generation = List.copyOf(current);
      List<PracticeItem> items = new java.util.ArrayList<>();
      library.all().stream().map(this::practiceItem).forEach(items::add);
      shelves.forEach(shelf -> items.addAll(shelf.practiceItems()));
      catalog = Catalog.load(contentDir, items);
      for (ContentProblem problem : catalog.problems()) {
        log.warn("content: skipping {}", problem);
      }
      log.atInfo()
          .addKeyValue("companies", catalog.companies().size())
          .addKeyValue("practiceItems", items.size())
          .log("interview intelligence loaded from {}", contentDir);
    }
    return catalog;
  }

  /**
   * Load the catalog and build its search index once the server is up, in the background, so that
   * the first search does not pay for them (about 3 s with the shipped content on 2 busy cores). A
   * worker ({@code ./onsite worker}, no web server) serves no search and skips it: its cores are
   * for judging.
   */
  @EventListener(ApplicationReadyEvent.class)
  void warmUp(ApplicationReadyEvent ready) {
    if (!(ready.getApplicationContext()
        instanceof org.springframework.boot.web.server.context.WebServerApplicationContext)) {
      return;
    }
    Thread.ofPlatform()
        .name("onsite-search-warm-up")
        .daemon(true)
        .start(
            () -> {
              try {
                catalog().index();
              } catch (RuntimeException e) {
                log.warn("cannot build the search index ahead of use: {}", e.getMessage());
              }
            });
  }

  private PracticeItem practiceItem(ProblemPackage pkg) {
    // The introduction and the first level only: search must not show a locked level's text.
    StringBuilder statement = new StringBuilder(read(pkg.statement()));
    if (!pkg.levels().isEmpty()) {
      statement.append('\n').append(read(pkg.levels().getFirst().statement()));
    }
    return new PracticeItem(
        pkg.id(),
        "problems/" + pkg.id(),
        pkg.metadata().round(),
        pkg.title() == null ? pkg.id() : pkg.title(),
        pkg.metadata().difficulty(),
        pkg.metadata().tags(),
        pkg.metadata().companies(),
        statement.toString());
  }

  private static String read(Path file) {
    if (file == null) {
      return "";
    }
    try {
      return Files.readString(file);
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }

  @Override
  public synchronized void destroy() {
    if (catalog != null) {
      catalog.close();
      catalog = null;
    }
  }
}
