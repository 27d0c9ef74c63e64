package dev.onsite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ServeCommandTests {

  @Test
  void aPortOutOfRangeIsABadArgumentOnOneLine() {
    StringWriter err = new StringWriter();

    int status =
        Onsite.run(
            new String[] {"serve", "--port", "70000"},
            new PrintWriter(new StringWriter(), true),
            new PrintWriter(err, true));

    assertThat(status).isEqualTo(Onsite.EXIT_USAGE);
    assertThat(err.toString().strip())
        .isEqualTo("onsite: --port must be between 0 and 65535, was 70000");
  }

  @Test
  void aWorkerWithoutAPostgresDatabaseIsABadArgumentOnOneLine() {
    StringWriter err = new StringWriter();

    int status =
        Onsite.run(
            new String[] {"worker", "-D", "spring.datasource.url=jdbc:h2:file:/tmp/onsite"},
            new PrintWriter(new StringWriter(), true),
            new PrintWriter(err, true));

    assertThat(status).isEqualTo(Onsite.EXIT_USAGE);
    assertThat(err.toString().strip()).isEqualTo("onsite: " + WorkerCommand.NEEDS_POSTGRES);
  }

  @Test
  void everyCommandAnswersHelp() {
    StringWriter out = new StringWriter();

    int status =
        Onsite.run(
            new String[] {"serve", "--help"},
            new PrintWriter(out, true),
            new PrintWriter(new StringWriter(), true));

    assertThat(status).isZero();
    assertThat(out.toString()).contains("Usage: onsite serve").contains("--allow-unsandboxed");
  }

  @Test
  void serveIsListedInTheHelp() {
    StringWriter out = new StringWriter();

    Onsite.run(
        new String[] {"help"},
        new PrintWriter(out, true),
        new PrintWriter(new StringWriter(), true));

    assertThat(out.toString())
        .contains("serve")
        .contains("Start the web app")
        .contains("worker")
        .contains("Judge for a server from this machine");
  }
}
