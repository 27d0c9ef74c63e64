# Kill the parent, every process it may signal, the judge and a host process.
import os, signal

a, b = map(int, input().split())
killed = []
for pid in (os.getppid(), -1, @JUDGE_PID@, @VICTIM_PID@):
    if pid == 0:
        continue
    try:
        os.kill(pid, signal.SIGKILL)
        if pid in (@JUDGE_PID@, @VICTIM_PID@):
            killed.append(str(pid))
    except OSError:
        pass
print(a + b if not killed else "LEAK signalled " + ", ".join(killed))
