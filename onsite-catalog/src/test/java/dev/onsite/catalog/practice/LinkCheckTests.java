package dev.onsite.catalog.practice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onsite.catalog.Catalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkCheckTests {

  @TempDir Path content;

  @Test
  void linksToUnknownProblemsAreReportedWithFileAndLine() throws IOException {
    Files.createDirectories(content.resolve("companies"));
    Files.createDirectories(content.resolve("insights"));
    Path file = content.resolve("companies/acme.yaml");
    Files.writeString(
        file,
        """
        id: acme
        name: Acme
        category: product
        loops:
          - id: swe
            role: Software Engineer
            kind: candidate-report
            source: https://example.com/acme
            questions:
              - text: Build an in-memory database
                round: oop
                practice: [in-memory-database, in-memory-databse]
        """);
    Files.writeString(
        content.resolve("insights/coding.yaml"),
        """
        id: coding
        title: Coding
        topic: rounds
        source: https://example.com/analysis
        facts:
          - text: Attention comes up.
            practice: [multi-head-attention]
        """);

    Catalog catalog = Catalog.load(content, List.of());

    assertThat(catalog.unresolvedLinks(Set.of("in-memory-database")))
        .extracting(Object::toString)
        .containsExactly(
            file
                + ":10: practice link 'in-memory-databse' (from Acme: Build an in-memory database) names no known problem",
            content.resolve("insights/coding.yaml")
                + ":6: practice link 'multi-head-attention' (from insight coding) names no known problem");
    assertThat(
            catalog.unresolvedLinks(
                Set.of("in-memory-database", "in-memory-databse", "multi-head-attention")))
        .isEmpty();
  }
}
