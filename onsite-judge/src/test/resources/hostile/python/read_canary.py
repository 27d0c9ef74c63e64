# Read a file the judge's host holds: directly, through /proc/*/root, and by searching the tree.
import os

a, b = map(int, input().split())
seen = []
for path in ("@CANARY@", "/proc/1/root@CANARY@", "/proc/self/root@CANARY@"):
    try:
        seen.append(path + "=" + open(path).read())
    except OSError:
        pass
name = os.path.basename("@CANARY@")
for root, dirs, files in os.walk("/"):
    dirs[:] = [d for d in dirs if root != "/" or d not in ("proc", "usr", "dev")]
    if name in files:
        seen.append("found " + os.path.join(root, name))
print(a + b if not seen else "LEAK " + "; ".join(seen))
