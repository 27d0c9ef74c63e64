package dev.onsite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./onsite plan} on a local database of its own, with the server tests' company Acme AI and
 * problems.
 */
class PlanCommandTests {

  private static final String TEST_RESOURCES = "../onsite-server/src/test/resources/";

  @TempDir Path data;

  private CommandLineTests.Result plan(String... args) {
    List<String> all = new ArrayList<>();
    all.addAll(List.of("plan", "--data", data.toString()));
    all.addAll(List.of("-D", "onsite.content-dir=" + resource("content")));
    all.addAll(List.of("-D", "onsite.problems-dir=" + resource("problems")));
    all.addAll(List.of(args));
    return CommandLineTests.run(all.toArray(String[]::new));
  }

  private static Path resource(String name) {
    return Path.of(TEST_RESOURCES + name).toAbsolutePath().normalize();
  }

  @Test
  void aPlanIsSetShownAndRefusedForADayInThePast() throws Exception {
    CommandLineTests.Result none = plan();
    assertThat(none.status()).isEqualTo(1);
    assertThat(none.err())
        .contains(
            "onsite: no study plan yet: set one with ./onsite plan --company NAME --date"
                + " YYYY-MM-DD");

    String date = LocalDate.now().plusDays(12).toString();
    CommandLineTests.Result set = plan("--company", "acme", "--date", date, "--json");
    assertThat(set.status()).as(set.err()).isZero();
    JsonNode plan = JsonMapper.builder().build().readTree(set.out());
    assertThat(plan.path("companyNames").toString()).isEqualTo("[\"Acme AI\"]");
    assertThat(plan.path("interviewDate").asString()).isEqualTo(date);
    assertThat(plan.path("days")).hasSize(12);
    assertThat(plan.path("days").get(0).path("tasks").size()).isPositive();

    CommandLineTests.Result past = plan("--company", "acme", "--date", "2020-01-01");
    assertThat(past.status()).isEqualTo(2);
    assertThat(past.err().strip().lines().toList())
        .containsExactly(
            "onsite: reading the local database...",
            "onsite: the interview date 2020-01-01 is in the past; give a day after "
                + LocalDate.now());
  }

  @Test
  void halfATargetOrABadDateIsAUsageErrorBeforeAnythingStarts() {
    CommandLineTests.Result half = plan("--company", "acme");
    assertThat(half.status()).isEqualTo(2);
    assertThat(half.err().strip())
        .isEqualTo("onsite: to set a plan give both --company NAME and --date YYYY-MM-DD");

    CommandLineTests.Result bad = plan("--company", "acme", "--date", "next friday");
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.err().strip())
        .isEqualTo("onsite: --date 'next friday' is not a date: write it as YYYY-MM-DD");
  }
}
