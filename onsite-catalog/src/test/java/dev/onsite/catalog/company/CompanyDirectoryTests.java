package dev.onsite.catalog.company;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onsite.catalog.RealContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Looking companies and roles up by what people type, over the real content and its aliases. */
class CompanyDirectoryTests {

  private final CompanyDirectory directory = RealContent.catalog().directory();

  @ParameterizedTest(name = "''{0}'' is {1}")
  @CsvSource({
    "OpenAI, OpenAI",
    "openai, OpenAI",
    "open ai, OpenAI",
    "Open-AI, OpenAI",
    "deepmind, Google DeepMind",
    "Google DeepMind, Google DeepMind",
    "google, Google",
    "scale, Scale AI",
    "SCALE AI, Scale AI",
    "antropic, Anthropic",
    "nvidea, NVIDIA",
    "eightfold, Eightfold.ai",
    "college board, The College Board",
    "p1 ai, P-1 AI",
    "monarch, Monarch Money",
    "facebook, Meta",
    "netflx, Netflix",
  })
  void namesAreMatchedCaseInsensitivelyAndFuzzily(String typed, String expected) {
    assertThat(directory.find(typed))
        .isInstanceOfSatisfying(
            CompanyMatch.Found.class,
            found -> assertThat(found.company().name()).isEqualTo(expected));
  }

  @Test
  void unknownCompanyNamesTheClosestMatches() {
    CompanyMatch match = directory.find("Snowflake Labs");

    assertThat(match).isInstanceOf(CompanyMatch.Unknown.class);
    assertThat(match.message())
        .startsWith("unknown company 'Snowflake Labs'; closest: ")
        .endsWith("(./onsite companies lists them all)");
    assertThat(((CompanyMatch.Unknown) match).closest()).hasSize(3);
  }

  @Test
  void aPrefixSeveralCompaniesShareIsAmbiguous() {
    CompanyMatch match = directory.find("goo");

    assertThat(match)
        .isInstanceOfSatisfying(
            CompanyMatch.Ambiguous.class,
            ambiguous ->
                assertThat(ambiguous.candidates())
                    .extracting(Company::name)
                    .contains("Google", "Google DeepMind"));
    assertThat(match.message())
        .isEqualTo("company name 'goo' is ambiguous: it could be Google, Google DeepMind");
  }

  @Test
  void rolesAreMatchedByPartOrAbbreviation() {
    Company openai = directory.byId("openai").orElseThrow();

    assertThat(CompanyDirectory.loopsForRole(openai, "research"))
        .extracting(Loop::role)
        .containsOnly("Research Engineer");
    assertThat(CompanyDirectory.loopsForRole(openai, "RE"))
        .extracting(Loop::role)
        .containsOnly("Research Engineer");
    assertThat(CompanyDirectory.loopsForRole(openai, "tpm"))
        .extracting(Loop::role)
        .containsOnly("Technical Program Manager");
    assertThat(CompanyDirectory.loopsForRole(openai, "swe"))
        .extracting(Loop::role)
        .contains("Software Engineer", "Software Engineer (L5 / Staff)")
        .doesNotContain("Research Engineer");
    assertThat(CompanyDirectory.loopsForRole(openai, "astronaut")).isEmpty();
    assertThat(CompanyDirectory.loopsForRole(openai, null)).hasSameSizeAs(openai.loops());
  }

  @Test
  void typoToleranceGrowsWithTheLengthOfTheName() {
    assertThat(Names.distance("antropic", "anthropic")).isEqualTo(1);
    assertThat(Names.distance("nvdiia", "nvidia")).isEqualTo(1);
    assertThat(Names.tolerance(3)).isZero();
    assertThat(Names.tolerance(8)).isEqualTo(2);
  }
}
