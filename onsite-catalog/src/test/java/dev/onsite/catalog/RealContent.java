package dev.onsite.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onsite.catalog.practice.PracticeItem;
import java.nio.file.Path;
import java.util.List;

/**
 * The repository's real {@code content/} directory, loaded once, with a few practice items made
 * here.
 */
public final class RealContent {

  private static Catalog catalog;

  private RealContent() {}

  /** {@code ../content}, relative to the module the tests run in. */
  public static Path dir() {
    Path dir = Path.of("..", "content");
    assertThat(dir.resolve("companies"))
        .as("the real content directory, relative to onsite-catalog")
        .isDirectory();
    return dir;
  }

  /** The real content plus {@link #practiceItems()}, loaded once for all tests. */
  public static synchronized Catalog catalog() {
    if (catalog == null) {
      catalog = Catalog.load(dir(), practiceItems());
    }
    return catalog;
  }

  /**
   * Practice items as the command line would build them from problem packages. The packages are
   * being written elsewhere, so the tests make their own.
   */
  public static List<PracticeItem> practiceItems() {
    return List.of(
        new PracticeItem(
            "bpe-tokenizer",
            "problems/bpe-tokenizer",
            "ml-coding",
            "BPE tokenizer",
            "medium",
            List.of("tokenization", "nlp", "bpe"),
            List.of("NVIDIA"),
            "Learn byte-pair encoding merges from a small corpus, then encode and decode text with them."),
        new PracticeItem(
            "in-memory-database",
            "problems/in-memory-database",
            "oop",
            "In-memory database",
            "medium",
            List.of("levels", "key-value", "transactions"),
            List.of("openai", "xAI"),
            "Build an in-memory database in four levels: set and get, scans by prefix, expiry, then backups."),
        new PracticeItem(
            "multi-head-attention",
            "problems/multi-head-attention",
            "ml-coding",
            "Multi-head attention",
            "medium",
            List.of("attention", "transformer", "numpy"),
            List.of(),
            "Implement multi-head attention with NumPy: project, split into heads, attend, merge."),
        new PracticeItem(
            "stream-statistics",
            "problems/stream-statistics",
            "coding",
            "Latency summary",
            "easy",
            List.of("statistics", "percentiles", "sorting"),
            List.of(),
            "Summarize a stream of request latencies."));
  }
}
