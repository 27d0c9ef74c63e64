package dev.onsite.server.problem;

import dev.onsite.catalog.practice.PracticeItem;
import dev.onsite.judge.lang.Language;
import dev.onsite.judge.problem.Level;
import dev.onsite.judge.problem.Metadata;
import dev.onsite.judge.problem.ProblemKind;
import dev.onsite.judge.problem.ProblemPackage;
import dev.onsite.judge.problem.TestCase;
import dev.onsite.server.system.OnsiteProperties;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalogue and the problem pages' contents for one person: their status on each problem, and
 * for a problem the statement sections, examples and starters they may see.
 */
@Service
public class Catalogue {

  /** The most of an example's input or output shown on a page. */
  static final int EXAMPLE_CHARS = 4000;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final ProblemLibrary library;
  private final List<PracticeShelf> shelves;
  private final Progress progress;
  private final StatementRenderer renderer;
  private final int defaultExamMinutes;

  Catalogue(
      ProblemLibrary library,
      List<PracticeShelf> shelves,
      Progress progress,
      StatementRenderer renderer,
      OnsiteProperties properties) {
    this.library = library;
    this.shelves = List.copyOf(shelves);
    this.progress = progress;
    this.renderer = renderer;
    this.defaultExamMinutes = properties.exam().defaultMinutes();
  }

  /**
   * The problems, then the other practice items (code reviews, ...), that match {@code filter},
   * with the account's status on each.
   */
  public List<ProblemSummary> summaries(long accountId, CatalogueFilter filter) {
    Map<String, ProblemStatus> statuses = progress.statuses(accountId);
    List<ProblemSummary> all = new ArrayList<>();
    library.all().stream()
        .map(p -> ProblemSummary.of(p, statuses.getOrDefault(p.id(), ProblemStatus.NEW)))
        .forEach(all::add);
    shelves.forEach(shelf -> all.addAll(shelf.summaries(accountId)));
    return all.stream().filter(filter::matches).toList();
  }

  /** How many items the catalogue holds in all: problems and the other practice items. */
  public int total() {
    return library.all().size()
        + shelves.stream().mapToInt(shelf -> shelf.practiceItems().size()).sum();
  }

  /** Load the problems and the other practice items again from disk. */
  public ProblemLibrary.LoadReport reload() {
    shelves.forEach(PracticeShelf::reload);
    return library.reload();
  }

  /** The values the catalogue's filters offer, each sorted. */
  public Map<String, List<String>> filterOptions() {
    TreeSet<String> rounds = new TreeSet<>();
    TreeSet<String> companies = new TreeSet<>();
    TreeSet<String> tags = new TreeSet<>();
    Set<String> patterns = new HashSet<>();
    for (ProblemPackage p : library.all()) {
      patterns.addAll(p.metadata().patterns());
      rounds.add(p.metadata().round());
      companies.addAll(p.metadata().companies());
      tags.addAll(p.metadata().tags());
    }
    for (PracticeShelf shelf : shelves) {
      for (PracticeItem item : shelf.practiceItems()) {
        if (item.round() != null) {
          rounds.add(item.round());
        }
        companies.addAll(item.companies());
        tags.addAll(item.tags());
      }
    }
    Map<String, List<String>> options = new LinkedHashMap<>();
    options.put("round", List.copyOf(rounds));
    options.put("company", List.copyOf(companies));
    options.put("tag", List.copyOf(tags));
    options.put("difficulty", List.of("easy", "medium", "hard"));
    options.put("status", List.of("solved", "attempted", "new"));
    options.put("pattern", Metadata.PATTERNS.stream().filter(patterns::contains).toList());
    return options;
  }

