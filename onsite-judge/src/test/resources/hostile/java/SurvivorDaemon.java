// Leave a daemon behind in a new session, its command line carrying the marker, and return.
import java.util.*;

public class SurvivorDaemon {
  public static void main(String[] args) throws Exception {
    Scanner in = new Scanner(System.in);
    long a = in.nextLong(), b = in.nextLong();
    new ProcessBuilder("/usr/bin/setsid", "/bin/sh", "-c", "while :; do sleep 1; done", "@MARKER@")
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    System.out.println(a + b);
  }
}
