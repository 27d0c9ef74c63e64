package dev.onsite.judge.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onsite.judge.problem.PackageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewLoaderTests {

  @TempDir Path dir;
  Path root;

  private static final String META =
      """
      title: Review a thing
      round: code-review
      difficulty: easy
      minutes: 20
      language: python
      ai_generated: true
      companies: [openai]
      tags: [t]
      pass_mark: 70
      """;

  private static final String DEFECTS =
      """
      defects:
        - id: first
          file: code/a.py
          lines: [3, 5]
          category: bug
          severity: 3
          title: First
          explanation: Why.
        - id: second
          file: code/a.py
          lines: [20, 20]
          category: test-gap
          severity: 1
          title: Second
          explanation: Why.
      """;

  private void write(String relative, String content) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }

  @BeforeEach
  void validPackage() throws IOException {
    root = dir.resolve("thing-pr");
    write("review.yaml", META);
    write("statement.md", "# A PR\n");
    write("code/a.py", "x = 1\n".repeat(45));
    write("defects.yaml", DEFECTS);
    write("submissions/full/all.yaml", "comments: []\n");
    write("submissions/weak/none.json", "{\"comments\": []}\n");
  }

  private ReviewPackage load() {
    return ReviewLoader.load(root);
  }

  @Test
  void validPackageLoads() {
    ReviewPackage p = load();

    assertThat(p.id()).isEqualTo("thing-pr");
    assertThat(p.aiGenerated()).isTrue();
    assertThat(p.lineTolerance()).isEqualTo(ReviewPackage.DEFAULT_LINE_TOLERANCE);
    assertThat(p.code()).containsOnlyKeys("code/a.py");
    assertThat(p.lineCount("code/a.py")).isEqualTo(45);
    assertThat(p.defects()).extracting(Defect::id).containsExactly("first", "second");
    assertThat(p.defects().get(1).category()).isEqualTo(Category.TEST_GAP);
    assertThat(p.totalSeverity()).isEqualTo(4);
    assertThat(p.full()).hasSize(1);
    assertThat(p.weak()).hasSize(1);
  }

  @Test
  void unknownCategoryNamesFileAndLine() throws IOException {
    write("defects.yaml", DEFECTS.replace("category: test-gap", "category: style"));

    assertThatThrownBy(this::load)
        .isInstanceOf(PackageException.class)
        .hasMessageEndingWith(
            "defects.yaml:9: defect second: unknown category 'style' (known: bug, security,"
                + " performance, concurrency, design, test-gap)");
  }

  @Test
  void severityOutOfRangeIsRejected() throws IOException {
    write("defects.yaml", DEFECTS.replace("severity: 3", "severity: 4"));

    assertThatThrownBy(this::load)
        .hasMessageContaining("defects.yaml:2: defect first: severity must be 1 (minor)");
  }

  @Test
  void defectOnAFileOutsideCodeIsRejected() throws IOException {
    write(
        "defects.yaml",
        DEFECTS.replace("file: code/a.py\n    lines: [20", "file: b.py\n    lines: [20"));

    assertThatThrownBy(this::load)
        .hasMessageContaining("defect second: file 'b.py' is not under code/ (files: code/a.py)");
  }

  @Test
  void defectLinesPastTheEndAreRejected() throws IOException {
    write("defects.yaml", DEFECTS.replace("[20, 20]", "[44, 46]"));

    assertThatThrownBy(this::load)
        .hasMessageContaining(
            "defect second: lines 44-46 run past the end of code/a.py (45 lines)");
  }

  @Test
  void duplicateIdsAreRejected() throws IOException {
    write("defects.yaml", DEFECTS.replace("id: second", "id: first"));

    assertThatThrownBy(this::load).hasMessageContaining(":9: defect first: duplicate id");
  }

  @Test
  void missingKeysAreNamed() throws IOException {
    write("defects.yaml", DEFECTS.replace("    title: Second\n", ""));
    assertThatThrownBy(this::load).hasMessageContaining("defect 2: missing key 'title'");

    validPackage();
    write("review.yaml", META.replace("pass_mark: 70\n", ""));
    assertThatThrownBy(this::load).hasMessageEndingWith("review.yaml: missing key 'pass_mark'");

    validPackage();
    Files.delete(root.resolve("statement.md"));
    assertThatThrownBy(this::load).hasMessageContaining("statement.md: missing");
  }

  @Test
  void badMetadataIsRejectedWithItsLine() throws IOException {
    write("review.yaml", META.replace("round: code-review", "round: coding"));
    assertThatThrownBy(this::load)
        .hasMessageEndingWith("review.yaml:2: round must be 'code-review', was 'coding'");

    write("review.yaml", META + "colour: blue\n");
    assertThatThrownBy(this::load).hasMessageContaining("review.yaml:10: unknown key 'colour'");
  }

  @Test
  void tooLittleCodeIsRejected() throws IOException {
    write("code/a.py", "x = 1\n".repeat(10));

    assertThatThrownBy(this::load).hasMessageContaining("has 10 lines in all");
  }

  @Test
  void reviewInYamlAndJsonParsesTheSame() {
    ReviewPackage p = load();
    String yaml =
        """
        comments:
          - file: code/a.py
            line: 4
            category: bug
            text: off by one
          - file: a.py
            lines: [19, 21]
            category: test-gap
            text: no test
        """;
    String json =
        """
        {"comments": [
          {"file": "code/a.py", "line": 4, "category": "bug", "text": "off by one"},
          {"file": "a.py", "lines": [19, 21], "category": "test-gap", "text": "no test"}
        ]}
        """;

    List<Comment> fromYaml = ReviewLoader.parseReview(p, yaml, "r.yaml");
    List<Comment> fromJson = ReviewLoader.parseReview(p, json, "r.json");

    assertThat(fromYaml).isEqualTo(fromJson);
    assertThat(fromYaml.get(1))
        .isEqualTo(new Comment(2, "code/a.py", 19, 21, Category.TEST_GAP, "no test"));
    assertThat(ReviewGrader.grade(p, fromYaml).score()).isEqualTo(100);
  }

  @Test
  void emptyReviewIsNotAnError() {
    ReviewPackage p = load();

    assertThat(ReviewLoader.parseReview(p, "", "r.yaml")).isEmpty();
    assertThat(ReviewLoader.parseReview(p, "comments: []\n", "r.yaml")).isEmpty();
    assertThat(ReviewLoader.parseReview(p, "comments:\n", "r.yaml")).isEmpty();
    assertThat(ReviewGrader.grade(p, List.of()).score()).isZero();
  }

  @Test
  void badReviewsGetOneLineNamingTheComment() {
    ReviewPackage p = load();
    String ok = "  - file: code/a.py\n    line: 4\n    category: bug\n";

    assertThatThrownBy(
            () ->
                ReviewLoader.parseReview(
                    p, "comments:\n" + ok + ok.replace("code/a.py", "code/z.py"), "r.yaml"))
        .isInstanceOf(ReviewException.class)
        .hasMessage(
            "r.yaml:5: comment 2: file 'code/z.py' is not in the package (files: code/a.py)");
    assertThatThrownBy(
            () -> ReviewLoader.parseReview(p, "comments:\n" + ok.replace("4", "46"), "r.yaml"))
        .hasMessage("r.yaml:2: comment 1: line 46 does not exist (code/a.py has 45 lines)");
    assertThatThrownBy(
            () -> ReviewLoader.parseReview(p, "comments:\n" + ok.replace("bug", "nit"), "r.yaml"))
        .hasMessageStartingWith("r.yaml:2: comment 1: unknown category 'nit' (known: bug,");
    assertThatThrownBy(
            () -> ReviewLoader.parseReview(p, "comments:\n" + ok.replace("4", "0"), "r.yaml"))
        .hasMessageContaining("comment 1: the line must be a number >= 1");
    assertThatThrownBy(() -> ReviewLoader.parseReview(p, "comments: [\n  {file: ", "r.yaml"))
        .isInstanceOf(ReviewException.class)
        .hasMessageStartingWith("r.yaml")
        .hasMessageContaining("does not parse as YAML");
    assertThatThrownBy(() -> ReviewLoader.parseReview(p, "{\"comments\": [}", "r.json"))
        .hasMessageContaining("does not parse as JSON");
    assertThatThrownBy(() -> ReviewLoader.parseReview(p, "- just a list\n", "r.yaml"))
        .hasMessageContaining("a review is a mapping with a 'comments:' list");
    assertThatThrownBy(
            () -> ReviewLoader.parseReview(p, "comments:\n" + ok + "    severity: 3\n", "r.yaml"))
        .hasMessageContaining("comment 1: unknown key 'severity'");
  }

  @Test
  void reviewMessagesAreOneLine() {
    ReviewPackage p = load();
    for (String bad :
        List.of("comments: [\n  {file: ", "{\"comments\": [}", "comments: 3\n", "\t- x: [")) {
      assertThatThrownBy(() -> ReviewLoader.parseReview(p, bad, "r.yaml"))
          .isInstanceOf(ReviewException.class)
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
  }
}
