// Kill every process it can see, its parent, the judge and a host process.
import java.util.*;

public class KillEverything {
  public static void main(String[] args) {
    Scanner in = new Scanner(System.in);
    long a = in.nextLong(), b = in.nextLong();
    List<Long> killed = new ArrayList<>();
    ProcessHandle.current().parent().ifPresent(ProcessHandle::destroyForcibly);
    ProcessHandle.allProcesses()
        .filter(p -> p.pid() != ProcessHandle.current().pid())
        .forEach(ProcessHandle::destroyForcibly);
    for (long pid : new long[] {@JUDGE_PID@, @VICTIM_PID@}) {
      ProcessHandle.of(pid).ifPresent(p -> {
        if (p.destroyForcibly()) {
          killed.add(pid);
        }
      });
    }
    System.out.println(killed.isEmpty() ? String.valueOf(a + b) : "LEAK killed " + killed);
  }
}
