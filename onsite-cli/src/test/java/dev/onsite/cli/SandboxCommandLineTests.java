package dev.onsite.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.onsite.judge.sandbox.ProcessSandbox;
import dev.onsite.judge.sandbox.Sandboxes;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the command line says about the sandbox: the process sandbox's warning, and {@code doctor}.
 *
 * <p>The sandbox is chosen once per process from {@code ONSITE_SANDBOX}, so the process-sandbox
 * cases run the command line in a child JVM with that variable set.
 */
class SandboxCommandLineTests {

  @TempDir Path dir;

  record Result(int status, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Onsite.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(status, out.toString(), err.toString());
  }

  /** Run the command line in a new JVM with {@code ONSITE_SANDBOX=sandbox}. */
  static Result runWithSandbox(String sandbox, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Onsite.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put(Sandboxes.ENV, sandbox);
    builder.environment().remove("ONSITE_QUIET_SANDBOX");
    Process process = builder.start();
    process.getOutputStream().close();
    CompletableFuture<String> err =
        CompletableFuture.supplyAsync(() -> readQuietly(process.getErrorStream()));
    String out = readQuietly(process.getInputStream());
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the command finished").isTrue();
    return new Result(process.exitValue(), out, err.get());
  }

  private static String readQuietly(java.io.InputStream in) {
    try {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      return "";
    }
  }

  private Path scaffold(String kind, String name) {
    Result created = run("new", kind, name, "--dir", dir.toString());
    assertThat(created.status()).as(created.err()).isZero();
    return dir.resolve(name);
  }

  @Test
  void processSandboxPrintsItsWarningOnceAndStillJudges() throws Exception {
    Path pkg = scaffold("stdio", "warned");
    Path source = pkg.resolve("submissions/accepted").toFile().listFiles()[0].toPath();

    Result judged = runWithSandbox("process", "judge", pkg.toString(), source.toString(), "--json");

    assertThat(judged.status()).as(judged.err()).isZero();
    assertThat(judged.out()).contains("\"verdict\" : \"AC\"");
    assertThat(judged.err().lines().filter(ProcessSandbox.WARNING::equals)).hasSize(1);
  }

  @Test
  void anUnknownSandboxIsAOneLineError() throws Exception {
    Path pkg = scaffold("stdio", "unknown");
    Path source = pkg.resolve("submissions/accepted").toFile().listFiles()[0].toPath();

    Result judged = runWithSandbox("chroot", "judge", pkg.toString(), source.toString());

    assertThat(judged.status()).isEqualTo(Onsite.EXIT_USAGE);
    assertThat(judged.err().strip())
        .isEqualTo("onsite: ONSITE_SANDBOX must be 'process' or 'bubblewrap', was 'chroot'");
  }

  @Test
  void doctorPassesEveryCheckInTheHardenedSandbox() {
    assumeTrue(Sandboxes.detect().hardened(), "bubblewrap cannot run here");

    Result doctor = run("doctor");

    assertThat(doctor.status()).as(doctor.out() + doctor.err()).isZero();
    assertThat(doctor.out())
        .contains(
            "sandbox: bubblewrap (hardened)",
            "PASS  network blocked",
            "PASS  host files invisible",
            "PASS  process limit enforced",
            "PASS  memory limit enforced",
            "PASS  no survivor after the run",
            "PASS  environment clean",
            "jdk: ",
            "python: ",
            "torch: ",
            "sklearn: ")
        .doesNotContain("FAIL");
  }

  @Test
  void doctorFailsTheIsolationChecksOfTheProcessSandbox() throws Exception {
    Result doctor = runWithSandbox("process", "doctor");

    assertThat(doctor.status()).as(doctor.out() + doctor.err()).isEqualTo(Onsite.EXIT_FAILURE);
    assertThat(doctor.out())
        .contains("sandbox: process (NOT hardened): ONSITE_SANDBOX=process forces")
        .contains("FAIL  network blocked", "FAIL  host files invisible")
        .contains("PASS  memory limit enforced");
    assertThat(doctor.err()).contains(ProcessSandbox.WARNING);
  }
}
