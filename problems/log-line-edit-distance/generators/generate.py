#!/usr/bin/env python3
"""Write the tests of log-line-edit-distance: `/usr/bin/python3 generators/generate.py`.

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


MODULE = "edit_distance.py"
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

WORDS = ["disk", "full", "on", "node", "user", "login", "ok", "failed", "retry", "timeout",
         "GET", "/api/v1/jobs", "200", "503", "shard", "replica", "lag", "ms"]


def log_line(rng: random.Random, words: int) -> str:
    parts = []
    for _ in range(words):
        word = rng.choice(WORDS)
        parts.append(word if rng.random() < 0.7 else f"{word}-{rng.randint(0, 999)}")
    return " ".join(parts)


def mutate(rng: random.Random, line: str, edits: int) -> str:
    chars = list(line)
    for _ in range(edits):
        op = rng.randrange(3)
        pos = rng.randint(0, len(chars))
        if op == 0:
            chars.insert(pos, rng.choice("abcxyz0123 -"))
        elif chars and pos < len(chars):
            if op == 1:
                del chars[pos]
            else:
                chars[pos] = rng.choice("abcxyz0123 -")
    return "".join(chars)


def main() -> None:
    clean()
    f = "edit_distance"
    rng = random.Random(300)
    write("sample/1-example", "the statement's examples", [
        call(f, "disk 3 full", "disk 14 ful"), call(f, "kitten", "sitting"), call(f, "", "abc"),
    ])
    write("secret/01-empty-lines", "one or both lines empty", [
        call(f, "", ""), call(f, "abc", ""), call(f, "", "a b"), call(f, "x", ""),
    ])
    write("secret/02-identical-and-one-char", "equal lines, single characters", [
        call(f, "user login ok", "user login ok"), call(f, "a", "a"), call(f, "a", "b"),
        call(f, "A", "a"), call(f, " ", ""),
    ])
    write("secret/03-substitutions-cost-one", "replacing is one edit, not a delete plus an insert", [
        call(f, "node-17", "node-18"), call(f, "abcd", "wxyz"), call(f, "status 200", "status 503"),
    ])
    write("secret/04-shifted-lines", "an insertion early in the line shifts every later character", [
        call(f, "retry shard 4 lag", "xretry shard 4 lag"),
        call(f, "timeout after 30 ms", "timeout after 300 ms"),
        call(f, "abcdefgh", "bcdefgha"),
    ])
    write("secret/05-symmetry", "the distance does not depend on the order of the lines", [
        call(f, "disk full on node-3", "disk node-3 full"),
        call(f, "disk node-3 full", "disk full on node-3"),
    ])
    calls = []
    for _ in range(30):
        line = log_line(rng, rng.randint(1, 6))
        calls.append(call(f, line, mutate(rng, line, rng.randint(0, 8))))
    write("secret/06-random-near-duplicates", "lines and lightly edited copies", calls)
    calls = []
    for _ in range(10):
        calls.append(call(f, log_line(rng, rng.randint(3, 12)), log_line(rng, rng.randint(3, 12))))
    write("secret/07-random-unrelated", "unrelated log lines", calls)
    calls = []
    for _ in range(3):
        line = log_line(rng, 60)[:300]
        calls.append(call(f, line, mutate(rng, line, 80)[:300]))
    write("secret/large/1-long-lines", "three pairs of 300-character lines", calls)


if __name__ == "__main__":
    main()
