package dev.onsite.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The harness's JSON codec: what the judge's jobs and the harness's events contain. */
class JsonTests {

  @Test
  void readsAJobShapedDocument() {
    Object parsed =
        Json.parse(
            """
             {"kind": "api", "output_limit": 8388608,
              "classes": {"Ledger": "yv66vgAAAEUATwoA"},
              "tests": [{"calls": [{"new": "Ledger", "raises": false},
                                   {"call": "deposit", "args": ["a2", -20, 1.5e3], "raises": true}]}],
              "none": null}\t\r
            """);

    Map<String, Object> expectedCall = new LinkedHashMap<>();
    expectedCall.put("call", "deposit");
    expectedCall.put("args", List.of("a2", -20L, 1500.0));
    expectedCall.put("raises", true);
    assertThat(parsed)
        .isInstanceOf(Map.class)
        .extracting(job -> ((Map<?, ?>) job).get("tests"))
        .isEqualTo(
            List.of(
                Map.of("calls", List.of(Map.of("new", "Ledger", "raises", false), expectedCall))));
    Map<?, ?> job = (Map<?, ?>) parsed;
    assertThat(job.get("kind")).isEqualTo("api");
    assertThat(job.get("output_limit")).isEqualTo(8388608L);
    assertThat(job.get("classes")).isEqualTo(Map.of("Ledger", "yv66vgAAAEUATwoA"));
    assertThat(job.containsKey("none")).isTrue();
    assertThat(job.get("none")).isNull();
  }

  @Test
  void readsEscapesWhereverTheyAreInAString() {
    assertThat(Json.parse("\"a\\\"b\\\\c\\n\\t\\u00e9\\/\"")).isEqualTo("a\"b\\c\n\té/");
    assertThat(Json.parse("\"\\nstart\"")).isEqualTo("\nstart");
    assertThat(Json.parse("\"end\\n\"")).isEqualTo("end\n");
    assertThat(Json.parse("\"\"")).isEqualTo("");
  }

  @Test
  void readsNumbersAsLongWhenIntegralAndInRange() {
    assertThat(Json.parse("[0, -7, 123456789012345678, 1234567890123456789, 2.5, -1e-3]"))
        .isEqualTo(List.of(0L, -7L, 123456789012345678L, 1234567890123456789L, 2.5, -0.001));
    assertThat(Json.parse("[1000000000000000000, 9223372036854775807, -9223372036854775808]"))
        .isEqualTo(List.of(1_000_000_000_000_000_000L, Long.MAX_VALUE, Long.MIN_VALUE));
    assertThat(Json.parse("[9223372036854775808, 12345678901234567890123]"))
        .as("beyond a long: a double")
        .isEqualTo(List.of(9.223372036854775808e18, 1.2345678901234567890123e22));
    assertThat(Json.parse("[NaN, Infinity, -Infinity]"))
        .isEqualTo(List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
  }

  @Test
  void writesWhatItReads() {
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("e", "end");
    event.put("out", "line\n\"quoted\"\u0001");
    event.put("values", List.of(1L, 2.5, true));
    assertThat(Json.parse(Json.write(event))).isEqualTo(event);
  }

  @Test
  void saysWhereADocumentIsBroken() {
    assertThatThrownBy(() -> Json.parse("\"open")).hasMessageContaining("unterminated string");
    assertThatThrownBy(() -> Json.parse("\"open\\")).hasMessageContaining("unterminated string");
    assertThatThrownBy(() -> Json.parse("{\"a\": 1} x")).hasMessageContaining("trailing");
    assertThatThrownBy(() -> Json.parse("[1, -]")).hasMessageContaining("unexpected character");
    assertThatThrownBy(() -> Json.parse("{\"a\" 1}")).hasMessageContaining("expected ':'");
  }
}
