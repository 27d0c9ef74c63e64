package dev.onsite.judge.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onsite.judge.problem.PackageException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverlayTests {

  @TempDir Path dir;

  @Test
  void loadsTheFormatOfADebuggingPackage() {
    WorkspacePackage pkg = WorkspaceLoader.load(Fixtures.debugging(dir, 60));

    assertThat(pkg.round()).isEqualTo(Round.DEBUGGING);
    assertThat(pkg.tree()).containsOnlyKeys("stats.py", "tests/test_stats.py");
    assertThat(pkg.hidden()).containsOnlyKeys("tests/test_hidden_stats.py");
    assertThat(pkg.visibleTests()).containsExactly("tests/test_stats.py");
    assertThat(pkg.logs()).containsOnlyKeys("pytest.txt");
    assertThat(pkg.limits().maxFiles()).isEqualTo(5);
    assertThat(pkg.limits().maxBytes()).isEqualTo(WorkspaceLimits.DEFAULT_MAX_BYTES);
    assertThat(pkg.accepted()).extracting(p -> p.getFileName().toString()).containsExactly("fix");
    assertThat(pkg.wrong()).hasSize(1);
  }

  @Test
  void anUnknownRoundIsRefusedWithTheKnownOnes() throws Exception {
    Path root = Fixtures.debugging(dir, 60);
    Path yaml = root.resolve("workspace.yaml");
    Files.writeString(yaml, Files.readString(yaml).replace("round: debugging", "round: fixing"));

    assertThatThrownBy(() -> WorkspaceLoader.load(root))
        .isInstanceOf(PackageException.class)
        .hasMessageContaining("workspace.yaml:2")
        .hasMessageContaining("debugging, refactoring or ai-assisted");
  }

  @Test
  void aRefactoringPackageWithoutTargetsIsRefused() throws Exception {
    Path root = Fixtures.debugging(dir, 60);
    Path yaml = root.resolve("workspace.yaml");
    Files.writeString(
        yaml, Files.readString(yaml).replace("round: debugging", "round: refactoring"));

    assertThatThrownBy(() -> WorkspaceLoader.load(root)).hasMessageContaining("needs targets");
  }

  @Test
  void aHiddenFileThatIsNotATestIsRefused() {
    Path root = Fixtures.debugging(dir, 60);
    Fixtures.write(root, Map.of("hidden/helper.py", "X = 1\n"));

    assertThatThrownBy(() -> WorkspaceLoader.load(root)).hasMessageContaining("hidden/ holds");
  }

  @Test
  void aDeletedPathThatEscapesIsRefusedNamingTheLine() {
    WorkspacePackage pkg = WorkspaceLoader.load(Fixtures.debugging(dir, 60));
    Path sub = dir.resolve("sub");
    Fixtures.write(sub, Map.of("deleted.txt", "stats.py\n../../etc/passwd\n"));

    assertThatThrownBy(() -> Overlay.read(sub, pkg))
        .isInstanceOf(WorkspaceException.class)
        .hasMessageContaining("deleted.txt:2")
        .hasMessageContaining("escapes the workspace");
  }

  @Test
  void anAbsolutePathIsRefused() {
    assertThat(Overlay.pathProblem("/etc/passwd")).contains("absolute");
    assertThat(Overlay.pathProblem("a/./b.py")).contains("escapes");
    assertThat(Overlay.pathProblem("pkg/mod.py")).isNull();
  }

  @Test
  void aSymbolicLinkIsRefused() throws Exception {
    WorkspacePackage pkg = WorkspaceLoader.load(Fixtures.debugging(dir, 60));
    Path sub = dir.resolve("sub");
    Files.createDirectories(sub);
    Files.createSymbolicLink(sub.resolve("stats.py"), Path.of("/etc/passwd"));

    assertThatThrownBy(() -> Overlay.read(sub, pkg))
        .isInstanceOf(WorkspaceException.class)
        .hasMessageContaining("stats.py: a symbolic link");
  }

  @Test
  void aBinaryFileIsRefused() throws Exception {
    WorkspacePackage pkg = WorkspaceLoader.load(Fixtures.debugging(dir, 60));
    Path sub = dir.resolve("sub");
    Files.createDirectories(sub);
    Files.write(sub.resolve("blob.py"), new byte[] {'a', 0, 'b'});

    assertThatThrownBy(() -> Overlay.read(sub, pkg))
        .isInstanceOf(WorkspaceException.class)
        .hasMessageContaining("blob.py: a binary file");
  }

  @Test
  void moreFilesThanTheLimitAreRefused() {
    WorkspacePackage pkg = WorkspaceLoader.load(Fixtures.debugging(dir, 60));
    Path sub = dir.resolve("sub");
    for (int i = 0; i < 6; i++) {
      Fixtures.write(sub, Map.of("f" + i + ".py", "x = 1\n"));
    }

    assertThatThrownBy(() -> Overlay.read(sub, pkg))
        .isInstanceOf(WorkspaceException.class)
        .hasMessageContaining("max_files");
  }

  @Test
  void theDiffOfAnOpenedWorkspaceHoldsOnlyWhatChanged() throws Exception {
    WorkspacePackage pkg = WorkspaceLoader.load(Fixtures.debugging(dir, 60));
    Path work = dir.resolve("work");
    for (var e : pkg.tree().entrySet()) {
      Files.createDirectories(work.resolve(e.getKey()).getParent());
      Files.write(work.resolve(e.getKey()), e.getValue());
    }
    Files.writeString(work.resolve("stats.py"), Fixtures.STATS_FIXED);
    Files.writeString(work.resolve("notes.py"), "# mine\n");
    Files.delete(work.resolve("tests/test_stats.py"));
    Files.createDirectories(work.resolve("__pycache__"));
    Files.write(work.resolve("__pycache__/stats.cpython-311.pyc"), new byte[] {0, 1});

    Overlay overlay = Overlay.diff(work, pkg, Set.of());

    assertThat(overlay.files()).containsOnlyKeys("stats.py", "notes.py");
    assertThat(overlay.deleted()).containsExactly("tests/test_stats.py");
  }
}
