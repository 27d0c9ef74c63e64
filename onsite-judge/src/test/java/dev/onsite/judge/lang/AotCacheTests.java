package dev.onsite.judge.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.onsite.judge.Judge;
import dev.onsite.judge.JudgeListener;
import dev.onsite.judge.problem.PackageLoader;
import dev.onsite.judge.problem.ProblemPackage;
import dev.onsite.judge.sandbox.Sandbox;
import dev.onsite.judge.sandbox.Sandboxes;
import dev.onsite.judge.verdict.JudgeReport;
import dev.onsite.judge.verdict.Verdict;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java harness's AOT cache: made and verified by the judge, used only once verified. */
class AotCacheTests {

  @TempDir Path dir;

  private static final String COUNTER =
      """
      import java.util.*;
      public class Counter {
        private final Map<String, Integer> counts = new HashMap<>();
        public int increment(String key) { return counts.merge(key, 1, Integer::sum); }
        public int getCount(String key) { return counts.getOrDefault(key, 0); }
        public int reset(String key) {
          Integer count = counts.remove(key);
          if (count == null) throw new IllegalArgumentException("no counter " + key);
          return count;
        }
      }
      """;

  private static Runtimes runtimesThatCanMakeCaches() {
    Runtimes runtimes = Runtimes.detect();
    assumeTrue(
        AotCache.supported(runtimes.javaExecutable().getParent().getParent()),
        "the JDK cannot make AOT caches (JDK " + AotCache.MIN_FEATURE + " and later can)");
    return runtimes;
  }

  @Test
  void verifiedCacheIsGivenToTheHarnessWhichStillJudgesRight() throws URISyntaxException {
    Runtimes runtimes = runtimesThatCanMakeCaches();
    Sandbox sandbox = Sandboxes.detect();

    assertThat(runtimes.prepareAotCache(sandbox)).isTrue();

    Path cache = runtimes.aotCache().orElseThrow();
    assertThat(cache).isRegularFile();
    assertThat(runtimes.harnessCommand(Language.JAVA, 64).argv())
        .contains("-XX:AOTCache=" + cache)
        .doesNotContain("-Xshare:auto");
    assertThat(runtimes.harnessCommand(Language.JAVA, 64).readOnlyPaths()).contains(cache);
    ProblemPackage counter =
        PackageLoader.load(
            Path.of(getClass().getClassLoader().getResource("packages/counter").toURI()));
    JudgeReport report =
        new Judge(sandbox, runtimes).judge(counter, Language.JAVA, COUNTER, JudgeListener.NONE);
    assertThat(report.verdict())
        .as(report.firstFailure() == null ? report.message() : report.firstFailure().message())
        .isEqualTo(Verdict.AC);
  }

  @Test
  void cacheTheJvmRefusesIsDeletedAndNotUsed() throws IOException {
    Runtimes runtimes = runtimesThatCanMakeCaches();
    Path bogus = dir.resolve("harness-bogus.aot");
    Files.writeString(bogus, "not an AOT cache");

    assertThat(runtimes.prepareAotCache(Sandboxes.detect(), bogus)).isFalse();

    assertThat(bogus).doesNotExist();
    assertThat(runtimes.aotCache()).isEmpty();
    assertThat(runtimes.harnessCommand(Language.JAVA, 64).argv())
        .contains("-Xshare:auto")
        .noneMatch(option -> option.startsWith("-XX:AOTCache"));
  }

  @Test
  void trainingRunsTheHarnessWarmUpAndWritesTheCacheOnStandardOutput() {
    Runtimes runtimes = Runtimes.detect();
    var harness = runtimes.harnessCommand(Language.JAVA, 64);

    var training = AotCache.trainingCommand(harness).argv();

    assertThat(training.subList(0, 2)).containsExactly("/bin/sh", "-c");
    assertThat(training.get(2)).endsWith("exec cat /tmp/onsite-harness.aot");
    assertThat(training)
        .contains("-XX:AOTCacheOutput=/tmp/onsite-harness.aot")
        .doesNotContain("-Xshare:auto");
    assertThat(training.subList(training.size() - 4, training.size()))
        .containsExactly(
            "-cp",
            harness.argv().get(harness.argv().indexOf("-cp") + 1),
            "dev.onsite.harness.Harness",
            "--train");
  }
}
