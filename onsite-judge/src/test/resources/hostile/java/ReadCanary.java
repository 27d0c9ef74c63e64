// Read a file the judge's host holds: directly, through /proc/*/root, and by searching the tree.
import java.nio.file.*;
import java.util.*;
import java.util.stream.*;

public class ReadCanary {
  public static void main(String[] args) throws Exception {
    Scanner in = new Scanner(System.in);
    long a = in.nextLong(), b = in.nextLong();
    List<String> seen = new ArrayList<>();
    for (String path : List.of("@CANARY@", "/proc/1/root@CANARY@", "/proc/self/root@CANARY@")) {
      try {
        seen.add(path + "=" + Files.readString(Path.of(path)));
      } catch (Exception e) {
        // not there: good
      }
    }
    String name = Path.of("@CANARY@").getFileName().toString();
    try (Stream<Path> walk = Files.walk(Path.of("/tmp"))) {
      walk.filter(p -> p.getFileName() != null && p.getFileName().toString().equals(name))
          .forEach(p -> seen.add("found " + p));
    }
    System.out.println(seen.isEmpty() ? String.valueOf(a + b) : "LEAK " + seen);
  }
}
