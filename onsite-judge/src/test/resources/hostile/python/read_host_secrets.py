# Look for secrets in the environment, and in the environment and command line of every process.
import os

ALLOWED = {"PATH", "LANG", "LC_ALL", "HOME", "TMPDIR", "PWD", "OPENBLAS_NUM_THREADS",
           "OMP_NUM_THREADS", "MKL_NUM_THREADS", "PYTHONHASHSEED", "PYTHONIOENCODING"}
a, b = map(int, input().split())
seen = ["env " + k for k in os.environ if k not in ALLOWED]
for pid in [p for p in os.listdir("/proc") if p.isdigit()] + ["@JUDGE_PID@", "@VICTIM_PID@"]:
    for what in ("environ", "cmdline"):
        try:
            data = open("/proc/%s/%s" % (pid, what), "rb").read()
        except OSError:
            continue
        if b"@SECRET@" in data:
            seen.append("secret in /proc/%s/%s" % (pid, what))
        if pid in ("@JUDGE_PID@", "@VICTIM_PID@") and pid != str(os.getpid()):
            seen.append("read /proc/%s/%s" % (pid, what))
print(a + b if not seen else "LEAK " + "; ".join(seen))
