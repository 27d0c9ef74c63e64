// Write into a host directory every user may write, and into the box's system directories.
import java.nio.file.*;
import java.util.*;

public class WriteOutside {
  public static void main(String[] args) {
    Scanner in = new Scanner(System.in);
    long a = in.nextLong(), b = in.nextLong();
    List<String> wrote = new ArrayList<>();
    for (String path : List.of("@OUTSIDE@/pwned-java", "/proc/1/root@OUTSIDE@/pwned-java",
        "@OUTSIDE@/keep.txt", "/usr/pwned", "/etc/pwned", "/pwned")) {
      try {
        Files.writeString(Path.of(path), "pwned");
        wrote.add(path);
      } catch (Exception e) {
        // refused: good
      }
    }
    System.out.println(wrote.isEmpty() ? String.valueOf(a + b) : "LEAK wrote " + wrote);
  }
}
