package dev.onsite.server.submission;

import dev.onsite.judge.Judge;
import dev.onsite.judge.lang.Runtimes;
import dev.onsite.judge.sandbox.ProcessSandbox;
import dev.onsite.judge.sandbox.Sandbox;
import dev.onsite.judge.sandbox.Sandboxes;
import dev.onsite.server.system.OnsiteProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The judge the queue's workers share: thread-safe, on the best sandbox this machine has. */
@Configuration(proxyBeanMethods = false)
class JudgeConfiguration {

  private static final Logger log = LoggerFactory.getLogger(JudgeConfiguration.class);

  @Bean
  Judge judge(OnsiteProperties properties) {
    Sandbox sandbox = Sandboxes.detect();
    if (!sandbox.hardened()) {
      log.warn(ProcessSandbox.WARNING);
    }
    return new Judge(sandbox, Runtimes.detect(), properties.judge().warmProcesses());
  }
}
