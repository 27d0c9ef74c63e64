package dev.onsite.judge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The threads that feed and drain sandboxed processes' streams. */
class IoThreadsTests {

  @Test
  void aFinishedThreadServesTheNextTaskInsteadOfANewOne() throws Exception {
    Thread first = runAndWait("first");
    boolean reused = false;
    // The finished thread may not be waiting for work yet when the next task comes: try again.
    for (int i = 0; i < 100 && !reused; i++) {
      Thread.sleep(10);
      reused = runAndWait("next") == first;
    }
    assertThat(reused).isTrue();
    assertThat(first.isDaemon()).isTrue();
  }

  @Test
  void aTaskRunsUnderItsNameAndLeavesNoInterruptBehind() throws Exception {
    AtomicReference<String> name = new AtomicReference<>();
    CountDownLatch done = new CountDownLatch(1);
    AtomicReference<Thread> thread = new AtomicReference<>();
    IoThreads.start(
        "onsite-test-task",
        () -> {
          name.set(Thread.currentThread().getName());
          thread.set(Thread.currentThread());
          Thread.currentThread().interrupt();
          done.countDown();
        });
    assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(name.get()).isEqualTo("onsite-test-task");
    for (int i = 0; i < 500 && thread.get().getName().equals("onsite-test-task"); i++) {
      Thread.sleep(2);
    }
    assertThat(thread.get().getName()).startsWith("onsite-io-idle");
    assertThat(thread.get().isInterrupted()).isFalse();
  }

  @Test
  void aBlockedTaskDelaysNoOther() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    IoThreads.start(
        "onsite-test-blocked",
        () -> {
          try {
            release.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    try {
      CountDownLatch ran = new CountDownLatch(1);
      IoThreads.start("onsite-test-other", ran::countDown);
      assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
    } finally {
      release.countDown();
    }
  }

  @Test
  void streamTailKeepsTheEndOfAStreamAndSaysWhenItEnded() throws Exception {
    String text = "x".repeat(10_000) + "\nthe last line\n";
    StreamTail tail =
        StreamTail.of(
            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 64, "onsite-test");
    tail.await(10_000);
    assertThat(tail.text()).hasSize(64).endsWith("the last line\n");
    assertThat(StreamTail.lastLine(tail.text())).isEqualTo("the last line");
  }

  private static Thread runAndWait(String name) throws InterruptedException {
    AtomicReference<Thread> ran = new AtomicReference<>();
    CountDownLatch done = new CountDownLatch(1);
    IoThreads.start(
        name,
        () -> {
          ran.set(Thread.currentThread());
          done.countDown();
        });
    assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
    return ran.get();
  }
}
