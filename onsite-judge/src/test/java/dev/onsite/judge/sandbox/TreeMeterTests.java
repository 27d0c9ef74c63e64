package dev.onsite.judge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.junit.jupiter.api.Test;

/** The CPU time of the judge's own tree, as the benchmark reads it. */
class TreeMeterTests {

  @Test
  void countsThisProcessesOwnCpu() {
    long before = cpuNanos();
    assumeTrue(before > 0, "no /proc here");

    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long until = threads.getCurrentThreadCpuTime() + 300_000_000L;
    while (threads.getCurrentThreadCpuTime() < until) {
      Thread.onSpinWait();
    }

    assertThat((cpuNanos() - before) / 1e6).isGreaterThanOrEqualTo(250.0);
  }

  @Test
  void countsTheCpuOfChildrenOnceTheyAreReaped() throws Exception {
    long before = cpuNanos();
    assumeTrue(before > 0, "no /proc here");
    Process child =
        new ProcessBuilder("sh", "-c", "i=0; while [ $i -lt 1000000 ]; do i=$((i+1)); done")
            .start();
    long childCpuNs = 0;
    while (child.isAlive()) {
      // Its CPU so far, read the way the tree's total reads it, until it ends.
      childCpuNs =
          child.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(childCpuNs);
      Thread.sleep(20);
    }
    child.waitFor();

    // Waiting costs this JVM next to nothing: most of the difference is the reaped child's.
    assertThat((cpuNanos() - before) / 1e6).isGreaterThanOrEqualTo(childCpuNs / 1e6 * 0.8);
    assertThat(childCpuNs).isGreaterThan(0);
  }

  @Test
  void usageReadsCpuAndMemoryTogetherAndKeepsThePeak() {
    assumeTrue(cpuNanos() > 0, "no /proc here");
    TreeMeter meter = new TreeMeter(ProcessHandle.current());

    TreeMeter.Usage usage = meter.usage();

    assertThat(usage.cpuNanos()).isPositive();
    // A JVM has tens of MiB resident.
    assertThat(usage.rssKb()).isGreaterThan(10 * 1024);
    assertThat(meter.peakRssKb()).isGreaterThanOrEqualTo(usage.rssKb());
  }

  private static long cpuNanos() {
    return new TreeMeter(ProcessHandle.current()).cpuNanos();
  }
}
