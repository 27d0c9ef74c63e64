"""Run a take-home's generator inside the sandbox and print what it wrote as one JSON line.

The judge stages the package's generator/ directory read-only at STAGE/generator and this script
at STAGE. The generator runs in a child, in this box's writable working directory, as
`generate.py --seed N --out OUT`; it writes OUT/dataset/... and OUT/answer_key.json. Its own output
goes to stderr, so the one line on stdout is this script's: the dataset files (base64) and the key.
"""

import base64
import json
import os
import subprocess
import sys

STAGE = os.path.dirname(os.path.abspath(__file__))
RUN = os.getcwd()


def main():
    seed = sys.argv[1]
    out = os.path.join(RUN, "out")
    os.makedirs(out)
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": RUN,
        "TMPDIR": RUN,
        "PYTHONHASHSEED": "0",
        "PYTHONDONTWRITEBYTECODE": "1",
        "OPENBLAS_NUM_THREADS": "1",
        "OMP_NUM_THREADS": "1",
    }
    argv = [sys.executable, "-B", os.path.join(STAGE, "generator", "generate.py"),
            "--seed", seed, "--out", out]
    rc = subprocess.call(argv, cwd=RUN, env=env, stdin=subprocess.DEVNULL,
                         stdout=sys.stderr, stderr=sys.stderr)
    if rc != 0:
        # The generator's own last line of stderr is the message the judge reports.
        sys.exit(3)
    files = {}
    data = os.path.join(out, "dataset")
    for base, _, names in os.walk(data):
        for name in sorted(names):
            path = os.path.join(base, name)
            with open(path, "rb") as f:
                files[os.path.relpath(path, data)] = base64.b64encode(f.read()).decode("ascii")
    key_path = os.path.join(out, "answer_key.json")
    if not os.path.exists(key_path):
        print("generate.py wrote no answer_key.json", file=sys.stderr)
        sys.exit(3)
    with open(key_path, encoding="utf-8") as f:
        key = json.load(f)
    sys.stdout.write(json.dumps({"files": files, "key": key}) + "\n")


main()
