package dev.onsite.server.system;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Onsite's own settings, the {@code onsite.*} properties; {@code docs/server.md} lists them.
 *
 * @param dataDir where the embedded database and the logs live ({@code --data DIR})
 * @param problemsDir the problem packages served
 * @param contentDir the interview-intelligence content (companies, insights)
 * @param accounts who may use the server
 * @param judge the judging queue
 * @param exam exam mode
 */
@ConfigurationProperties("onsite")
public record OnsiteProperties(
    Path dataDir,
    @DefaultValue("problems") Path problemsDir,
    @DefaultValue("content") Path contentDir,
    @DefaultValue Accounts accounts,
    @DefaultValue Judging judge,
    @DefaultValue Exam exam) {

  public OnsiteProperties {
    Objects.requireNonNull(dataDir, "onsite.data-dir");
  }

  /** How the server decides between single-user mode and accounts. */
  public enum AccountsMode {
    /** Single-user without login when bound to a loopback address only; accounts otherwise. */
    AUTO,
    /** Always require accounts, even on localhost. */
    REQUIRED
  }

  /**
   * @param mode single-user on localhost ({@code auto}) or accounts always ({@code required})
   * @param registration whether anyone may create an account; the first account can always be
   *     created, and becomes admin
   * @param signInsPerMinute sign-in attempts one client address may make a minute, whatever the
   *     user names (five failures lock a user name for 15 minutes regardless)
   */
  public record Accounts(
      @DefaultValue("auto") AccountsMode mode,
      @DefaultValue("true") boolean registration,
      @DefaultValue("20") int signInsPerMinute) {

    public Accounts {
      if (signInsPerMinute < 1) {
        throw new IllegalArgumentException(
            "onsite.accounts.sign-ins-per-minute must be at least 1: " + signInsPerMinute);
      }
    }
  }

  /**
   * @param workers judgements run at once; 0 picks half the processors, at least 1
   * @param warmProcesses sandboxed runtimes the judge starts ahead of demand, per language
   * @param maxPendingPerUser submissions one user may have waiting or running at once
   * @param shutdownGrace how long a shutdown waits for running judgements before re-queueing them
   * @param pollInterval how often idle workers look for submissions queued by other servers
   * @param lease how long a worker holds a running submission without renewing it (it renews every
   *     third of it); after that, another worker may judge it
   * @param sandbox {@code auto} (bubblewrap where it works), {@code bubblewrap} or {@code process}
   * @param allowUnsandboxed judge other users' code even without the hardened sandbox
   */
  public record Judging(
      @DefaultValue("0") int workers,
      @DefaultValue("0") int warmProcesses,
      @DefaultValue("5") int maxPendingPerUser,
      @DefaultValue("30s") Duration shutdownGrace,
      @DefaultValue("2s") Duration pollInterval,
      @DefaultValue("30s") Duration lease,
      @DefaultValue("auto") String sandbox,
      @DefaultValue("false") boolean allowUnsandboxed) {

    public Judging {
      if (workers < 0) {
        throw new IllegalArgumentException("onsite.judge.workers must not be negative: " + workers);
      }
      if (lease.toMillis() < 300) {
        throw new IllegalArgumentException("onsite.judge.lease must be at least 300ms: " + lease);
      }
      if (maxPendingPerUser < 1) {
        throw new IllegalArgumentException(
            "onsite.judge.max-pending-per-user must be at least 1: " + maxPendingPerUser);
      }
    }

    /** The number of worker threads: {@link #workers}, or half the processors when it is 0. */
    public int workerThreads() {
      return workers > 0 ? workers : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }
  }

  /**
   * @param defaultMinutes the exam length for packages that give no {@code minutes}
   */
  public record Exam(@DefaultValue("90") int defaultMinutes) {}
}
