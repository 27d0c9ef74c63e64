package dev.onsite.cli.intel;

import dev.onsite.catalog.Catalog;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The hidden {@code --content DIR} option the intelligence commands share, and the loading it
 * drives.
 */
final class ContentOption {

  @Option(
      names = "--content",
      hidden = true,
      paramLabel = "DIR",
      description = "Where the content files are (default: content).")
  Path content;

  /**
   * Load the catalog with the shipped practice items, reporting bad content files on {@code err}.
   */
  Catalog load(PrintWriter err) {
    Catalog catalog = Intel.load(Intel.contentDir(content), Intel.practiceItems());
    Intel.warn(catalog, err);
    return catalog;
  }
}
