package dev.onsite.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onsite.judge.problem.PackageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The JSON call protocol: what a test file may say, and what of it enters the sandbox. */
class ApiTestsTests {

  @TempDir Path dir;

  private final ApiTests tests = new ApiTests();

  private Path file(String json) throws IOException {
    return Files.writeString(dir.resolve("t" + System.nanoTime() + ".json"), json);
  }

  @Test
  void expectedValuesNeverEnterTheSandbox() throws IOException {
    Path test =
        file(
            """
        {"calls": [
          {"new": "Db", "args": [1], "as": "a"},
          {"call": "get", "on": "a", "args": ["k"], "expect": "secret", "tolerance": {"rel": 0.1}, "unordered": true},
          {"call": "pop", "raises": "KeyError"},
          {"call": "top", "raises": false}
        ]}""");
    JsonNode forHarness = tests.read(test).forHarness();
    assertThat(forHarness.toString())
        .doesNotContain("secret")
        .doesNotContain("tolerance")
        .doesNotContain("unordered")
        .doesNotContain("KeyError");
    assertThat(forHarness.get("calls").get(1).get("on").asString()).isEqualTo("a");
    assertThat(forHarness.get("calls").get(2).get("raises").asBoolean()).isTrue();
    assertThat(forHarness.get("calls").get(3).get("raises").asBoolean()).isFalse();
  }

  @Test
  void aTestFileIsParsedOnceWhileUnchangedAndAgainOnceItChanges() throws IOException {
    Path test = file("{\"calls\": [{\"call\": \"f\", \"args\": [1], \"expect\": 1}]}");
    ApiTests.Parsed first = tests.read(test);
    assertThat(tests.read(test)).isSameAs(first);
    Files.writeString(test, "{\"calls\": [{\"call\": \"f\", \"args\": [2], \"expect\": 2}]}");
    Files.setLastModifiedTime(
        test, java.nio.file.attribute.FileTime.fromMillis(first.modified() + 2000));
    assertThat(tests.read(test).test().get("calls").get(0).get("expect").asInt()).isEqualTo(2);
  }

  @Test
  void nonFiniteNumbersAreAccepted() throws IOException {
    Path test =
        file("{\"calls\": [{\"call\": \"f\", \"args\": [NaN, -Infinity], \"expect\": Infinity}]}");
    assertThat(tests.read(test).test().get("calls").get(0).get("expect").asDouble()).isInfinite();
  }

  @Test
  void invalidJsonNamesTheLine() throws IOException {
    Path test = file("{\"calls\": [\n  {\"call\": \"f\",}\n]}");
    assertThatThrownBy(() -> tests.read(test))
        .isInstanceOf(PackageException.class)
        .hasMessageContaining(".json:2: invalid JSON");
  }

  @Test
  void callNeedsExactlyOneOfNewOrCall() throws IOException {
    assertThatThrownBy(() -> tests.read(file("{\"calls\": [{\"args\": []}]}")))
        .hasMessageContaining("call 1 needs exactly one of");
    assertThatThrownBy(() -> tests.read(file("{\"calls\": [{\"new\": \"A\", \"call\": \"f\"}]}")))
        .hasMessageContaining("call 1 needs exactly one of");
  }

  @Test
  void unknownKeysAreRejected() throws IOException {
    assertThatThrownBy(() -> tests.read(file("{\"calls\": [{\"call\": \"f\", \"expected\": 1}]}")))
        .hasMessageContaining("unknown key 'expected'");
  }

  @Test
  void emptyCallListIsRejected() throws IOException {
    assertThatThrownBy(() -> tests.read(file("{\"calls\": []}")))
        .hasMessageContaining("non-empty \"calls\" list");
  }

  @Test
  void malformedTensorValuesAreNamedWithTheirCall() throws IOException {
    assertThatThrownBy(
            () ->
                tests.read(
                    file(
                        "{\"calls\": [{\"call\": \"f\", \"args\": [{\"$tensor\": [1], \"dtype\": \"float16\"}]}]}")))
        .hasMessageContaining("call 1: args: a $tensor's dtype must be one of");
    assertThatThrownBy(
            () ->
                tests.read(
                    file(
                        "{\"calls\": [{\"call\": \"f\", \"args\": [{\"w\": {\"$tensor\": [1, 2, 3], \"shape\": [2, 2]}}]}]}")))
        .hasMessageContaining("a $tensor of shape [2,2] needs 4 values, has 3");
    assertThatThrownBy(
            () ->
                tests.read(
                    file(
                        "{\"calls\": [{\"call\": \"f\", \"expect\": {\"$tensor\": [1], \"dtype\": \"int64\", \"requires_grad\": true}}]}")))
        .hasMessageContaining("call 1: expect: only a float32 or float64 $tensor can require grad");
    Path good =
        file(
            "{\"calls\": [{\"call\": \"f\", \"args\": [{\"$tensor\": [], \"shape\": [0, 3], \"dtype\": \"int64\"}]}]}");
    assertThat(tests.read(good).forHarness().toString()).contains("$tensor");
  }

