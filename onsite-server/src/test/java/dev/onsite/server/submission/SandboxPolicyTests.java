package dev.onsite.server.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.onsite.server.OnsiteServer;
import dev.onsite.server.TestProblems;
import dev.onsite.server.account.Accounts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A server with accounts runs people's code only in the hardened sandbox, unless told otherwise.
 */
class SandboxPolicyTests {

  @Test
  void onlyTheLocalUserOrAHardenedSandboxOrTheOperatorsConsentLetsCodeRun() {
    assertThat(new SandboxPolicy("bubblewrap", true, false, false).judgesSubmissions()).isTrue();
    assertThat(new SandboxPolicy("process", false, true, false).judgesSubmissions()).isTrue();
    assertThat(new SandboxPolicy("process", false, false, true).judgesSubmissions()).isTrue();
    SandboxPolicy refused = new SandboxPolicy("process", false, false, false);
    assertThat(refused.judgesSubmissions()).isFalse();
    assertThat(refused.refusal()).contains("bubblewrap").contains("--allow-unsandboxed");
  }

  @Test
  void withAccountsAndOnlyTheProcessSandboxSubmissionsAreRefusedAndNothingIsJudged()
      throws Exception {
    try (ConfigurableApplicationContext server = start(false)) {
      long account = server.getBean(Accounts.class).register("ada", "a long password").id();
      Submissions submissions = server.getBean(Submissions.class);

      assertThatThrownBy(
              () ->
                  submissions.submit(
                      account, "sum", "python", TestProblems.SUM_PYTHON, Mode.SUBMIT))
          .isInstanceOfSatisfying(
              ResponseStatusException.class,
              e -> {
                assertThat(e.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
                assertThat(e.getReason()).contains("--allow-unsandboxed");
              });
      assertThat(submissions.queueState().workers()).isZero();
      assertThat(submissions.recent(account, 10)).isEmpty();
    }
  }

  @Test
  void allowUnsandboxedRunsThemWithTheProcessSandbox() throws Exception {
    try (ConfigurableApplicationContext server = start(true)) {
      long account = server.getBean(Accounts.class).register("ada", "a long password").id();
      Submissions submissions = server.getBean(Submissions.class);

      long id =
          submissions.submit(account, "sum", "python", TestProblems.SUM_PYTHON, Mode.SUBMIT).id();

      SubmissionRepository repository = server.getBean(SubmissionRepository.class);
      await().atMost(Duration.ofSeconds(60)).until(() -> repository.byId(id).orElseThrow().done());
      assertThat(repository.byId(id).orElseThrow().verdict()).isEqualTo("AC");
    }
  }

  private static ConfigurableApplicationContext start(boolean allowUnsandboxed) throws Exception {
    Path data = Files.createTempDirectory("onsite-policy");
    List<String> args =
        new ArrayList<>(
            List.of(
                "--server.port=0",
                "--onsite.accounts.mode=required",
                "--onsite.data-dir=" + data,
                "--onsite.problems-dir=" + TestProblems.DIR,
                "--onsite.content-dir=" + TestProblems.CONTENT,
                "--onsite.judge.workers=1",
                "--onsite.judge.sandbox=process",
                "--onsite.judge.shutdown-grace=1s",
                "--spring.lifecycle.timeout-per-shutdown-phase=5s"));
    if (allowUnsandboxed) {
      args.add("--onsite.judge.allow-unsandboxed=true");
    }
    return OnsiteServer.start(args.toArray(String[]::new));
  }
}
