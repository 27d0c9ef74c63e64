package dev.onsite.cli;

import static dev.onsite.cli.CommandLineTests.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.onsite.cli.CommandLineTests.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The take-home commands' contracts on a shipped package: start, submit, check, exit statuses. */
class TakeHomeCommandLineTests {

  static final Path PACKAGE = Path.of("../takehomes/metrics-duplicates-units").toAbsolutePath();

  @TempDir Path dir;

  @BeforeEach
  void shipped() {
    assumeTrue(Files.isRegularFile(PACKAGE.resolve("takehome.yaml")), "needs takehomes/");
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/python3")), "needs /usr/bin/python3");
  }

  @Test
  void startThenSubmitJudgesOnTheRecordedSeedWithoutShippingTheKey() throws IOException {
    Path work = dir.resolve("work");

    Result start = run("takehome", "start", PACKAGE.toString(), work.toString(), "--seed", "7");

    assertThat(start.status()).as(start.err()).isZero();
    assertThat(start.out()).contains("seed 7");
    assertThat(work.resolve("dataset/metrics.csv")).exists();
    assertThat(work.resolve("STATEMENT.md")).exists();
    try (Stream<Path> files = Files.walk(work)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("key"));
    }
    JsonNode marker = JSON.readTree(Files.readString(work.resolve(".onsite-takehome")));
    assertThat(marker.path("seed").asLong()).isEqualTo(7);

    Result submit =
        run(
            "takehome",
            "submit",
            work.toString(),
            PACKAGE.resolve("submissions/accepted/finder.py").toString(),
            "--json");

    assertThat(submit.status()).as(submit.err()).isZero();
    JsonNode result = JSON.readTree(submit.out());
    assertThat(result.path("verdict").asString()).isEqualTo("AC");
    assertThat(result.path("seed").asLong()).isEqualTo(7);
    assertThat(result.path("kinds")).hasSize(2);
    assertThat(result.path("rubric")).hasSize(4);
    assertThat(result.path("rubric").get(0).path("points").asDouble()).isEqualTo(40.0);
    assertThat(result.path("rubric").get(1).path("points").isNull()).isTrue();
    assertThat(result.path("rubric").get(1).path("checklist")).isNotEmpty();
  }

  @Test
  void theStarterFinderIsJudgedAndFindsNothing() {
    Path work = dir.resolve("work");
    run("takehome", "start", PACKAGE.toString(), work.toString(), "--seed", "3");

    Result submit =
        run("takehome", "submit", work.toString(), work.resolve("finder.py").toString());

    assertThat(submit.status()).as(submit.err()).isZero();
    assertThat(submit.out())
        .startsWith("WA  detection 0.0/100")
        .contains("duplicate_row")
        .contains("(self-review)");
  }

  @Test
  void aSeedGivesTheSameDatasetEveryTimeAndAnotherSeedAnother() throws IOException {
    for (String name : new String[] {"a", "b"}) {
      run("takehome", "start", PACKAGE.toString(), dir.resolve(name).toString(), "--seed", "11");
    }
    run("takehome", "start", PACKAGE.toString(), dir.resolve("c").toString(), "--seed", "12");

    String a = Files.readString(dir.resolve("a/dataset/metrics.csv"));
    assertThat(Files.readString(dir.resolve("b/dataset/metrics.csv"))).isEqualTo(a);
    assertThat(Files.readString(dir.resolve("c/dataset/metrics.csv"))).isNotEqualTo(a);
  }

  @Test
  void badInputExitsTwoWithOneLine() throws IOException {
    Path work = dir.resolve("work");
    run("takehome", "start", PACKAGE.toString(), work.toString(), "--seed", "1");

    Result unknown = run("takehome", "start", "no-such-takehome", dir.resolve("x").toString());
    Result notEmpty = run("takehome", "start", PACKAGE.toString(), work.toString());
    Result notStarted =
        run("takehome", "submit", dir.toString(), work.resolve("finder.py").toString());
    Result notPython =
        run("takehome", "submit", work.toString(), work.resolve("STATEMENT.md").toString());

    for (Result r : new Result[] {unknown, notEmpty, notStarted, notPython}) {
      assertThat(r.status()).isEqualTo(2);
      assertThat(r.err().strip()).doesNotContain("\n").startsWith("onsite: ");
    }
    assertThat(unknown.err()).contains("takehome list");
    assertThat(notEmpty.err()).contains("not empty");
    assertThat(notStarted.err()).contains("takehome start");
    assertThat(notPython.err()).contains(".py");
  }

  @Test
  void checkFailsAWrongFinderThatGetsFullMarks() throws IOException {
    Path copy = dir.resolve("metrics-duplicates-units");
    copyTree(PACKAGE, copy);
    Files.writeString(
        copy.resolve("submissions/wrong/actually_right.py"),
        "# misses: duplicate_row\n"
            + Files.readString(copy.resolve("submissions/accepted/finder.py")));

    Result check = run("check", copy.toString());

    assertThat(check.status()).isEqualTo(1);
    assertThat(check.out())
        .containsPattern("PASS .*accepted/finder.py +100 +100")
        .containsPattern("FAIL .*wrong/actually_right.py +caught")
        .contains("full marks on duplicate_row");
  }

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path p : paths.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