  @Test
  void malformedFramesAreRefusedWithTheCallAndColumn() throws IOException {
    assertThatThrownBy(
            () ->
                tests.read(
                    file(
                        "{\"calls\": [{\"call\": \"f\", \"args\": [], \"expect\": {\"$frame\":"
                            + " {\"columns\": [\"n\"], \"dtypes\": [\"int64\"], \"rows\":"
                            + " [[1], [null]]}}}]}")))
        .hasMessageContaining("call 1: expect: column 'n' (int64), row 1: null in an int64 column");
    assertThatThrownBy(
            () ->
                tests.read(
                    file(
                        "{\"calls\": [{\"call\": \"f\", \"args\": [{\"$frame\": {\"columns\":"
                            + " [\"a\"], \"dtypes\": [\"int64\"], \"rows\": [[1]]}, \"sorted\":"
                            + " true}]}]}")))
        .hasMessageContaining("call 1: args: a $frame value has an unknown key 'sorted'");
    Path good =
        file(
            "{\"calls\": [{\"call\": \"f\", \"args\": [{\"$frame\": {\"columns\": [\"a\"],"
                + " \"dtypes\": [\"float64\"], \"rows\": [[null]]}}], \"expect\": {\"$frame\":"
                + " {\"columns\": [], \"dtypes\": [], \"rows\": []}, \"ordered\": true}}]}");
    assertThat(tests.read(good).forHarness().toString())
        .contains("$frame")
        .doesNotContain("ordered");
  }

  @Test
  void tensorPropertyChecksAreValidatedAndReachTheSandboxWithoutExpectations() throws IOException {
    assertThatThrownBy(
            () -> tests.read(file("{\"calls\": [{\"gradcheck\": \"forward\", \"args\": []}]}")))
        .hasMessageContaining("call 1: gradcheck needs \"weights\"");
    assertThatThrownBy(() -> tests.read(file("{\"calls\": [{\"inspect\": \"params\"}]}")))
        .hasMessageContaining(
            "call 1: unknown inspect 'params' (known: buffers, grads, parameters");
    assertThatThrownBy(
            () ->
                tests.read(
                    file(
                        "{\"calls\": [{\"call\": \"f\"}, {\"call\": \"f\", \"differs_from\": 2}]}")))
        .hasMessageContaining("call 2: differs_from must name an earlier call, 1 to 1");
    JsonNode forHarness =
        tests
            .read(
                file(
                    "{\"calls\": [{\"inspect\": \"parameters\", \"expect\": {\"secret.weight\": [3]}},"
                        + " {\"call\": \"f\", \"unchanged\": true, \"differs_from\": 1}]}"))
            .forHarness();
    assertThat(forHarness.toString()).doesNotContain("secret").doesNotContain("differs_from");
    assertThat(forHarness.get("calls").get(1).get("unchanged").asBoolean()).isTrue();
  }

  @Test
  void heldOutLabelsOfAMetricNeverEnterTheSandbox() throws IOException {
    JsonNode forHarness =
        tests
            .read(
                file(
                    """
                    {"calls": [{"call": "predict", "args": [[[1.5], [2.5]]],
                      "metric": {"name": "accuracy", "labels": ["churned", "stayed"], "at_least": 0.5}}]}"""))
            .forHarness();
    assertThat(forHarness.toString())
        .doesNotContain("churned")
        .doesNotContain("metric")
        .doesNotContain("at_least");
    assertThat(forHarness.get("calls").get(0).get("call").asString()).isEqualTo("predict");
  }

  @Test
  void malformedMetricsAreRejectedWithTheirCall() throws IOException {
    assertThatThrownBy(
            () ->
                tests.read(
                    file(
                        "{\"calls\": [{\"new\": \"A\"}, {\"call\": \"f\", \"metric\":"
                            + " {\"name\": \"auroc\", \"labels\": [0, 1], \"at_least\": 0.5}}]}")))
        .isInstanceOf(PackageException.class)
        .hasMessageContaining("call 2: unknown metric 'auroc'");
    assertThatThrownBy(
            () ->
                tests.read(
                    file(
                        "{\"calls\": [{\"new\": \"A\", \"metric\": {\"name\": \"r2\","
                            + " \"labels\": [0, 1], \"at_least\": 0.5}}]}")))
        .hasMessageContaining("call 1: a metric grades what a \"call\" returns");
  }
}
