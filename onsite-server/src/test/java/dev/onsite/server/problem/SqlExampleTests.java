package dev.onsite.server.problem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onsite.judge.lang.Language;
import dev.onsite.judge.problem.PackageLoader;
import dev.onsite.judge.problem.ProblemPackage;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** An SQL problem's page shows its sample's tables and expected result as rows, not raw JSON. */
class SqlExampleTests {

  private static ProblemPackage pkg() {
    Path root = Path.of("..", "problems", "sql-march-units-per-product");
    return PackageLoader.load(root.toAbsolutePath().normalize());
  }

  @Test
  void theSampleShowsEachTableAndTheExpectedResultAsRows() {
    var examples = Catalogue.examples(pkg(), Integer.MAX_VALUE);
    assertThat(examples).hasSize(1);
    var example = examples.get(0);
    assertThat(example.input())
        .startsWith("products\nproduct_id | name | category\n1 | mug-1 | office")
        .contains("sales\nsale_id | product_id | quantity | status | sold_at\n")
        .doesNotContain("$frame");
    assertThat(example.output())
        .isEqualTo("product_id | name | units\n1 | mug-1 | 3\n2 | chair-2 | 0\n3 | desk-3 | 5");
  }

  @Test
  void anSqlProblemOffersOnlySqlWithACommentStarter() {
    ProblemPackage pkg = pkg();
    assertThat(ProblemSummary.languages(pkg)).containsExactly(Language.SQL);
    assertThat(Catalogue.defaultStarter(pkg, Language.SQL)).startsWith("-- ");
  }
}
