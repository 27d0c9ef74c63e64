package dev.onsite.judge.takehome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.onsite.judge.sandbox.Sandboxes;
import dev.onsite.judge.verdict.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real generator and finder runs in the sandbox (each box about a second). */
class TakeHomeJudgeTests {

  static final Path PYTHON = Path.of("/usr/bin/python3");

  @TempDir Path dir;

  TakeHomeJudge judge;
  TakeHomePackage pkg;

  @BeforeEach
  void judge() {
    assumeTrue(Files.isExecutable(PYTHON), "needs /usr/bin/python3");
    judge = new TakeHomeJudge(Sandboxes.detect(), PYTHON);
    pkg = TakeHomeLoader.load(TakeHomeFixtures.write(dir, 3));
  }

  @Test
  void theGeneratorIsDeterministicPerSeedAndDiffersAcrossSeeds() {
    Dataset one = judge.generate(pkg, 1);

    assertThat(judge.generate(pkg, 1).fingerprint()).isEqualTo(one.fingerprint());
    assertThat(judge.generate(pkg, 2).fingerprint()).isNotEqualTo(one.fingerprint());
    assertThat(one.files()).containsOnlyKeys("table.csv");
    assertThat(one.key().get("negative_value")).hasSize(5);
  }

  @Test
  void theReferenceFinderGetsFullMarks() {
    TakeHomeResult r = judge.judge(pkg, 4, TakeHomeFixtures.FINDER);

    assertThat(r.verdict()).isEqualTo(Verdict.AC);
    assertThat(r.score()).isEqualTo(100.0);
    assertThat(r.seed()).isEqualTo(4);
  }

  @Test
  void theFinderSeesTheDatasetButNeverTheAnswerKey() {
    Dataset d = judge.generate(pkg, 5);
    // Look everywhere the box can reach for the key and report what it found as a finding.
    String snoop =
        """
        import json, os, sys
        hits = []
        for top in ["/", sys.argv[1], os.path.dirname(sys.argv[1])]:
            for base, dirs, files in os.walk(top):
                if base.startswith(("/proc", "/sys", "/usr", "/dev")):
                    dirs[:] = []
                    continue
                hits += [os.path.join(base, f) for f in files if "answer_key" in f]
        print(json.dumps([{"kind": "duplicate_row", "ids": hits},
                          {"kind": "negative_value", "ids": sorted(os.listdir(sys.argv[1]))}]))
        """;

    TakeHomeResult r = judge.judge(pkg, d, snoop);

    assertThat(r.kind("duplicate_row").orElseThrow().flagged()).isZero();
    assertThat(r.kind("negative_value").orElseThrow().falseAlarms()).containsExactly("table.csv");
  }

  @Test
  void aLoopingFinderIsTimeLimitExceeded() {
    TakeHomeResult r = judge.judge(pkg, 1, "while True:\n    pass\n");

    assertThat(r.verdict()).isEqualTo(Verdict.TLE);
    assertThat(r.summary()).contains("wall limit of 3 s");
    assertThat(r.score()).isZero();
  }

  @Test
  void aCrashingFinderIsARunTimeErrorWithItsLastLine() {
    TakeHomeResult r = judge.judge(pkg, 1, "raise ValueError('no table here')\n");

    assertThat(r.verdict()).isEqualTo(Verdict.RE);
    assertThat(r.summary()).endsWith("ValueError: no table here");
  }

  @Test
  void aMillionIdsIsARefusalNotACrash() {
    String flood =
        "import json\nprint(json.dumps([{'kind': 'duplicate_row', 'ids': list(range(10**6))}]))\n";

    TakeHomeResult r = judge.judge(pkg, 1, flood);

    assertThat(r.verdict()).isIn(Verdict.OLE, Verdict.WA);
    assertThat(r.summary()).doesNotContain("\n").contains("rows");
  }

  @Test
  void aBrokenGeneratorIsThePackagesFaultNamingTheSeed() throws IOException {
    Files.writeString(pkg.generator(), "import sys\nsys.exit('no disk')\n");

    assertThatThrownBy(() -> judge.generate(pkg, 9))
        .isInstanceOf(TakeHomeException.class)
        .hasMessageContaining("generator/generate.py with seed 9 failed")
        .hasMessageContaining("no disk");
  }

  @Test
  void nothingStaysOnDiskAfterAJudgement() throws IOException {
    long before = stagingDirs();

    judge.judge(pkg, 1, TakeHomeFixtures.FINDER);
    judge.judge(pkg, 1, "while True:\n    pass\n");

    assertThat(stagingDirs()).isEqualTo(before);
  }

  private static long stagingDirs() throws IOException {
    try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return s.filter(p -> p.getFileName().toString().startsWith("onsite-th-")).count();
    }
  }
}
