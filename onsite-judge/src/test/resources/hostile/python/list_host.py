# Look around: the root, the judge's home and working directory, other processes, the kernel's view.
import os

a, b = map(int, input().split())
seen = []
for path in ("@WORKING_DIR@", "/home", "/sys", "/var", "/run", "/etc/passwd", "/etc/shadow"):
    if os.path.exists(path):
        seen.append("exists " + path)
for root, dirs, files in os.walk("@HOME@"):
    # Only the harness, bound read-only, may be there.
    files = [f for f in files if f not in ("harness.py", "onsite-harness.jar")]
    if files:
        seen.append("home has " + ", ".join(files[:3]))
pids = [p for p in os.listdir("/proc") if p.isdigit()]
if len(pids) > 3:
    seen.append("%d processes visible" % len(pids))
mounts = open("/proc/self/mounts").read()
if "@WORKING_DIR@ " in mounts:
    seen.append("the judge's working directory is mounted")
print(a + b if not seen else "LEAK " + "; ".join(seen))
