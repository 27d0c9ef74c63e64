// The api harness: read the canary and the host's environment when constructed and when called.
import java.nio.file.*;

public class Probe {
  private final String seen = look();

  private static String look() {
    try {
      return Files.readString(Path.of("@CANARY@"));
    } catch (Exception e) {
      return System.getenv().toString().contains("@SECRET@") ? "secret in env" : null;
    }
  }

  public String check() {
    String now = seen != null ? seen : look();
    return now == null ? "clean" : "LEAK " + now;
  }
}
