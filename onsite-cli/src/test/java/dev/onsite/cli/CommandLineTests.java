package dev.onsite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The command-line contracts: output shapes, exit statuses and one-line errors. */
class CommandLineTests {

  @TempDir Path dir;

  record Result(int status, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Onsite.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(status, out.toString(), err.toString());
  }

  private Path scaffold(String kind, String name) {
    Result created = run("new", kind, name, "--dir", dir.toString());
    assertThat(created.status()).as(created.err()).isZero();
    return dir.resolve(name);
  }

  @Test
  void scaffoldedPackagesPassCheck() {
    Path api = scaffold("api", "demo-api");
    Path stdio = scaffold("stdio", "demo-stdio");
    Result check = run("check", api.toString(), stdio.toString());
    assertThat(check.status()).as(check.out() + check.err()).isZero();
    assertThat(check.out()).contains("check: 8 passed, 0 failed");
  }

  @Test
  void judgeJsonHasTheContractShape() throws IOException {
    Path pkg = scaffold("api", "shape");
    Result judged =
        run(
            "judge",
            pkg.toString(),
            pkg.resolve("submissions/wrong_answer/missing_key_raises.py").toString(),
            "--json");
    assertThat(judged.status()).isZero();
    JsonNode report = JsonMapper.builder().build().readTree(judged.out());
    assertThat(report.get("verdict").asString()).isEqualTo("WA");
    assertThat(report.get("score").isNumber()).isTrue();
    assertThat(report.get("language").asString()).isEqualTo("python");
    assertThat(report.get("compile").propertyNames()).contains("ok", "time_ms", "message");
    JsonNode test = report.get("tests").get(0);
    assertThat(test.propertyNames())
        .contains(
            "name", "group", "verdict", "time_ms", "wall_ms", "memory_kb", "visible", "message");
    JsonNode level = report.get("levels").get(0);
    assertThat(level.get("name").asString()).isEqualTo("level-1");
    assertThat(level.get("passed").asBoolean()).isFalse();
    assertThat(level.get("tests_passed").asInt()).isEqualTo(1);
    assertThat(level.get("tests_total").asInt()).isEqualTo(2);
  }

  @Test
  void judgeExitsZeroForAnyVerdictIncludingCompileError() throws IOException {
    Path pkg = scaffold("stdio", "ce");
    Path broken = Files.writeString(dir.resolve("Broken.java"), "public class Broken { void f( }");
    Result judged = run("judge", pkg.toString(), broken.toString(), "--json");
    assertThat(judged.status()).isZero();
    assertThat(judged.out()).contains("\"verdict\" : \"CE\"");
  }

  @Test
  void problemsListsPackagesAsJson() {
    scaffold("api", "first");
    scaffold("stdio", "second");
    Result listed = run("problems", "--json", "--dir", dir.toString());
    assertThat(listed.status()).isZero();
    JsonNode array = JsonMapper.builder().build().readTree(listed.out());
    assertThat(array).hasSize(2);
    JsonNode first = array.get(0);
    assertThat(first.propertyNames())
        .contains("id", "path", "round", "title", "difficulty", "levels", "languages", "tags");
    assertThat(first.get("id").asString()).isEqualTo("first");
    assertThat(first.get("round").asString()).isEqualTo("oop");
    assertThat(first.get("levels").asInt()).isEqualTo(1);
  }

  private void drills(Path pkg, String patterns) throws IOException {
    Path yaml = pkg.resolve("problem.yaml");
    Files.writeString(
        yaml,
        Files.readString(yaml).replace("onsite:\n", "onsite:\n  patterns: " + patterns + "\n"));
  }

