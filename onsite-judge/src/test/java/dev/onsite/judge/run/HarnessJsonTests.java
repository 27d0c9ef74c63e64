package dev.onsite.judge.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class HarnessJsonTests {

  @Test
  void nonFiniteArgumentsReachPythonAsFloatsNotStrings() throws Exception {
    JsonNode args = HarnessRunner.JSON.readTree("[NaN, Infinity, -Infinity, 1.5]");
    String written = HarnessRunner.JSON.writeValueAsString(args);
    assertThat(written).doesNotContain("\"NaN\"").doesNotContain("\"Infinity\"");

    Process python =
        new ProcessBuilder(
                "python3",
                "-c",
                "import json, sys; print([type(v).__name__ for v in json.loads(sys.stdin.read())])")
            .redirectErrorStream(true)
            .start();
    python.getOutputStream().write(written.getBytes(StandardCharsets.UTF_8));
    python.getOutputStream().close();
    String out = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    assertThat(python.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(out).isEqualTo("['float', 'float', 'float', 'float']");
  }
}
