# The other submission judged at once: look for the first one's secret while it runs.
import os, time

a, b = map(int, input().split())
found = []
time.sleep(0.3)
deadline = time.time() + 0.7
while time.time() < deadline and not found:
    for root, dirs, files in os.walk("/"):
        dirs[:] = [d for d in dirs if root != "/" or d not in ("proc", "usr", "sys")]
        found += [os.path.join(root, f) for f in files if "@MARKER@" in f]
    for pid in [p for p in os.listdir("/proc") if p.isdigit()]:
        for where in ("cwd", "root/tmp"):
            try:
                found += [n for n in os.listdir("/proc/%s/%s" % (pid, where)) if "@MARKER@" in n]
            except OSError:
                pass
    time.sleep(0.05)
print(a + b if not found else "LEAK found " + ", ".join(found[:3]))
