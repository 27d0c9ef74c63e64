package dev.onsite.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The compact job form: the same tree as the JSON form, read back exactly. */
class BinaryJobTests {

  @Test
  void readsBackEveryKindOfValueAsTheJsonReaderWould() {
    Map<String, Object> call = new LinkedHashMap<>();
    call.put("call", "transfer");
    call.put("args", Arrays.asList(7L, "acc1", "acc2", -250L, null, true, false));
    call.put("raises", false);
    Map<String, Object> job = new LinkedHashMap<>();
    job.put("kind", "api");
    job.put("output_limit", 8L << 20);
    job.put("edges", List.of(Long.MIN_VALUE, -1L, 0L, 127L, 128L, Long.MAX_VALUE));
    job.put("reals", List.of(0.5, -0.0, Double.NaN, Double.POSITIVE_INFINITY, 1e300));
    job.put("mixed", List.of(1L, 2.5, "three", List.of(), Map.of()));
    job.put("text", "naïve \u2713 \uD83D\uDE80 \n\"quoted\"");
    job.put("calls", List.of(call, call, call));

    Object read = BinaryJob.decode(BinaryJob.encode(job));

    assertThat(read).isEqualTo(job);
    // Types as the JSON reader gives them: a mixed list keeps its integer a Long.
    Map<?, ?> map = (Map<?, ?>) read;
    assertThat(((List<?>) map.get("mixed")).get(0)).isInstanceOf(Long.class);
    assertThat(((List<?>) map.get("reals")).get(1)).isEqualTo(-0.0);
    assertThat(new ArrayList<Object>(map.keySet())).isEqualTo(new ArrayList<Object>(job.keySet()));
  }

  @Test
  void sendsARepeatedStringOnceAndAnArrayOfIntegersWithoutTags() {
    List<Object> calls = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      calls.add(Map.of("call", "create_account", "args", List.of("account-" + (i % 5))));
    }
    Map<String, Object> job = Map.of("calls", calls);
    int binary = BinaryJob.encode(job).length;
    // Each name and id is written out once: the rest is tags and indices.
    assertThat(binary).isLessThan(Json.write(job).length() / 3);
    assertThat(BinaryJob.decode(BinaryJob.encode(job))).isEqualTo(job);

    List<Long> numbers = new ArrayList<>();
    for (long i = 0; i < 10_000; i++) {
      numbers.add(i % 100);
    }
    byte[] bytes = BinaryJob.encode(numbers);
    assertThat(bytes[BinaryJob.MAGIC.length]).isEqualTo((byte) BinaryJob.LONGS);
    assertThat(bytes.length).isLessThan(10_000 * 2 + 16);
    assertThat(BinaryJob.decode(bytes)).isEqualTo(numbers);
  }

  @Test
  void isToldFromJsonByItsFirstBytes() {
    assertThat(BinaryJob.is(BinaryJob.encode(Map.of()))).isTrue();
    assertThat(BinaryJob.is("{\"kind\": \"api\"}".getBytes(StandardCharsets.UTF_8))).isFalse();
    assertThat(BinaryJob.is(new byte[0])).isFalse();
  }

  @Test
  void aDamagedJobIsAnErrorThatSaysWhere() {
    byte[] whole = BinaryJob.encode(Map.of("tests", List.of(1L, 2L, 3L)));
    byte[] truncated = Arrays.copyOf(whole, whole.length - 1);
    assertThatThrownBy(() -> BinaryJob.decode(truncated))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("truncated");

    byte[] longer = Arrays.copyOf(whole, whole.length + 1);
    assertThatThrownBy(() -> BinaryJob.decode(longer))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("trailing");

    byte[] unknown = {0, 'O', 1, 42};
    assertThatThrownBy(() -> BinaryJob.decode(unknown))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown tag 42");
  }
}
