package dev.onsite.catalog.content;

import dev.onsite.catalog.card.Deck;
import dev.onsite.catalog.company.Company;
import dev.onsite.catalog.company.Names;
import dev.onsite.catalog.insight.Insight;
import dev.onsite.catalog.insight.InsightFact;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Load {@code companies/*.yaml}, {@code insights/*.yaml} and {@code cards/*.yaml} below a content
 * directory, checking each file against its schema. A bad file is reported with its path and line
 * and left out; it never takes the other files down.
 */
public final class ContentLoader {

  private ContentLoader() {}

  /**
   * Load every content file below {@code contentDir}.
   *
   * <p>Files that fail the schema check are left out and their problems returned. Two more checks
   * run across files: a company whose name or alias another company already uses is left out, and
   * an insight that names an unknown company is kept but reported.
   */
  public static Content load(Path contentDir) {
    List<ContentProblem> problems = new ArrayList<>();
    List<Company> companies = new ArrayList<>();
    Map<String, Company> names = new HashMap<>();
    for (Path file : yamlFiles(contentDir.resolve("companies"), problems)) {
      Problems found = new Problems(file.toString());
      YamlNode root = parse(file, found);
      Company company =
          root == null
              ? null
              : read(file, found, () -> new CompanyReader(found).read(root, stem(file)));
      if (company != null) {
        for (String name : company.names()) {
          Company other = names.get(Names.key(name));
          if (other != null) {
            found.at(
                lineOf(file, name),
                "name or alias '"
                    + name
                    + "' is already used by "
                    + other.id()
                    + " ("
                    + other.origin().file()
                    + "); every name must pick out one company");
          }
        }
      }
      problems.addAll(found.all());
      if (company != null && !found.any()) {
        company.names().forEach(name -> names.put(Names.key(name), company));
        companies.add(company);
      }
    }
    List<Insight> insights = new ArrayList<>();
    for (Path file : yamlFiles(contentDir.resolve("insights"), problems)) {
      Problems found = new Problems(file.toString());
      YamlNode root = parse(file, found);
      Insight insight =
          root == null
              ? null
              : read(file, found, () -> new InsightReader(found).read(root, stem(file)));
      problems.addAll(found.all());
      if (insight != null) {
        insights.add(insight);
        for (InsightFact fact : insight.facts()) {
          for (String id : fact.companies()) {
            if (companies.stream().noneMatch(c -> c.id().equals(id))) {
              problems.add(
                  new ContentProblem(
                      file.toString(),
                      fact.origin().line(),
                      "unknown company id '"
                          + id
                          + "' (no loaded content/companies/"
                          + id
                          + ".yaml)"));
            }
          }
        }
      }
    }
    List<Deck> decks = decks(contentDir.resolve("cards"), companies, problems);
    return new Content(companies, insights, decks, problems);
  }

  /**
   * Load {@code cards/*.yaml}; the directory is optional. A card that names a company that did not
   * load is a problem of its deck, which is left out.
   */
  private static List<Deck> decks(
      Path dir, List<Company> companies, List<ContentProblem> problems) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    Set<String> companyIds =
        companies.stream().map(Company::id).collect(java.util.stream.Collectors.toSet());
    List<Deck> decks = new ArrayList<>();
    for (Path file : yamlFiles(dir, problems)) {
      Problems found = new Problems(file.toString());
      YamlNode root = parse(file, found);
      Deck deck =
          root == null
              ? null
              : read(file, found, () -> new CardReader(found, companyIds).read(root, stem(file)));
      problems.addAll(found.all());
      if (deck != null && !found.any()) {
        decks.add(deck);
      }
    }
    return decks;
  }

  /**
   * Run a reader, turning an unexpected failure into a problem of this file so that one file can
   * never stop the others from loading.
   */
  static <T> T read(Path file, Problems found, java.util.function.Supplier<T> reader) {
    try {
      return reader.get();
    } catch (RuntimeException e) {
      found.at(0, "could not be read (" + e + "); please report this as a bug in onsite-catalog");
      return null;
    }
  }

  private static List<Path> yamlFiles(Path dir, List<ContentProblem> problems) {
    if (!Files.isDirectory(dir)) {
      problems.add(new ContentProblem(dir.toString(), 0, "no such directory"));
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(
              f ->
                  f.getFileName().toString().endsWith(".yaml")
                      || f.getFileName().toString().endsWith(".yml"))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    } catch (IOException e) {
      problems.add(
          new ContentProblem(dir.toString(), 0, "cannot list the directory: " + e.getMessage()));
      return List.of();
    }
  }

  static YamlNode parse(Path file, Problems problems) {
    String text;
    try {
      text = Files.readString(file);
    } catch (CharacterCodingException e) {
      problems.at(0, "not UTF-8 text");
      return null;
    } catch (IOException e) {
      problems.at(0, "cannot read: " + e.getMessage());
      return null;
    }
    try {
      YamlNode root = YamlTree.parse(text);
      if (root == null) {
        problems.at(0, "empty file");
      }
      return root;
    } catch (YamlTree.SyntaxError e) {
      problems.at(e.line(), e.getMessage());
      return null;
    }
  }

  static String stem(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.lastIndexOf('.'));
  }

  /**
   * The first line of {@code file} that mentions {@code text}, for cross-file messages; 0 if none.
   */
  private static int lineOf(Path file, String text) {
    try {
      List<String> lines = Files.readAllLines(file);
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).contains(text)) {
          return i + 1;
        }
      }
    } catch (IOException e) {
      return 0;
    }
    return 0;
  }
}
