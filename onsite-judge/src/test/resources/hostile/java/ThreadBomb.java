// Start threads until something stops it; the process carries the marker as its name.
import java.nio.file.*;

public class ThreadBomb {
  public static void main(String[] args) throws Exception {
    Files.writeString(Path.of("/proc/self/comm"), "@MARKER@");
    while (true) {
      Thread t = new Thread(() -> {
        try {
          Thread.sleep(60_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
      t.setDaemon(true);
      t.start();
    }
  }
}
