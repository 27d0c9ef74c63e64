package dev.onsite.judge.sandbox;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The daemon threads that feed a sandboxed process its input and drain its output streams: every
 * submission needs two or three for a fraction of a second. Starting a platform thread costs far
 * more CPU than the work it does here (a stack mapped and faulted in, its own exit), so finished
 * threads wait a while for the next stream instead of ending.
 *
 * <p>The pool never queues: a task always gets a thread of its own at once, idle or new, so one
 * stream that blocks (a process that neither reads nor ends) delays no other. While it runs, the
 * thread bears the task's name, for whoever reads a thread dump.
 */
public final class IoThreads {

  private static final String IDLE = "onsite-io-idle";
  private static final AtomicInteger COUNT = new AtomicInteger();

  private static final ExecutorService POOL =
      new ThreadPoolExecutor(
          0,
          Integer.MAX_VALUE,
          60,
          TimeUnit.SECONDS,
          new SynchronousQueue<>(),
          task -> {
            Thread thread = new Thread(task, IDLE + "-" + COUNT.incrementAndGet());
            thread.setDaemon(true);
            return thread;
          });

  private IoThreads() {}

  /** Run {@code task} now on a thread of its own, named {@code name} while it runs. */
  public static void start(String name, Runnable task) {
    POOL.execute(
        () -> {
          Thread thread = Thread.currentThread();
          String idle = thread.getName();
          thread.setName(name);
          try {
            task.run();
          } finally {
            // A task that set the interrupt flag must not leave it for the next one.
            Thread.interrupted();
            thread.setName(idle);
          }
        });
  }
}
