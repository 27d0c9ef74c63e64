package dev.onsite.judge.takehome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onsite.judge.problem.PackageException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TakeHomeLoaderTests {

  @TempDir Path dir;

  @Test
  void loadsFaultsRubricAndFinders() {
    TakeHomePackage pkg = TakeHomeLoader.load(TakeHomeFixtures.write(dir, 20));

    assertThat(pkg.id()).isEqualTo("tiny-table");
    assertThat(pkg.faults())
        .extracting(FaultKind::id)
        .containsExactly("negative_value", "duplicate_row");
    assertThat(pkg.gradedPart().id()).isEqualTo("detection");
    assertThat(pkg.accepted()).hasSize(1);
    assertThat(pkg.wrong().getFirst().misses()).containsExactly("negative_value", "duplicate_row");
  }

  @Test
  void rubricWeightsMustAddUpToOneHundred() throws Exception {
    Path root = TakeHomeFixtures.write(dir, 20);
    Path yaml = root.resolve("takehome.yaml");
    Files.writeString(yaml, Files.readString(yaml).replace("weight: 40", "weight: 30"));

    assertThatThrownBy(() -> TakeHomeLoader.load(root))
        .isInstanceOf(PackageException.class)
        .hasMessageContaining("takehome.yaml")
        .hasMessageContaining("add up to 90, not 100");
  }

  @Test
  void aWrongFinderMustNameKnownKindsItMisses() throws Exception {
    Path root = TakeHomeFixtures.write(dir, 20);
    Files.writeString(root.resolve("submissions/wrong/none.py"), "# misses: nulls\nprint('[]')\n");

    assertThatThrownBy(() -> TakeHomeLoader.load(root))
        .isInstanceOf(PackageException.class)
        .hasMessageContaining("none.py")
        .hasMessageContaining("'nulls'");
  }

  @Test
  void aMissingGeneratorIsNamed() throws Exception {
    Path root = TakeHomeFixtures.write(dir, 20);
    Files.delete(root.resolve("generator/generate.py"));

    assertThatThrownBy(() -> TakeHomeLoader.load(root))
        .isInstanceOf(PackageException.class)
        .hasMessageContaining("generator/generate.py: missing");
  }
}
