package dev.onsite.judge.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which runtime a package's preloaded modules get: one command is one pool of zygotes. */
class RuntimePreloadTests {

  @Test
  void pandasAndScikitLearnPackagesShareOneRuntimeAndTorchKeepsItsOwn() {
    assertThat(Runtimes.runtimePreload(List.of("pandas"))).containsExactly("pandas", "sklearn");
    assertThat(Runtimes.runtimePreload(List.of("sklearn"))).containsExactly("pandas", "sklearn");
    assertThat(Runtimes.runtimePreload(List.of("sklearn", "pandas")))
        .containsExactly("pandas", "sklearn");
    assertThat(Runtimes.runtimePreload(List.of("torch"))).containsExactly("torch");
    assertThat(Runtimes.runtimePreload(List.of())).isEmpty();
  }

  @Test
  void theSharedRuntimeIsOneCommandAndItsMemoryIsAllowedForEveryPackageThatUsesIt() {
    Runtimes runtimes = Runtimes.detect();
    assumeTrue(runtimes.python().isPresent(), "python3 is not installed");

    var pandas = runtimes.harnessCommand(Language.PYTHON, 256, List.of("pandas"));
    var sklearn = runtimes.harnessCommand(Language.PYTHON, 256, List.of("sklearn"));
    var torch = runtimes.harnessCommand(Language.PYTHON, 256, List.of("torch"));

    assertThat(pandas).isEqualTo(sklearn);
    assertThat(torch).isNotEqualTo(pandas);
    assertThat(Runtimes.preloadResidentMb(List.of("pandas")))
        .isEqualTo(Runtimes.preloadResidentMb(List.of("pandas", "sklearn")));
  }
}
