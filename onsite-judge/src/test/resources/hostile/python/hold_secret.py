# One of two submissions judged at once: keep a secret in the working directory and TMPDIR a while.
import os, time

a, b = map(int, input().split())
for directory in (".", os.environ.get("TMPDIR", "/tmp")):
    with open(os.path.join(directory, "secret-@MARKER@.txt"), "w") as f:
        f.write("@SECRET@")
time.sleep(1.2)
print(a + b)
