package dev.onsite.judge.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The last bytes a sandboxed process wrote on a stream (its standard error), kept by a daemon
 * thread ({@link IoThreads}) that reads the stream to its end, for saying why a runtime failed.
 */
public final class StreamTail {

  private final byte[] ring;
  private final CountDownLatch ended = new CountDownLatch(1);
  private long total;

  private StreamTail(InputStream in, int capacity, String threadName) {
    this.ring = new byte[capacity];
    IoThreads.start(threadName, () -> drain(in));
  }

  /** Start keeping the last {@code capacity} bytes of {@code in}, on a thread named so. */
  public static StreamTail of(InputStream in, int capacity, String threadName) {
    return new StreamTail(in, capacity, threadName);
  }

  private void drain(InputStream in) {
    byte[] buffer = new byte[4096];
    try (in) {
      int n;
      while ((n = in.read(buffer)) > 0) {
        synchronized (this) {
          for (int i = 0; i < n; i++) {
            ring[(int) (total++ % ring.length)] = buffer[i];
          }
        }
      }
    } catch (IOException e) {
      // The process is gone.
    } finally {
      ended.countDown();
    }
  }

  /** Wait up to {@code millis} for the stream to end, so that the text is all there is. */
  public void await(long millis) throws InterruptedException {
    ended.await(millis, TimeUnit.MILLISECONDS);
  }

  /** The last bytes read so far, as text. */
  public synchronized String text() {
    int size = (int) Math.min(total, ring.length);
    byte[] out = new byte[size];
    for (int i = 0; i < size; i++) {
      out[i] = ring[(int) ((total - size + i) % ring.length)];
    }
    return new String(out, StandardCharsets.UTF_8);
  }

  /** The last non-blank line of {@code text}, stripped; empty when there is none. */
  public static String lastLine(String text) {
    return text == null ? "" : text.strip().lines().reduce((a, b) -> b).orElse("").strip();
  }
}
