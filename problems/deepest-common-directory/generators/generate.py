#!/usr/bin/env python3
"""Write the tests of deepest-common-directory: `/usr/bin/python3 generators/generate.py`.

Every `expect` is computed by the Python reference in submissions/accepted/; random cases are
seeded, so running this again reproduces the same files.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import random
import shutil
import sys
from pathlib import Path


MODULE = "common_directory.py"
ROOT = Path(__file__).resolve().parent.parent


def load_reference():
    path = ROOT / "submissions" / "accepted" / MODULE
    spec = importlib.util.spec_from_file_location("reference", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


REFERENCE = load_reference()


def call(function: str, *args, **extra) -> dict:
    """One call with its expected value, computed by the reference on a copy of the arguments."""
    result = getattr(REFERENCE, function)(*copy.deepcopy(args))
    return {"call": function, "args": list(args), "expect": result, **extra}


def write(name: str, description: str, calls: list[dict]) -> None:
    """Write data/NAME.json compactly (one call per line)."""
    path = ROOT / "data" / f"{name}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    body = ",\n".join(json.dumps(c, separators=(",", ":")) for c in calls)
    path.write_text(f'{{"description": {json.dumps(description)},\n"calls": [\n{body}\n]}}\n')


def clean() -> None:
    shutil.rmtree(ROOT / "data", ignore_errors=True)


def main() -> None:
    clean()
    f = "common_directory"
    rng = random.Random(25000)
    write("sample/1-example", "the statement's examples", [
        call(f, ["/data/logs/app/2024.log", "/data/logs/app/2025.log", "/data/logs/web.log"]),
        call(f, ["/usr/lib", "/usr/lit"]),
        call(f, ["/etc/hosts", "/var/log"]),
    ])
    write("secret/01-empty-and-single", "no paths, one path", [
        call(f, []), call(f, ["/data/train/shard-0"]), call(f, ["/x"]),
    ])
    write("secret/02-character-prefix-is-not-a-directory", "shared characters inside a component", [
        call(f, ["/models/bert-base/v1", "/models/bert-large/v1"]),
        call(f, ["/a/bc", "/a/bcd"]), call(f, ["/data1", "/data2"]),
    ])
    write("secret/03-nothing-shared", "the root is the answer", [
        call(f, ["/a", "/b"]), call(f, ["/srv/x", "/opt/x", "/srv/y"]),
    ])
    write("secret/04-a-path-is-the-answer", "one path is a directory holding the others", [
        call(f, ["/data/x/y", "/data", "/data/z"]), call(f, ["/a/b", "/a/b", "/a/b"]),
    ])
    write("secret/05-case-sensitive", "components compare exactly", [
        call(f, ["/Data/a", "/data/a"]), call(f, ["/x/Logs/1", "/x/logs/1"]),
    ])
    calls = []
    for _ in range(25):
        base = ["r"] + [rng.choice(["a", "b", "ab", "a.b"]) for _ in range(rng.randint(0, 3))]
        paths = ["/" + "/".join(base + [rng.choice(["a", "b", "c", "ab"]) for _ in range(rng.randint(0, 3))])
                 for _ in range(rng.randint(1, 6))]
        calls.append(call(f, paths))
    write("secret/06-random-small", "small random path sets", calls)
    prefix = "/lake/v2/ev"
    paths = [f"{prefix}/d{rng.randint(1, 3)}/s{rng.randint(0, 9)}/p{rng.randint(0, 999)}" for _ in range(25000)]
    write("secret/large/1-twenty-five-thousand", "25 000 paths under one deep directory", [call(f, paths)])


if __name__ == "__main__":
    main()
