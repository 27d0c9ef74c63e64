package dev.onsite.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Company names typed with a typo or two still find the company, as FuzzyQuery did. */
class NameTypoTests {

  private final List<String> keys = List.of("anthropic", "openai", "nvidia", "google", "scaleai");

  @Test
  void oneDeletionOneInsertionOneSubstitutionAndOneSwapAreOneEditEach() {
    assertThat(SearchIndex.distance("antropic", "anthropic", 2)).isEqualTo(1);
    assertThat(SearchIndex.distance("anthhropic", "anthropic", 2)).isEqualTo(1);
    assertThat(SearchIndex.distance("anthrapic", "anthropic", 2)).isEqualTo(1);
    assertThat(SearchIndex.distance("anthorpic", "anthropic", 2)).isEqualTo(1);
  }

  @Test
  void distanceStopsCountingPastTheLimit() {
    assertThat(SearchIndex.distance("openai", "nvidia", 1)).isEqualTo(2);
    assertThat(SearchIndex.distance("a", "a", 0)).isZero();
  }

  @Test
  void nearKeysShareTheFirstLetterAndStayWithinTheEdits() {
    assertThat(SearchIndex.near(keys, "antropic", 2)).containsExactly("anthropic");
    assertThat(SearchIndex.near(keys, "gogle", 1)).containsExactly("google");
    assertThat(SearchIndex.near(keys, "ogogle", 2)).isEmpty();
    assertThat(SearchIndex.near(keys, "openai", 1))
        .as("the exact key is matched elsewhere")
        .isEmpty();
    assertThat(SearchIndex.near(keys, "scalleaii", 1)).isEmpty();
  }
}
