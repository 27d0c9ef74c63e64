package dev.onsite.server.submission;

import dev.onsite.server.OnsiteServer;
import java.util.concurrent.CountDownLatch;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * The server or worker as {@code ./onsite serve} and {@code ./onsite worker} run it, for tests that
 * start it as a process of its own: start, then live until the context closes (a worker has no web
 * server to keep the JVM alive).
 */
final class RunUntilStopped {

  private RunUntilStopped() {}

  public static void main(String[] args) throws InterruptedException {
    ConfigurableApplicationContext context = OnsiteServer.start(args);
    CountDownLatch closed = new CountDownLatch(1);
    context.addApplicationListener(
        event -> {
          if (event instanceof ContextClosedEvent) {
            closed.countDown();
          }
        });
    if (context.isActive()) {
      closed.await();
    }
  }
}