  @Test
  void problemsByPatternCountsProblemsAndFiltersByOne() throws IOException {
    drills(scaffold("api", "window"), "[sliding-window, heap]");
    drills(scaffold("api", "heaps"), "[heap]");
    scaffold("stdio", "plain");
    Result table =
        run("problems", "--pattern", "--json", "--dir", dir.toString(), "--data", "" + dir);
    assertThat(table.status()).as(table.err()).isZero();
    JsonNode rows = JsonMapper.builder().build().readTree(table.out());
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).get("pattern").asString()).isEqualTo("sliding-window");
    assertThat(rows.get(1).get("pattern").asString()).isEqualTo("heap");
    assertThat(rows.get(1).get("problems").asInt()).isEqualTo(2);
    assertThat(rows.get(1).get("solved").asInt()).isZero();
    assertThat(rows.get(1).get("median_seconds_to_ac").isNull()).isTrue();

    Result heaps = run("problems", "--pattern", "heap", "--json", "--dir", dir.toString());
    assertThat(JsonMapper.builder().build().readTree(heaps.out()).findValuesAsString("id"))
        .containsExactlyInAnyOrder("window", "heaps");
    Result unknown = run("problems", "--pattern", "windows", "--dir", dir.toString());
    assertThat(unknown.status()).isEqualTo(2);
    assertThat(unknown.err().strip()).contains("unknown pattern 'windows'").doesNotContain("\n");
  }

  @Test
  void problemsByPatternReadsTheLocalDatabase() throws IOException {
    drills(scaffold("api", "solved-one"), "[heap]");
    drills(scaffold("api", "failed-one"), "[heap]");
    Path data = dir.resolve("data");
    String url = "jdbc:h2:file:" + data.resolve("db/onsite");
    org.flywaydb.core.Flyway.configure()
        .dataSource(url, "sa", "")
        .locations("classpath:db/migration")
        .load()
        .migrate();
    var jdbc =
        org.springframework.jdbc.core.simple.JdbcClient.create(
            new org.springframework.jdbc.datasource.SimpleDriverDataSource(
                new org.h2.Driver(), url, "sa", ""));
    jdbc.sql(
            "insert into accounts (id, username, role, created_at) values (7, 'you', 'admin',"
                + " timestamp with time zone '2026-12-01 10:00:00+00')")
        .update();
    String insert =
        "insert into submissions (account_id, problem_id, language, mode, source,"
            + " levels_unlocked, status, verdict, created_at) values (7, ?, 'python', 'submit',"
            + " 'x', 1, 'done', ?, ?)";
    jdbc.sql(insert)
        .params("solved-one", "WA", java.time.OffsetDateTime.parse("2026-12-01T10:00:00Z"))
        .update();
    jdbc.sql(insert)
        .params("solved-one", "AC", java.time.OffsetDateTime.parse("2026-12-01T10:05:00Z"))
        .update();
    jdbc.sql(insert)
        .params("failed-one", "TLE", java.time.OffsetDateTime.parse("2026-12-01T11:00:00Z"))
        .update();

    Result table =
        run("problems", "--pattern", "--json", "--dir", dir.toString(), "--data", "" + data);
    assertThat(table.status()).as(table.err()).isZero();
    JsonNode heap = JsonMapper.builder().build().readTree(table.out()).get(0);
    assertThat(heap.get("pattern").asString()).isEqualTo("heap");
    assertThat(heap.get("solved").asInt()).isEqualTo(1);
    assertThat(heap.get("attempted").asInt()).isEqualTo(1);
    assertThat(heap.get("failed_submissions").asInt()).isEqualTo(2);
    assertThat(heap.get("median_seconds_to_ac").asLong()).isEqualTo(300);
  }

  @Test
  @SuppressWarnings("unchecked")
  void catalogueBenchJudgesEveryAcceptedSolutionThroughAServer() throws Exception {
    Path pkg = scaffold("api", "benched");
    var result =
        new CatalogueBench(dir, dir.resolve("no-content"), true, step -> {})
            .run(List.of(Workspace.load(pkg)));
    var catalogue = (java.util.Map<String, Object>) result.get("catalogue");
    var rows = (List<java.util.Map<String, Object>>) catalogue.get("packages");
    assertThat(rows).extracting(r -> r.get("id")).containsOnly("benched");
    assertThat(rows).hasSize(2); // the scaffold's Java and Python references
    assertThat((double) rows.getFirst().get("p50_ms")).isPositive();
    assertThat(result).containsKeys("slowest", "server", "memory", "pages", "machine");
    assertThat(CatalogueBench.table(result)).contains("benched");
  }

  @Test
  void missingSourceIsAOneLineErrorWithStatusTwo() {
    Path pkg = scaffold("stdio", "missing");
    Result judged = run("judge", pkg.toString(), dir.resolve("nope.py").toString());
    assertThat(judged.status()).isEqualTo(2);
    assertThat(judged.err().strip())
        .endsWith("nope.py: no such file")
        .doesNotContain("\n")
        .doesNotContain("Exception");
  }

  @Test
  void unknownLanguageIsRefused() throws IOException {
    Path pkg = scaffold("stdio", "lang");
    Path source = Files.writeString(dir.resolve("sol.rb"), "puts 1");
    Result judged = run("judge", pkg.toString(), source.toString());
    assertThat(judged.status()).isEqualTo(2);
    assertThat(judged.err()).contains("cannot tell the language").contains("--lang");
    assertThat(run("judge", pkg.toString(), source.toString(), "--lang", "ruby").err())
        .contains("unknown language 'ruby'");
  }

  @Test
  void hugeAndBinarySourcesAreRefused() throws IOException {
    Path pkg = scaffold("stdio", "big");
    Path huge = Files.write(dir.resolve("huge.py"), new byte[10 * 1024 * 1024]);
    Result judged = run("judge", pkg.toString(), huge.toString());
    assertThat(judged.status()).isEqualTo(2);
    assertThat(judged.err()).contains("huge.py: the file is 10240 KiB");
    Path binary = Files.write(dir.resolve("bin.py"), new byte[] {'p', 0, 1, 2});
    assertThat(run("judge", pkg.toString(), binary.toString()).err())
        .contains("bin.py: a binary file");
  }

  @Test
  void malformedPackageNamesTheFileAndLine() throws IOException {
    Path pkg = scaffold("stdio", "malformed");
    Files.writeString(pkg.resolve("problem.yaml"), "name: x\nlimits: [\n");
    Result judged =
        run("judge", pkg.toString(), pkg.resolve("submissions/accepted/main.py").toString());
    assertThat(judged.status()).isEqualTo(2);
    assertThat(judged.err())
        .contains("problem.yaml:")
        .contains("invalid YAML")
        .doesNotContain("\tat ");
  }

  @Test
  void checkFailsWhenAWrongSolutionPasses() throws IOException {
    Path pkg = scaffold("api", "weak");
    Files.writeString(
        pkg.resolve("submissions/wrong_answer/missing_key_raises.py"),
        Files.readString(pkg.resolve("submissions/accepted/counter.py")));
    Result check = run("check", pkg.toString());
    assertThat(check.status()).isEqualTo(1);
    assertThat(check.out()).contains("FAIL").contains("no test gave WA").contains("1 failed");
  }

  @Test
  void newRefusesAnExistingDirectoryAndBadNames() {
    scaffold("api", "twice");
    assertThat(run("new", "api", "twice", "--dir", dir.toString()).err())
        .contains("already exists");
    assertThat(run("new", "api", "Bad Name", "--dir", dir.toString()).err())
        .contains("not a valid problem id");
  }

  @Test
  void checkFailsOnADirectoryThatIsNotAPackage() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("not-yet"));
    Result check = run("check", empty.toString());
    assertThat(check.status()).isEqualTo(1);
    assertThat(check.out()).contains("no problem.yaml").contains("0 passed, 1 failed");
  }

  /** A content directory with one good deck and one whose only card has no answer. */
  private Path cardContent() throws IOException {
    Path content = dir.resolve("content");
    Files.createDirectories(content.resolve("cards"));
    Files.createDirectories(content.resolve("companies"));
    Files.createDirectories(content.resolve("insights"));
    Files.writeString(
        content.resolve("cards/optimization.yaml"),
        """
        deck: optimization
        title: Optimization
        summary: Gradient descent.
        cards:
          - id: momentum-why
            q: Why momentum?
            a: It damps oscillation.
            why: A running velocity $v$.
            tags: [sgd]
            level: core
          - id: adam
            q: Why bias correction?
            a: Moments start at zero.
            why: Divide by $1 - \\beta^t$.
            tags: [adam]
            level: advanced
        """);
    Files.writeString(
        content.resolve("cards/broken.yaml"),
        "deck: broken\ntitle: B\nsummary: s\ncards:\n  - id: x\n    q: q\n    why: w\n"
            + "    tags: [t]\n    level: core\n");
    return content;
  }

  @Test
  void checkNamesTheCardWithoutAnAnswerAndTheFileOfAMalformedRubric() throws IOException {
    Path content = cardContent();
    Files.createDirectories(content.resolve("design"));
    Files.writeString(
        content.resolve("design/feature-store.yaml"),
        """
        id: feature-store
        title: Design a feature store
        round: ml-infra-design
        category: data-infra
        minutes: 45
        prompt: Serve the same features to training and to online inference.
        clarifying_questions: [How fresh must online features be?]
        sections:
          framing: Freshness and scale.
          high_level: Offline store, online store, one registry.
          details: Point-in-time joins.
          deep_dives: Backfills.
          production: Monitor skew.
        deep_dives:
          - {question: How do you avoid leakage?, good_answer: Point-in-time joins.}
        rubric:
          - {id: freshness, point: Asks how fresh features must be, weight: 2}
          - {id: point-in-time, point: Builds training data with point-in-time joins, weight: high}
        """);

    Result check = run("check", "--content", content.toString());
    Result missing = run("check", "--content", dir.resolve("nothing").toString());

    assertThat(check.status()).as(check.out() + check.err()).isEqualTo(1);
    assertThat(check.out())
        .contains("broken.yaml:5: missing required key 'a' (the short answer) in card 'x'")
        .contains("feature-store.yaml:18: 'weight' must be a whole number, found text")
        .containsPattern("PASS +cards/optimization +deck .*2 cards")
        .contains("1 passed, 2 failed");
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err().strip())
        .endsWith("nothing: no such directory (--content names the content files)");
  }

  @Test
  void cardsListsDecksWithCountsAndWarnsAboutABadOne() throws IOException {
    Path content = cardContent();

    Result json = run("cards", "--content", content.toString(), "--json");
    Result text = run("cards", "--content", content.toString());

    assertThat(json.status()).as(json.err()).isZero();
    JsonNode decks = JsonMapper.builder().build().readTree(json.out());
    assertThat(decks).hasSize(1);
    assertThat(decks.get(0).path("id").asString()).isEqualTo("optimization");
    assertThat(decks.get(0).path("cards").asInt()).isEqualTo(2);
    assertThat(decks.get(0).path("advanced").asInt()).isEqualTo(1);
    assertThat(text.out()).contains("1 decks, 2 cards");
    assertThat(json.err()).contains("broken.yaml:5: missing required key 'a'");
  }

  @Test
  void unknownCommandSuggestsAndExitsTwo() {
    Result result = run("jugde");
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.err()).contains("judge");
  }
}
