package dev.onsite.server.submission;

import dev.onsite.judge.Judge;
import dev.onsite.judge.lang.Language;
import dev.onsite.judge.lang.Runtimes;
import dev.onsite.judge.sandbox.ProcessSandbox;
import dev.onsite.judge.sandbox.Sandbox;
import dev.onsite.judge.sandbox.Sandboxes;
import dev.onsite.server.account.AccessMode;
import dev.onsite.server.system.OnsiteProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/** The judge the queue's workers share: thread-safe, on the best sandbox this machine has. */
@Configuration(proxyBeanMethods = false)
class JudgeConfiguration {

  private static final Logger log = LoggerFactory.getLogger(JudgeConfiguration.class);

  /** The best sandbox this machine has (or the one {@code onsite.judge.sandbox} names). */
  @Bean
  Sandbox sandbox(OnsiteProperties properties) {
    Sandbox sandbox = Sandboxes.choose(properties.judge().sandbox()).sandbox();
    if (!sandbox.hardened()) {
      log.warn(ProcessSandbox.WARNING);
    }
    return sandbox;
  }

  /** The JDK and the Python found on this machine. */
  @Bean
  Runtimes runtimes() {
    return Runtimes.detect();
  }

  @Bean
  Judge judge(Sandbox sandbox, Runtimes runtimes, OnsiteProperties properties) {
    return new Judge(sandbox, runtimes, properties.judge().warmProcesses());
  }

  /**
   * Warm the judge before the first submission (the compile servers, and runtimes for the usual
   * limit), once the server is up: started while the context refreshes, their JVMs took the cores
   * the server's own start needed, and a runtime starts in the background either way.
   */
  @EventListener(ApplicationReadyEvent.class)
  void warmJudge(ApplicationReadyEvent ready) {
    Judge judge = ready.getApplicationContext().getBean(Judge.class);
    judge.prepare(Language.JAVA, 256);
    if (judge.runtimes().python().isPresent()) {
      judge.prepare(Language.PYTHON, 256);
    }
  }

  @Bean
  SandboxPolicy sandboxPolicy(Judge judge, AccessMode mode, OnsiteProperties properties) {
    Sandbox sandbox = judge.sandbox();
    SandboxPolicy policy =
        new SandboxPolicy(
            sandbox.name(),
            sandbox.hardened(),
            mode.singleUser(),
            properties.judge().allowUnsandboxed());
    if (!policy.judgesSubmissions()) {
      log.warn("submissions are refused: {}", policy.refusal());
    } else if (!sandbox.hardened() && !mode.singleUser()) {
      log.warn("--allow-unsandboxed: other people's code runs without the hardened sandbox");
    }
    return policy;
  }
}
