// Ignore SIGTERM, SIGINT and SIGHUP, block shutdown with a hook that never ends, then spin.
import java.nio.file.*;

public class IgnoreSigterm {
  public static void main(String[] args) throws Exception {
    Files.writeString(Path.of("/proc/self/comm"), "@MARKER@");
    for (String name : new String[] {"TERM", "INT", "HUP"}) {
      try {
        sun.misc.Signal.handle(new sun.misc.Signal(name), sun.misc.SignalHandler.SIG_IGN);
      } catch (IllegalArgumentException e) {
        // not allowed here
      }
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      while (true) {
        Thread.onSpinWait();
      }
    }));
    long x = 0;
    while (true) {
      x++;
    }
  }
}
