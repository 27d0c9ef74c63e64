# Write into a host directory every user may write, directly and through /proc/*/root, and into
# the box's system directories.
a, b = map(int, input().split())
wrote = []
for path in ("@OUTSIDE@/pwned", "/proc/1/root@OUTSIDE@/pwned", "@OUTSIDE@/keep.txt",
             "/usr/pwned", "/etc/pwned", "/pwned", "/dev/pwned", "/dev/shm/pwned"):
    try:
        with open(path, "w") as f:
            f.write("pwned")
        wrote.append(path)
    except OSError:
        pass
print(a + b if not wrote else "LEAK wrote " + ", ".join(wrote))
