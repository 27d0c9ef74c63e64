package dev.onsite.catalog.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onsite.catalog.company.Company;
import dev.onsite.catalog.company.Decision;
import dev.onsite.catalog.company.Feedback;
import dev.onsite.catalog.round.RoundType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLoaderTests {

  @TempDir Path content;

  @BeforeEach
  void layout() throws IOException {
    Files.createDirectories(content.resolve("companies"));
    Files.createDirectories(content.resolve("insights"));
  }

  private static final String GOOD =
      """
      id: acme
      name: Acme AI
      aliases: [acme]
      category: model
      loops:
        - id: swe
          role: Software Engineer
          kind: candidate-report
          source: https://example.com/acme
          date: 2025-09
          rounds:
            - type: recruiter-screen
              minutes: 30
            - type: coding
              minutes: [45, 60]
              format: CoderPad
          questions:
            - text: Build a rate limiter
              round: oop
              practice: [api-gateway-rate-limiter]
      """;

  private Path write(String relative, String text) throws IOException {
    Path file = content.resolve(relative);
    Files.writeString(file, text);
    return file;
  }

  private Content load() {
    return ContentLoader.load(content);
  }

  @Test
  void goodCompanyLoadsWithItsRoundsInOrderAndInheritedSources() throws IOException {
    write("companies/acme.yaml", GOOD);

    Content loaded = load();

    assertThat(loaded.problems()).isEmpty();
    Company acme = loaded.companies().get(0);
    assertThat(acme.loops().get(0).rounds())
        .extracting(r -> r.type())
        .containsExactly(RoundType.RECRUITER_SCREEN, RoundType.CODING);
    assertThat(acme.loops().get(0).rounds().get(1).duration().max()).isEqualTo(60);
    assertThat(acme.loops().get(0).questions().get(0).source().url())
        .isEqualTo("https://example.com/acme");
    assertThat(acme.loops().get(0).questions().get(0).source().date()).isEqualTo("2025-09");
    assertThat(acme.loops().get(0).questions().get(0).origin().line()).isEqualTo(18);
  }

  @Test
  void unknownRoundIdIsReportedWithPathLineAndTheKnownIds() throws IOException {
    Path file = write("companies/acme.yaml", GOOD.replace("type: coding", "type: codng"));

    Content loaded = load();

    assertThat(loaded.companies()).isEmpty();
    assertThat(loaded.problems())
        .singleElement()
        .hasToString(
            file
                + ":14: unknown round id 'codng' (known: "
                + String.join(", ", RoundType.ids())
                + ")");
  }

  @Test
  void decisionRuleIsReadFromTheLoop() throws IOException {
    write(
        "companies/acme.yaml",
        GOOD.replace("    date: 2025-09\n", "    date: 2025-09\n    decision: at-least 2 of 4\n"));

    Content loaded = load();

    assertThat(loaded.problems()).isEmpty();
    assertThat(loaded.companies().get(0).loops().get(0).decision())
        .isEqualTo(new Decision.AtLeast(2, 4));
  }

  @Test
  void unknownDecisionRuleIsReportedWithItsLineAndTheForms() throws IOException {
    Path file =
        write(
            "companies/acme.yaml",
            GOOD.replace("    date: 2025-09\n", "    date: 2025-09\n    decision: most\n"));

    assertThat(load().problems())
        .singleElement()
        .hasToString(
            file
                + ":11: unknown decision 'most'; use all-rounds, consistency or at-least N of M"
                + " (for example at-least 2 of 4)");
  }

  @Test
  void feedbackIsTestsUnlessARoundSaysNone() throws IOException {
    write(
        "companies/acme.yaml",
        GOOD.replace("format: CoderPad\n", "format: Whiteboard\n        feedback: none\n"));

    Content loaded = load();

    assertThat(loaded.problems()).isEmpty();
    assertThat(loaded.companies().get(0).loops().get(0).rounds())
        .extracting(r -> r.feedback())
        .containsExactly(Feedback.TESTS, Feedback.NONE);
  }

  @Test
  void unknownFeedbackIsReportedWithItsLineAndTheAllowedValues() throws IOException {
    Path file =
        write(
            "companies/acme.yaml",
            GOOD.replace("format: CoderPad\n", "format: CoderPad\n        feedback: hints\n"));

    Content loaded = load();

    assertThat(loaded.companies()).isEmpty();
    assertThat(loaded.problems())
        .singleElement()
        .hasToString(file + ":17: unknown feedback 'hints' (known: tests, none)");
  }

  @Test
  void unknownKeyIsReportedWithItsLineAndTheAllowedKeys() throws IOException {
    Path file =
        write(
            "companies/acme.yaml", GOOD.replace("      format: CoderPad", "      formt: CoderPad"));

    assertThat(load().problems())
        .singleElement()
        .asString()
        .startsWith(
            file + ":16: unknown key 'formt' in round (allowed: type, label, minutes, format,");
  }

  @Test
  void missingRequiredKeyIsReportedAtTheMappingThatLacksIt() throws IOException {
    Path file = write("companies/acme.yaml", GOOD.replace("    role: Software Engineer\n", ""));

    assertThat(load().problems())
        .singleElement()
        .hasToString(file + ":6: missing required key 'role' in loop");
  }

  @Test
  void badUrlIsReportedWithItsLine() throws IOException {
    Path file =
        write("companies/acme.yaml", GOOD.replace("https://example.com/acme", "htps:/example"));

    assertThat(load().problems())
        .singleElement()
        .asString()
        .startsWith(file + ":9: bad URL 'htps:/example'");
  }

  @Test
  void badDateAndBadMinutesAreBothReported() throws IOException {
    Path file =
        write(
            "companies/acme.yaml",
            GOOD.replace("date: 2025-09", "date: September 2025")
                .replace("minutes: 30", "minutes: half an hour"));

    assertThat(load().problems())
        .extracting(Object::toString)
        .containsExactly(
            file + ":10: bad date 'September 2025' (expected YYYY, YYYY-MM or YYYY-MM-DD) in loop",
            file + ":13: 'minutes' in round must be minutes: 45, [45, 60] or 45-60, found text");
  }

  @Test
  void everyFactNeedsASourceEvenWithoutALoopToInheritFrom() throws IOException {
    Path file =
        write(
            "companies/acme.yaml",
            """
        id: acme
        name: Acme AI
        category: model
        policies:
          - kind: cooldown
            text: Six months.
        """);

    assertThat(load().problems())
        .singleElement()
        .hasToString(
            file
                + ":5: missing required key 'source' in policy (every fact needs the URL it comes from)");
  }

  @Test
  void yamlSyntaxErrorIsReportedWithItsLine() throws IOException {
    Path file = write("companies/acme.yaml", "id: acme\nname: [unclosed\ncategory: model\n");

    assertThat(load().problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.file()).isEqualTo(file.toString());
              assertThat(problem.line()).isPositive();
              assertThat(problem.message()).startsWith("YAML syntax:");
            });
  }

  @Test
  void duplicateKeysAreRejected() throws IOException {
    Path file =
        write(
            "companies/acme.yaml", GOOD.replace("name: Acme AI\n", "name: Acme AI\nname: Acme\n"));

    assertThat(load().problems())
        .singleElement()
        .hasToString(file + ":3: duplicate key 'name' (first on line 2)");
  }

  @Test
  void idMustMatchTheFileName() throws IOException {
    Path file = write("companies/acme-corp.yaml", GOOD);

    assertThat(load().problems())
        .singleElement()
        .asString()
        .startsWith(file + ":1: id 'acme' does not match the file name");
  }

  @Test
  void badFileDoesNotTakeTheOthersDown() throws IOException {
    write("companies/acme.yaml", GOOD);
    write("companies/broken.yaml", "id: broken\nname: Broken\ncategory: nonsense\nloops: 3\n");
    write("companies/empty.yaml", "");

    Content loaded = load();

    assertThat(loaded.companies()).extracting(Company::id).containsExactly("acme");
    assertThat(loaded.problems())
        .extracting(ContentProblem::file)
        .containsOnly(
            content.resolve("companies/broken.yaml").toString(),
            content.resolve("companies/empty.yaml").toString());
    assertThat(loaded.problems())
        .extracting(ContentProblem::message)
        .contains(
            "unknown category 'nonsense' (known: model, infrastructure, product, big-tech, tech, consulting, other)",
            "'loops' in company must be a list, found a number",
            "empty file");
  }

  @Test
  void everyProblemInAFileIsReportedNotJustTheFirst() throws IOException {
    write(
        "companies/acme.yaml",
        GOOD.replace("type: coding", "type: codng")
            .replace("round: oop", "round: opp")
            .replace("kind: candidate-report", "kind: rumor"));

    assertThat(load().problems()).extracting(ContentProblem::line).containsExactly(8, 14, 19);
  }

  @Test
  void aNameAnotherCompanyAlreadyUsesIsRejected() throws IOException {
    write("companies/acme.yaml", GOOD);
    Path other =
        write(
            "companies/zeta.yaml",
            GOOD.replace("id: acme", "id: zeta").replace("name: Acme AI", "name: Zeta"));

    Content loaded = load();

    assertThat(loaded.companies()).extracting(Company::id).containsExactly("acme");
    assertThat(loaded.problems())
        .singleElement()
        .asString()
        .startsWith(other + ":3: name or alias 'acme' is already used by acme");
  }

  @Test
  void practiceIdsMustLookLikePackageIds() throws IOException {
    Path file =
        write("companies/acme.yaml", GOOD.replace("[api-gateway-rate-limiter]", "[Rate Limiter]"));

    assertThat(load().problems())
        .singleElement()
        .hasToString(
            file
                + ":20: practice id 'Rate Limiter' in question must be a package id such as in-memory-database");
  }

  @Test
  void insightLoadsWithGroupedQuestionsAndFlagsUnknownCompanies() throws IOException {
    write("companies/acme.yaml", GOOD);
    Path insight =
        write(
            "insights/steps.yaml",
            """
        id: steps
        title: Steps
        topic: process
        source: https://example.com/analysis
        facts:
          - text: The median process has four steps.
            figures: {median_steps: 4}
            companies: [acme, nobody]
        groups:
          - signal: teamwork
            questions:
              - How do you settle conflicts?
        """);

    Content loaded = load();

    assertThat(loaded.insights())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.facts().get(0).figures()).containsEntry("median_steps", 4.0);
              assertThat(i.groups().get(0).questions())
                  .containsExactly("How do you settle conflicts?");
            });
    assertThat(loaded.problems())
        .singleElement()
        .hasToString(
            insight + ":6: unknown company id 'nobody' (no loaded content/companies/nobody.yaml)");
  }

  @Test
  void missingDirectoriesAreProblemsNotCrashes() {
    Content loaded = ContentLoader.load(content.resolve("nowhere"));

    assertThat(loaded.companies()).isEmpty();
    assertThat(loaded.problems())
        .extracting(ContentProblem::message)
        .containsOnly("no such directory");
  }
}
