package dev.onsite.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntBinaryOperator;
import org.junit.jupiter.api.Test;

/** Which classes can carry state from one test to the next, read from their class files. */
class StaticStateTests {

  static class InstanceStateOnly {
    static final int LIMIT = 3;
    static final String NAME = "ledger";
    private final Map<String, Integer> counts = new HashMap<>();

    int add(String key) {
      IntBinaryOperator plus = Integer::sum;
      return counts.merge(key, LIMIT, plus::applyAsInt) + NAME.length();
    }
  }

  record Point(int x, int y) {}

  interface Shape {
    default int sides() {
      return 0;
    }
  }

  static class StaticCounter {
    static int calls;
  }

  static class StaticList {
    static final List<Integer> SEEN = new ArrayList<>();
  }

  static class StaticBlock {
    static {
      System.setProperty("onsite.static-block", "ran");
    }
  }

  enum Tally {
    ONE;
    int calls;
  }

  static class Asserting {
    int check(int x) {
      assert x > 0;
      return x;
    }
  }

  private static byte[] classFile(Class<?> type) throws IOException {
    String name = type.getName().substring(type.getName().lastIndexOf('.') + 1) + ".class";
    try (InputStream in = type.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }

  private static boolean absent(Class<?>... types) throws IOException {
    List<byte[]> files = new ArrayList<>();
    for (Class<?> type : types) {
      files.add(classFile(type));
    }
    return StaticState.absent(files);
  }

  @Test
  void classesWithInstanceStateConstantsLambdasRecordsAndDefaultMethodsHoldNoStaticState()
      throws IOException {
    assertThat(absent(InstanceStateOnly.class, Point.class, Shape.class)).isTrue();
  }

  @Test
  void staticFieldsStaticInitializersEnumsAndAssertionsCanHoldState() throws IOException {
    assertThat(absent(StaticCounter.class)).isFalse();
    assertThat(absent(StaticList.class)).isFalse();
    assertThat(absent(StaticBlock.class)).isFalse();
    assertThat(absent(Tally.class)).isFalse();
    assertThat(absent(Asserting.class)).isFalse();
    // One such class is enough for the whole submission.
    assertThat(absent(InstanceStateOnly.class, StaticCounter.class)).isFalse();
  }

  @Test
  void whatIsNotAClassFileCountsAsState() throws IOException {
    assertThat(StaticState.absent(List.of(new byte[] {1, 2, 3}))).isFalse();
    byte[] truncated = classFile(InstanceStateOnly.class);
    assertThat(StaticState.absent(List.of(java.util.Arrays.copyOf(truncated, 40)))).isFalse();
  }
}