  /**
   * The package with id {@code id}.
   *
   * @throws ResponseStatusException 404 when there is none
   */
  public ProblemPackage require(String id) {
    return library
        .find(id)
        .orElseThrow(
            () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no problem '" + id + "'"));
  }

  public Optional<ProblemPackage> find(String id) {
    return library.find(id);
  }

  /** Everything the problem page shows to the account. */
  public ProblemDetails details(ProblemPackage pkg, long accountId) {
    ProblemStatus status = progress.statuses(accountId).getOrDefault(pkg.id(), ProblemStatus.NEW);
    int passed = progress.levelsPassed(accountId, pkg.id());
    int unlocked = Levels.unlocked(pkg, passed);
    List<ProblemDetails.Section> sections = new ArrayList<>();
    String intro = read(pkg.statement());
    if (!intro.isBlank() || !pkg.multiLevel()) {
      sections.add(
          new ProblemDetails.Section(
              "intro",
              pkg.title(),
              0,
              false,
              status == ProblemStatus.SOLVED,
              renderer.render(intro, pkg.id()),
              pkg.metadata().minutes()));
    }
    String current = null;
    for (int i = 0; i < pkg.levels().size(); i++) {
      Level level = pkg.levels().get(i);
      boolean locked = i >= unlocked;
      boolean levelPassed = i < passed;
      if (!levelPassed && current == null) {
        current = level.id();
      }
      sections.add(
          new ProblemDetails.Section(
              level.id(),
              level.title(),
              i + 1,
              locked,
              levelPassed,
              locked ? "" : renderer.render(read(level.statement()), pkg.id()),
              level.minutes()));
    }
    Map<String, String> starters = new LinkedHashMap<>();
    for (Language language : ProblemSummary.languages(pkg)) {
      Path starter = pkg.starters().get(language);
      String code = starter != null ? read(starter) : "";
      starters.put(language.id(), code.isEmpty() ? defaultStarter(pkg, language) : code);
    }
    return new ProblemDetails(
        ProblemSummary.of(pkg, status),
        sections,
        examples(pkg, unlocked),
        starters,
        passed,
        unlocked,
        current,
        Levels.examMinutes(pkg, defaultExamMinutes),
        pkg.limits().timeLimitSeconds().isPresent()
            ? pkg.limits().timeLimitSeconds().getAsDouble()
            : null,
        pkg.limits().memoryMb());
  }

  /** The visible tests of unlocked levels, as examples. */
  static List<ProblemDetails.Example> examples(ProblemPackage pkg, int unlocked) {
    List<ProblemDetails.Example> examples = new ArrayList<>();
    for (TestCase test : pkg.tests()) {
      if (!test.visible() || !Levels.isUnlocked(pkg, test.level(), unlocked)) {
        continue;
      }
      if (pkg.kind() == ProblemKind.API) {
        examples.add(apiExample(test));
      } else if (pkg.kind() == ProblemKind.SQL) {
        examples.add(sqlExample(test));
      } else {
        examples.add(
            new ProblemDetails.Example(
                test.name(), test.level(), "", cap(read(test.input())), cap(read(test.answer()))));
      }
    }
    return examples;
  }

  private static ProblemDetails.Example apiExample(TestCase test) {
    String text = read(test.input());
    try {
      JsonNode node = JSON.readTree(text);
      StringBuilder calls = new StringBuilder();
      for (JsonNode call : node.path("calls")) {
        calls.append(JSON.writeValueAsString(call)).append('\n');
      }
      return new ProblemDetails.Example(
          test.name(),
          test.level(),
          node.path("description").asString(""),
          cap(calls.toString().strip()),
          "");
    } catch (RuntimeException e) {
      return new ProblemDetails.Example(test.name(), test.level(), "", cap(text), "");
    }
  }

  /** An SQL test as text: each table, then the expected result, as rows of cells. */
  private static ProblemDetails.Example sqlExample(TestCase test) {
    String text = read(test.input());
    try {
      JsonNode node = JSON.readTree(text);
      StringBuilder tables = new StringBuilder();
      for (String name : node.path("tables").propertyNames()) {
        tables.append(name).append('\n').append(tableText(node.path("tables").get(name)));
      }
      return new ProblemDetails.Example(
          test.name(),
          test.level(),
          node.path("note").asString(""),
          cap(tables.toString().strip()),
          cap(tableText(node.path("expect")).strip()));
    } catch (RuntimeException e) {
      return new ProblemDetails.Example(test.name(), test.level(), "", cap(text), "");
    }
  }

  /** A {@code $frame} as a header line of column names and one line per row, cells by " | ". */
  private static String tableText(JsonNode frame) {
    JsonNode spec = frame.path("$frame");
    StringBuilder out = new StringBuilder();
    List<String> names = new ArrayList<>();
    spec.path("columns").forEach(c -> names.add(c.asString()));
    out.append(String.join(" | ", names)).append('\n');
    for (JsonNode row : spec.path("rows")) {
      List<String> cells = new ArrayList<>();
      row.forEach(c -> cells.add(c.isNull() ? "null" : c.isString() ? c.asString() : c.toString()));
      out.append(String.join(" | ", cells)).append('\n');
    }
    return out.toString();
  }

  private static String cap(String text) {
    return text.length() <= EXAMPLE_CHARS
        ? text
        : text.substring(0, EXAMPLE_CHARS) + "\n… (" + text.length() + " characters in all)";
  }

  static String defaultStarter(ProblemPackage pkg, Language language) {
    boolean api = pkg.kind() == ProblemKind.API;
    return switch (language) {
      case JAVA ->
          api
              ? "// Write the public class the statement describes.\n"
              : """
                import java.io.*;
                import java.util.*;

                public class Main {
                    public static void main(String[] args) throws IOException {
                        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
                    }
                }
                """;
      case PYTHON ->
          api
              ? "# Write the classes and functions the statement describes.\n"
              : """
                import sys


                def main():
                    data = sys.stdin.read().split()


                main()
                """;
      case SQL -> "-- Write one SELECT query over the tables the statement describes.\n";
    };
  }

  static String read(Path file) {
    if (file == null || !Files.isRegularFile(file)) {
      return "";
    }
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }
}
