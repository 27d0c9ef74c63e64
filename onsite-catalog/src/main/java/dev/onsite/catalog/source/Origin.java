package dev.onsite.catalog.source;

import java.util.Objects;

/**
 * Where something was written in the content files, for messages that point at a line.
 *
 * @param file the file as the loader was given it, for example {@code
 *     content/companies/openai.yaml}
 * @param line 1-based line, or 0 when unknown
 */
public record Origin(String file, int line) {

  public Origin {
    Objects.requireNonNull(file, "file");
    if (line < 0) {
      throw new IllegalArgumentException("line must be >= 0, was " + line);
    }
  }

  @Override
  public String toString() {
    return line > 0 ? file + ":" + line : file;
  }
}
