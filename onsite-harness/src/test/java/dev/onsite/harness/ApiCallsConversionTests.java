package dev.onsite.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Arguments converted to the candidate's parameter types, arrays of numbers above all. */
class ApiCallsConversionTests {

  @Test
  void aListOfNumbersBecomesAPrimitiveArray() {
    assertThat((int[]) ApiCalls.convert(List.of(3L, -1L, 4L), int[].class))
        .containsExactly(3, -1, 4);
    assertThat((long[]) ApiCalls.convert(List.of(1L << 40, -7L), long[].class))
        .containsExactly(1L << 40, -7L);
    assertThat((double[]) ApiCalls.convert(List.of(1L, 2.5), double[].class))
        .containsExactly(1.0, 2.5);
    assertThat((int[]) ApiCalls.convert(List.of(), int[].class)).isEmpty();
    // The general path still serves what the fast one does not: nested and boxed arrays.
    assertThat((int[][]) ApiCalls.convert(List.of(List.of(1L), List.of(2L, 3L)), int[][].class))
        .isDeepEqualTo(new int[][] {{1}, {2, 3}});
    assertThat((Integer[]) ApiCalls.convert(List.of(5L), Integer[].class)).containsExactly(5);
    assertThat((double[]) ApiCalls.convert(Map.of("$ndarray", List.of(0.5)), double[].class))
        .containsExactly(0.5);
  }

  @Test
  void aNumberThatDoesNotFitIsRefusedAsBefore() {
    assertThatThrownBy(() -> ApiCalls.convert(List.of(1L, 1L << 40), int[].class))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ApiCalls.convert(List.of(1L, 2.5), long[].class))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ApiCalls.convert(Arrays.asList(1L, null), int[].class))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ApiCalls.convert(List.of("7"), double[].class))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
