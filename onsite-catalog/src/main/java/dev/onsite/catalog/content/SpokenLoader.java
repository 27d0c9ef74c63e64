package dev.onsite.catalog.content;

import dev.onsite.catalog.behavioral.BehavioralQuestion;
import dev.onsite.catalog.behavioral.QuestionBank;
import dev.onsite.catalog.behavioral.Signal;
import dev.onsite.catalog.deepdive.FollowUp;
import dev.onsite.catalog.design.DesignPrompt;
import dev.onsite.catalog.values.CompanyValues;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Load the content of the spoken rounds below a content directory: {@code design/*.yaml}, {@code
 * behavioral/signals.yaml} and {@code behavioral/questions.yaml}, {@code values/*.yaml} and {@code
 * deep-dive/follow-ups.yaml}. A directory that is not there holds nothing; a bad file is left out
 * and reported with its line, and never takes the other files down.
 */
public final class SpokenLoader {

  private SpokenLoader() {}

  /**
   * Load every spoken-round file below {@code contentDir}.
   *
   * @param companyIds the companies that loaded; files that name another company are left out
   */
  public static SpokenContent load(Path contentDir, Set<String> companyIds) {
    List<CheckedFile> files = new ArrayList<>();

    Path signalsFile = contentDir.resolve("behavioral/signals.yaml");
    List<Signal> signals =
        Files.exists(signalsFile)
            ? read(
                signalsFile,
                "behavioral signals",
                companyIds,
                files,
                (reader, root) -> reader.signals(root),
                list -> list.size() + " signals")
            : null;
    Set<String> signalIds =
        signals == null
            ? Set.of()
            : signals.stream().map(Signal::id).collect(Collectors.toCollection(TreeSet::new));
    Path questionsFile = contentDir.resolve("behavioral/questions.yaml");
    List<BehavioralQuestion> questions =
        Files.exists(questionsFile)
            ? read(
                questionsFile,
                "behavioral questions",
                companyIds,
                files,
                (reader, root) -> reader.questions(root, signalIds),
                list -> list.size() + " questions")
            : null;
    QuestionBank bank =
        new QuestionBank(
            signals == null ? List.of() : signals, questions == null ? List.of() : questions, null);

    List<DesignPrompt> prompts = new ArrayList<>();
    for (Path file : yamlFiles(contentDir.resolve("design"), files)) {
      DesignPrompt prompt =
          read(
              file,
              "design prompt",
              companyIds,
              files,
              (reader, root) -> reader.prompt(root, ContentLoader.stem(file)),
              p ->
                  p.round().id()
                      + ", "
                      + p.rubric().size()
                      + " rubric points, "
                      + p.deepDives().size()
                      + " deep dives");
      if (prompt != null) {
        prompts.add(prompt);
      }
    }

    List<CompanyValues> values = new ArrayList<>();
    for (Path file : yamlFiles(contentDir.resolve("values"), files)) {
      CompanyValues read =
          read(
              file,
              "company values",
              companyIds,
              files,
              (reader, root) -> reader.values(root, ContentLoader.stem(file), signalIds),
              v -> v.values().size() + " values");
      if (read != null) {
        values.add(read);
      }
    }

    Path followUpsFile = contentDir.resolve("deep-dive/follow-ups.yaml");
    List<FollowUp> followUps =
        Files.exists(followUpsFile)
            ? read(
                followUpsFile,
                "deep-dive follow-ups",
                companyIds,
                files,
                (reader, root) -> reader.followUps(root),
                list -> list.size() + " follow-up questions")
            : null;
    return new SpokenContent(
        prompts, bank, values, followUps == null ? List.of() : followUps, files);
  }

  private interface Reading<T> {
    T read(SpokenReader reader, YamlNode root);
  }

  private static <T> T read(
      Path file,
      String kind,
      Set<String> companyIds,
      List<CheckedFile> files,
      Reading<T> reading,
      Function<T, String> summary) {
    Problems found = new Problems(file.toString());
    YamlNode root = ContentLoader.parse(file, found);
    T value =
        root == null
            ? null
            : ContentLoader.read(
                file, found, () -> reading.read(new SpokenReader(found, companyIds), root));
    if (found.any()) {
      value = null;
    }
    files.add(
        new CheckedFile(
            file.toString(), kind, value == null ? "" : summary.apply(value), found.all()));
    return value;
  }

  private static List<Path> yamlFiles(Path dir, List<CheckedFile> files) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(
              f ->
                  f.getFileName().toString().endsWith(".yaml")
                      || f.getFileName().toString().endsWith(".yml"))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    } catch (IOException e) {
      files.add(
          new CheckedFile(
              dir.toString(),
              "directory",
              "",
              List.of(
                  new ContentProblem(
                      dir.toString(), 0, "cannot list the directory: " + e.getMessage()))));
      return List.of();
    }
  }
}
