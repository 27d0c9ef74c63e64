package dev.onsite.cli;

import dev.onsite.judge.Judge;
import dev.onsite.judge.lang.Language;
import dev.onsite.judge.problem.PackageException;
import dev.onsite.judge.problem.ProblemPackage;
import dev.onsite.judge.verdict.JudgeReport;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Judge one source file against one problem package. */
@Command(
    name = "judge",
    description = "Judge SOURCE_FILE against the problem package in PROBLEM_DIR.")
final class JudgeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "PROBLEM_DIR",
      description = "An Onsite package or an unchanged Kattis package.")
  Path problem;

  @Parameters(
      index = "1",
      paramLabel = "SOURCE_FILE",
      description = "The solution; its language comes from --lang or the extension.")
  Path source;

  @Option(
      names = "--lang",
      paramLabel = "java|python|sql",
      description = "The language of SOURCE_FILE.")
  String lang;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    Language language = language(source, lang);
    String code = readSource(source);
    ProblemPackage pkg = Workspace.load(problem);
    if (!pkg.languages().contains(language)
        && (language == Language.SQL || pkg.kind() == dev.onsite.judge.problem.ProblemKind.SQL)) {
      throw new UserException(
          problem
              + " takes "
              + String.join(", ", pkg.languages().stream().map(Language::id).toList())
              + ", not "
              + language.id()
              + (pkg.kind() == dev.onsite.judge.problem.ProblemKind.SQL
                  ? ": submit one SELECT query in a .sql file"
                  : ""));
    }
    Judge judge = Workspace.judge(spec.commandLine().getErr());
    JudgeReport report;
    try {
      report = judge.judge(pkg, language, code, dev.onsite.judge.JudgeListener.NONE);
    } catch (PackageException e) {
      throw new UserException(e.getMessage());
    }
    if (json) {
      spec.commandLine().getOut().println(Reports.JSON.writeValueAsString(Reports.toJson(report)));
    } else {
      spec.commandLine().getOut().print(Reports.human(report));
    }
    spec.commandLine().getOut().flush();
    return 0;
  }

  static Language language(Path source, String lang) {
    if (lang != null) {
      return Language.byId(lang)
          .orElseThrow(
              () ->
                  new UserException(
                      "unknown language '" + lang + "' (known: " + Language.ids() + ")"));
    }
    return Language.byFile(source)
        .orElseThrow(
            () ->
                new UserException(
                    source
                        + ": cannot tell the language from the file name; pass --lang "
                        + String.join("|", Language.ids().split(", "))));
  }

  /** Read a source file, refusing what is not source code with a one-line reason. */
  static String readSource(Path source) throws IOException {
    if (!Files.exists(source)) {
      throw new UserException(source + ": no such file");
    }
    if (!Files.isRegularFile(source)) {
      throw new UserException(source + ": not a regular file");
    }
    long size = Files.size(source);
    if (size > Judge.MAX_SOURCE_BYTES) {
      throw new UserException(
          source
              + ": the file is "
              + (size / 1024)
              + " KiB; a source may be at most "
              + (Judge.MAX_SOURCE_BYTES / 1024)
              + " KiB");
    }
    byte[] bytes = Files.readAllBytes(source);
    for (byte b : bytes) {
      if (b == 0) {
        throw new UserException(source + ": a binary file, not source code");
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new UserException(source + ": not UTF-8 text; save it as UTF-8");
    }
  }
}
