package dev.onsite.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.onsite.judge.lang.Language;
import dev.onsite.judge.lang.Runtimes;
import dev.onsite.judge.problem.PackageLoader;
import dev.onsite.judge.problem.ProblemPackage;
import dev.onsite.judge.sandbox.Sandboxes;
import dev.onsite.judge.verdict.JudgeReport;
import dev.onsite.judge.verdict.Verdict;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A runtime started ahead of demand serves one submission and carries nothing to the next. */
class WarmPoolTests {

  @TempDir Path dir;

  // Each probe leaves a file, an environment variable or property, and process state named after
  // its submission (ROUND), and fails when it finds any left by another submission.
  private static final String PYTHON_PROBE =
      """
      import os, sys
      ROUND = "%d"
      class Counter:
          def __init__(self):
              self.counts = {}
          def increment(self, key):
              others = [f for f in os.listdir(".") if f.startswith("leak-") and f != "leak-" + ROUND]
              leaked = others or any(k.startswith("LEAK_") and k != "LEAK_" + ROUND for k in os.environ) \
                  or getattr(sys, "leak", ROUND) != ROUND
              open("leak-" + ROUND, "w").write("x")
              os.environ["LEAK_" + ROUND] = "1"
              sys.leak = ROUND
              self.counts[key] = self.counts.get(key, 0) + 1
              return 99 if leaked else self.counts[key]
          def get_count(self, key):
              return self.counts.get(key, 0)
      """;

  private static final String JAVA_PROBE =
      """
      import java.io.File;
      import java.nio.file.*;
      import java.util.*;
      public class Counter {
        static final String ROUND = "%d";
        private final Map<String, Integer> counts = new HashMap<>();
        public int increment(String key) throws Exception {
          String[] files = new File(".").list((d, n) -> n.startsWith("leak-") && !n.equals("leak-" + ROUND));
          String property = System.getProperty("leak", ROUND);
          boolean leaked = (files != null && files.length > 0) || !property.equals(ROUND);
          Files.writeString(Path.of("leak-" + ROUND), "x");
          System.setProperty("leak", ROUND);
          int count = counts.merge(key, 1, Integer::sum);
          return leaked ? 99 : count;
        }
        public int getCount(String key) { return counts.getOrDefault(key, 0); }
      }
      """;

  @Test
  void preStartedRuntimeCarriesNothingBetweenSubmissions() throws InterruptedException {
    Judge judge = new Judge(Sandboxes.detect(), Runtimes.detect(), 1);
    ProblemPackage counter = PackageLoader.load(JudgeVerdictTests.resource("packages/counter"));
    for (Language language : Language.programming()) {
      if (language == Language.PYTHON) {
        assumeTrue(judge.runtimes().python().isPresent(), "python3 is not installed");
      }
      String probe = language == Language.JAVA ? JAVA_PROBE : PYTHON_PROBE;
      judge.prepare(language, counter.limits().memoryMb());
      for (int round = 0; round < 3; round++) {
        Thread.sleep(300); // let the pool start its next runtime
        JudgeReport report =
            judge.judge(counter, language, probe.formatted(round), JudgeListener.NONE);
        // The first test of each submission sees a fresh process: no file, no variable, no state.
        assertThat(report.tests().get(0).verdict())
            .as(language + " round " + round + ": " + report.tests().get(0).message())
            .isEqualTo(Verdict.AC);
      }
    }
  }
}
