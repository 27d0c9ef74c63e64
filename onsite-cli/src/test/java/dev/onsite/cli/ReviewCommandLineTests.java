package dev.onsite.cli;

import static dev.onsite.cli.CommandLineTests.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.onsite.cli.CommandLineTests.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The review commands' contracts: exit statuses, one-line errors and the --json shape. */
class ReviewCommandLineTests {

  @TempDir Path dir;

  private Path scaffold(String name) {
    Result created = run("new", "review", name, "--dir", dir.toString());
    assertThat(created.status()).as(created.err()).isZero();
    return dir.resolve(name);
  }

  @Test
  void scaffoldedReviewPassesCheck() {
    Path pkg = scaffold("demo-review");

    Result check = run("check", pkg.toString());

    assertThat(check.status()).as(check.out() + check.err()).isZero();
    assertThat(check.out()).contains("check: 3 passed, 0 failed");
    assertThat(check.out()).contains("full/reference.yaml").contains("weak/nitpicker.yaml");
  }

  @Test
  void checkOfAReviewsDirectoryChecksEveryPackageInIt() {
    scaffold("one-review");
    scaffold("two-review");

    Result check = run("check", dir.toString());

    assertThat(check.status()).as(check.out()).isZero();
    assertThat(check.out()).contains("one-review").contains("two-review");
    assertThat(check.out()).contains("check: 6 passed, 0 failed");
  }

  @Test
  void checkFailsAWeakReviewThatPassesAndAFullOneThatMisses() throws IOException {
    Path pkg = scaffold("leaky");
    Files.copy(
        pkg.resolve("submissions/full/reference.yaml"),
        pkg.resolve("submissions/weak/too-good.yaml"));
    Files.writeString(
        pkg.resolve("submissions/full/partial.yaml"),
        "comments:\n  - file: code/inventory.py\n    line: 19\n    category: bug\n");

    Result check = run("check", pkg.toString());

    assertThat(check.status()).isEqualTo(Onsite.EXIT_FAILURE);
    assertThat(check.out()).containsPattern("FAIL .*weak/too-good.yaml .*100.0");
    assertThat(check.out())
        .containsPattern(
            "FAIL .*full/partial.yaml .*missed remove-outside-the-lock, no-test-for-remove");
  }

  @Test
  void checkReportsABrokenPackageAsOneRow() throws IOException {
    Path pkg = scaffold("broken");
    Files.writeString(
        pkg.resolve("defects.yaml"),
        Files.readString(pkg.resolve("defects.yaml")).replace("severity: 3", "severity: 5"));

    Result check = run("check", pkg.toString());

    assertThat(check.status()).isEqualTo(Onsite.EXIT_FAILURE);
    assertThat(check.out()).containsPattern("FAIL .*defects.yaml:2: defect remove-outside");
  }

  @Test
  void reviewJsonHasTheDocumentedShape() throws IOException {
    Path pkg = scaffold("shape-review");
    Path review =
        Files.writeString(
            dir.resolve("mine.yaml"),
            """
            comments:
              - file: code/inventory.py
                line: 21
                category: concurrency
                text: not under the lock
              - file: code/inventory.py
                line: 33
                category: design
                text: nit
            """);

    Result graded = run("review", pkg.toString(), review.toString(), "--json");

    assertThat(graded.status()).as(graded.err()).isZero();
    JsonNode r = JsonMapper.builder().build().readTree(graded.out());
    assertThat(r.get("score").asDouble()).isEqualTo(50.0);
    assertThat(r.get("precision").asDouble()).isEqualTo(0.5);
    assertThat(r.get("passed").asBoolean()).isFalse();
    assertThat(r.get("pass_mark").asInt()).isEqualTo(70);
    assertThat(r.get("comments").asInt()).isEqualTo(2);
    assertThat(r.get("caught").asInt()).isEqualTo(1);
    JsonNode caught = r.get("defects").get(0);
    assertThat(caught.propertyNames())
        .contains(
            "id",
            "file",
            "lines",
            "category",
            "severity",
            "title",
            "explanation",
            "caught",
            "comment");
    assertThat(caught.get("id").asString()).isEqualTo("remove-accepts-negative-count");
    assertThat(caught.get("caught").asBoolean()).isFalse();
    assertThat(caught.get("comment").isNull()).isTrue();
    JsonNode race = r.get("defects").get(1);
    assertThat(race.get("caught").asBoolean()).isTrue();
    assertThat(race.get("comment").get("index").asInt()).isEqualTo(1);
    assertThat(r.get("false_alarms")).hasSize(1);
    assertThat(r.get("false_alarms").get(0).get("lines").get(0).asInt()).isEqualTo(33);
  }

  @Test
  void badReviewInputExitsTwoWithOneLine() throws IOException {
    Path pkg = scaffold("bad-input");
    Path review =
        Files.writeString(
            dir.resolve("bad.yaml"),
            "comments:\n  - file: code/inventory.py\n    line: 999\n    category: bug\n");

    Result graded = run("review", pkg.toString(), review.toString());
    Result missing = run("review", pkg.toString(), dir.resolve("nope.yaml").toString());
    Result notAPackage = run("review", dir.toString(), review.toString());

    assertThat(graded.status()).isEqualTo(Onsite.EXIT_USAGE);
    assertThat(graded.err().strip())
        .isEqualTo(
            "onsite: "
                + review
                + ":2: comment 1: line 999 does not exist (code/inventory.py has 35 lines)");
    assertThat(missing.status()).isEqualTo(Onsite.EXIT_USAGE);
    assertThat(missing.err().strip()).endsWith("nope.yaml: no such file");
    assertThat(notAPackage.status()).isEqualTo(Onsite.EXIT_USAGE);
    assertThat(notAPackage.err()).contains("no review.yaml").hasLineCount(1);
  }

  @Test
  void emptyReviewScoresZeroAndExitsZero() throws IOException {
    Path pkg = scaffold("empty-review");
    Path review = Files.writeString(dir.resolve("empty.yaml"), "");

    Result graded = run("review", pkg.toString(), review.toString(), "--json");

    assertThat(graded.status()).isZero();
    assertThat(JsonMapper.builder().build().readTree(graded.out()).get("score").asDouble())
        .isZero();
  }

  @Test
  void reviewsListsPackagesAsJson() {
    scaffold("listed-review");

    Result listed = run("reviews", "--dir", dir.toString(), "--json");

    assertThat(listed.status()).isZero();
    JsonNode list = JsonMapper.builder().build().readTree(listed.out());
    assertThat(list).hasSize(1);
    assertThat(list.get(0).get("id").asString()).isEqualTo("listed-review");
    assertThat(list.get(0).get("round").asString()).isEqualTo("code-review");
    assertThat(list.get(0).propertyNames())
        .contains("title", "difficulty", "minutes", "language", "ai_generated", "path")
        .doesNotContain("explanation");
  }

  @Test
  void reviewPackagesArePracticeItemsWithoutTheirDefects() {
    scaffold("search-review");

    var items = dev.onsite.cli.intel.Intel.reviewItems(dir);

    assertThat(items)
        .singleElement()
        .satisfies(
            item -> {
              assertThat(item.id()).isEqualTo("search-review");
              assertThat(item.round()).isEqualTo("code-review");
              assertThat(item.statement())
                  .contains("change under review")
                  .doesNotContain("negative count");
            });
  }
}
