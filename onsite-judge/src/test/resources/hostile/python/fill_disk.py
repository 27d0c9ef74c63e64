# Fill the disk: files in the working directory, in TMPDIR and in /dev/shm, until writes fail.
import os

a, b = map(int, input().split())
chunk = b"x" * (1 << 20)
written = 0
for d, directory in enumerate((".", os.environ.get("TMPDIR", "/tmp"), "/dev/shm")):
    for n in range(64):
        try:
            with open(os.path.join(directory, "fill-%d-%d" % (d, n)), "xb") as f:
                for _ in range(16):
                    f.write(chunk)
                    written += len(chunk)
        except OSError:
            break
limit = 64 << 20
print(a + b if written <= limit + (16 << 20) else "LEAK wrote %d MiB" % (written >> 20))
