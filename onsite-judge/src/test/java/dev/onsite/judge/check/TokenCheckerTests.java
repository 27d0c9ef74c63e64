package dev.onsite.judge.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenCheckerTests {

  private static CheckResult check(List<String> flags, String expected, String actual) {
    return TokenChecker.fromFlags(flags).check(expected, actual);
  }

  @Test
  void whitespaceBetweenTokensDoesNotMatterByDefault() {
    assertThat(check(List.of(), "1 2\n3\n", "1\n2   3").accepted()).isTrue();
  }

  @Test
  void comparisonIsCaseInsensitiveByDefault() {
    assertThat(check(List.of(), "YES", "yes").accepted()).isTrue();
    assertThat(check(List.of("case_sensitive"), "YES", "yes").accepted()).isFalse();
  }

  @Test
  void spaceChangeSensitiveRequiresTheSameWhitespace() {
    assertThat(check(List.of("space_change_sensitive"), "1 2\n", "1 2\n").accepted()).isTrue();
    CheckResult result = check(List.of("space_change_sensitive"), "1 2\n", "1  2\n");
    assertThat(result.accepted()).isFalse();
    assertThat(result.message()).contains("whitespace");
  }

  @Test
  void numbersWithoutToleranceCompareAsText() {
    assertThat(check(List.of(), "1.0", "1.00").accepted()).isFalse();
  }

  @Test
  void absoluteToleranceAcceptsUpToTheBoundary() {
    List<String> flags = List.of("float_absolute_tolerance", "1e-6");
    assertThat(check(flags, "1.0", "1.000001").accepted()).isTrue();
    assertThat(check(flags, "1.0", "1.0000011").accepted()).isFalse();
  }

  @Test
  void relativeToleranceScalesWithTheExpectedValue() {
    List<String> flags = List.of("float_relative_tolerance", "1e-6");
    assertThat(check(flags, "1000000", "1000000.9").accepted()).isTrue();
    assertThat(check(flags, "1000000", "1000001.1").accepted()).isFalse();
    assertThat(check(flags, "0", "0.0000001").accepted()).isFalse();
  }

  @Test
  void floatToleranceAcceptsEitherAbsoluteOrRelativeError() {
    List<String> flags = List.of("float_tolerance", "1e-6");
    assertThat(check(flags, "0", "0.0000009").accepted()).isTrue();
    assertThat(check(flags, "1e9", "1000000900").accepted()).isTrue();
    assertThat(check(flags, "1", "1.00001").accepted()).isFalse();
  }

  @Test
  void nanMatchesOnlyNanAndInfinityOnlyItself() {
    List<String> flags = List.of("float_tolerance", "1e-6");
    assertThat(check(flags, "nan", "NaN").accepted()).isTrue();
    assertThat(check(flags, "nan", "0").accepted()).isFalse();
    assertThat(check(flags, "1", "nan").accepted()).isFalse();
    assertThat(check(flags, "inf", "inf").accepted()).isTrue();
    assertThat(check(flags, "inf", "-inf").accepted()).isFalse();
  }

  @Test
  void nonNumericTokenWhereANumberIsExpectedIsWrong() {
    assertThat(check(List.of("float_tolerance", "1e-3"), "1.5", "abc").accepted()).isFalse();
  }

  @Test
  void textTokensStillCompareExactlyWithAFloatTolerance() {
    assertThat(check(List.of("float_tolerance", "1e-3"), "answer 1.5", "answer 1.5001").accepted())
        .isTrue();
    assertThat(check(List.of("float_tolerance", "1e-3"), "answer 1.5", "answr 1.5").accepted())
        .isFalse();
  }

  @Test
  void missingAndExtraTokensAreNamed() {
    assertThat(check(List.of(), "1 2 3", "1 2").message()).contains("expected 3 tokens, got 2");
    assertThat(check(List.of(), "1 2", "1 2 3").message()).contains("extra output");
  }

  @Test
  void hiddenMessageCarriesNoData() {
    CheckResult result = check(List.of(), "secret-answer", "my-answer");
    assertThat(result.hiddenMessage()).doesNotContain("secret-answer").doesNotContain("my-answer");
    assertThat(result.message()).contains("secret-answer").contains("my-answer");
  }

  @Test
  void unknownFlagIsRejectedWithTheKnownOnes() {
    assertThatThrownBy(() -> TokenChecker.fromFlags(List.of("float_tolerence", "1")))
        .hasMessageContaining("unknown output validator flag 'float_tolerence'")
        .hasMessageContaining("float_tolerance");
    assertThatThrownBy(() -> TokenChecker.fromFlags(List.of("float_tolerance")))
        .hasMessageContaining("needs a number");
  }
}
