package dev.onsite.cli;

import static dev.onsite.cli.CommandLineTests.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.onsite.cli.CommandLineTests.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The workspace commands' contracts: scaffold, check rows, open/submit, exit statuses. */
class WorkspaceCommandLineTests {

  @TempDir Path dir;

  private Path scaffold(String name) {
    Result created = run("new", "workspace", name, "--dir", dir.toString());
    assertThat(created.status()).as(created.err()).isZero();
    return dir.resolve(name);
  }

  @Test
  void theScaffoldPassesCheckWithARowPerSubmission() {
    Path pkg = scaffold("demo-ws");

    Result check = run("check", pkg.toString());

    assertThat(check.status()).as(check.out() + check.err()).isZero();
    assertThat(check.out())
        .contains("starter")
        .contains("accepted/fix")
        .contains("wrong/one-past-the-end")
        .contains("wrong/delete-the-tests");
  }

  @Test
  void theJavaScaffoldPassesCheckAndCatchesItsWrongFixes() {
    Result created = run("new", "workspace", "java-ws", "--lang", "java", "--dir", dir.toString());
    assertThat(created.status()).as(created.err()).isZero();
    Path pkg = dir.resolve("java-ws");
    assertThat(pkg.resolve("tree/src/main/java/demo/Window.java")).exists();

    Result check = run("check", pkg.toString());

    assertThat(check.status()).as(check.out() + check.err()).isZero();
    assertThat(check.out())
        .containsPattern("PASS .*starter +fails +fails +1/3 tests pass")
        .containsPattern("PASS .*accepted/fix +AC +AC +3/3 tests pass")
        .containsPattern("PASS .*wrong/one-past-the-end +caught +WA")
        .containsPattern("PASS .*wrong/delete-the-tests +caught +WA");
  }

  @Test
  void newWithAnUnknownLanguageIsOneLineNamingIt() {
    Result created = run("new", "workspace", "ruby-ws", "--lang", "ruby", "--dir", dir.toString());

    assertThat(created.status()).isEqualTo(2);
    assertThat(created.err().strip())
        .isEqualTo("onsite: --lang must be python or java, was 'ruby'");
    assertThat(dir.resolve("ruby-ws")).doesNotExist();
  }

  @Test
  void checkFailsAWrongFixThatIsAccepted() throws IOException {
    Path pkg = scaffold("leaky-ws");
    Path copy = pkg.resolve("submissions/wrong/actually-right");
    Files.createDirectories(copy);
    Files.copy(pkg.resolve("submissions/accepted/fix/window.py"), copy.resolve("window.py"));

    Result check = run("check", pkg.toString());

    assertThat(check.status()).isEqualTo(1);
    assertThat(check.out()).containsPattern("FAIL .*wrong/actually-right +caught +AC");
  }

  @Test
  void openThenSubmitJudgesTheChangesWithHiddenTestsByNameOnly() throws IOException {
    Path pkg = scaffold("open-ws");
    Path work = dir.resolve("work");

    Result open = run("workspace", "open", pkg.toString(), work.toString());
    assertThat(open.status()).as(open.err()).isZero();
    assertThat(work.resolve("window.py")).exists();
    assertThat(work.resolve("logs/pytest.txt")).exists();
    assertThat(work.resolve("tests/test_window_hidden.py")).doesNotExist();

    Result starter = run("workspace", "submit", work.toString(), "--json");
    assertThat(starter.status()).as(starter.err()).isZero();
    JsonNode result = JsonMapper.builder().build().readTree(starter.out());
    assertThat(result.path("verdict").asString()).isEqualTo("WA");
    assertThat(result.path("changed")).isEmpty();
    JsonNode hidden = result.path("tests").get(1);
    assertThat(hidden.path("visible").asBoolean()).isFalse();
    assertThat(hidden.path("name").asString()).startsWith("tests/test_window_hidden.py::");
    assertThat(hidden.path("message").asString()).isEmpty();

    Files.copy(
        pkg.resolve("submissions/accepted/fix/window.py"),
        work.resolve("window.py"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Result fixed = run("workspace", "submit", work.toString());
    assertThat(fixed.status()).as(fixed.err()).isZero();
    assertThat(fixed.out()).startsWith("AC").contains("3/3 tests pass").contains("window.py");
  }

  @Test
  void badInputExitsTwoWithOneLine() throws IOException {
    Path pkg = scaffold("bad-ws");
    Path work = dir.resolve("work");
    run("workspace", "open", pkg.toString(), work.toString());
    Files.createSymbolicLink(work.resolve("link.py"), Path.of("/etc/passwd"));

    Result link = run("workspace", "submit", work.toString());
    Result again = run("workspace", "open", pkg.toString(), work.toString());
    Result unopened = run("workspace", "submit", dir.toString());

    assertThat(link.status()).isEqualTo(2);
    assertThat(link.err().strip()).doesNotContain("\n").contains("link.py: a symbolic link");
    assertThat(again.status()).isEqualTo(2);
    assertThat(again.err()).contains("is not empty");
    assertThat(unopened.status()).isEqualTo(2);
    assertThat(unopened.err()).contains("no .onsite-workspace file");
  }
}
