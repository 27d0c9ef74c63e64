package dev.onsite.judge.lang;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A language Onsite judges. */
public enum Language {
  JAVA("java", ".java"),
  PYTHON("python", ".py"),
  /** One SELECT query over a problem's tables (SQLite), for SQL problems only. */
  SQL("sql", ".sql");

  private final String id;
  private final String extension;

  Language(String id, String extension) {
    this.id = id;
    this.extension = extension;
  }

  /** The id used on the command line and in reports ({@code java}, {@code python}). */
  public String id() {
    return id;
  }

  public String extension() {
    return extension;
  }

  /** The languages a program is written in: what a package without a language list takes. */
  public static List<Language> programming() {
    return List.of(JAVA, PYTHON);
  }

  /** Find a language by id ({@code java}, {@code python}, also {@code py} and {@code python3}). */
  public static Optional<Language> byId(String id) {
    String key = id.toLowerCase(Locale.ROOT);
    if (key.equals("py") || key.equals("python3")) {
      return Optional.of(PYTHON);
    }
    return Arrays.stream(values()).filter(l -> l.id.equals(key)).findFirst();
  }

  /** Find a language by a file's extension. */
  public static Optional<Language> byFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(l -> name.endsWith(l.extension)).findFirst();
  }

  /** All ids, for messages: {@code java, python}. */
  public static String ids() {
    return String.join(", ", Arrays.stream(values()).map(Language::id).toList());
  }
}
