package dev.onsite.judge.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The judge's writer of the compact job form against the harness's readers: the harness must read
 * the same tree from it as from the job's JSON.
 */
class JobEncodingTests {

  @Test
  void theHarnessReadsTheSameTreeAsFromJson() throws Exception {
    JsonNode job =
        HarnessRunner.JSON.readTree(
            """
            {"kind": "api", "output_limit": 8388608, "first": 0,
             "classes": {"Bank": "yv66vgAAAEUATwoA", "Bank$Entry": "yv66vgAAAEUAIQoA"},
             "main": "Bank",
             "tests": [
               {"calls": [{"new": "Bank", "args": [], "raises": false},
                          {"call": "deposit", "args": [4, "acc1", 500], "raises": false},
                          {"call": "deposit", "args": [5, "acc1", -9223372036854775808], "raises": true},
                          {"call": "rolling_peak", "args": [[3, 1, 4, 1, 5, -9, 2, 6], 3]},
                          {"call": "softmax", "args": [[0.5, -1.25, 1e-300, 2.0]]},
                          {"call": "mixed", "args": [[1, 2.5, "x", null, true, [], {}]]},
                          {"call": "huge", "args": [123456789012345678901234567890, 1.0]},
                          {"call": "text", "args": ["naïve ✓ 🚀 \\n \\"q\\""]}]},
               {"input": "3\\n1 2 3\\n"}]}
            """);

    Object fromJson = harness("Json", "parse", String.class, job.toString());
    Object fromBinary = harness("BinaryJob", "decode", byte[].class, JobEncoding.encode(job));

    assertThat(fromBinary).isEqualTo(fromJson);
    assertThat(JobEncoding.encode(job).length)
        .isLessThan(job.toString().getBytes(StandardCharsets.UTF_8).length);
  }

  /** Call a static method of the harness's (package-private) classes, on the test class path. */
  private static Object harness(String type, String name, Class<?> parameter, Object argument)
      throws Exception {
    Method method = Class.forName("dev.onsite.harness." + type).getDeclaredMethod(name, parameter);
    method.setAccessible(true);
    return method.invoke(null, argument);
  }
}
