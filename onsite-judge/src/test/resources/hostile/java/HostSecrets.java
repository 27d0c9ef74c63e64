// Look for secrets in the environment, and in the environment and command line of every process.
import java.nio.file.*;
import java.util.*;

public class HostSecrets {
  static final Set<String> ALLOWED = Set.of("PATH", "LANG", "LC_ALL", "HOME", "TMPDIR", "PWD");

  public static void main(String[] args) throws Exception {
    Scanner in = new Scanner(System.in);
    long a = in.nextLong(), b = in.nextLong();
    List<String> seen = new ArrayList<>();
    System.getenv().keySet().stream().filter(k -> !ALLOWED.contains(k)).forEach(k -> seen.add("env " + k));
    List<String> pids = new ArrayList<>(List.of("@JUDGE_PID@", "@VICTIM_PID@"));
    try (var list = Files.list(Path.of("/proc"))) {
      list.map(p -> p.getFileName().toString()).filter(p -> p.matches("\\d+")).forEach(pids::add);
    }
    for (String pid : pids) {
      for (String what : List.of("environ", "cmdline")) {
        try {
          String data = new String(Files.readAllBytes(Path.of("/proc", pid, what)));
          if (data.contains("@SECRET@")) {
            seen.add("secret in /proc/" + pid + "/" + what);
          }
          if (pid.equals("@JUDGE_PID@") || pid.equals("@VICTIM_PID@")) {
            seen.add("read /proc/" + pid + "/" + what);
          }
        } catch (Exception e) {
          // unreadable: good
        }
      }
    }
    System.out.println(seen.isEmpty() ? String.valueOf(a + b) : "LEAK " + seen);
  }
}
