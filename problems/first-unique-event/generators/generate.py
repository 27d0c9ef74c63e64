#!/usr/bin/env python3
"""Write the tests of first-unique-event: `/usr/bin/python3 generators/generate.py`.

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

MODULE = "first_unique.py"
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


def main() -> None:
    shutil.rmtree(ROOT / "data", ignore_errors=True)
    f = "first_unique_event"
    write("sample/1-example", "the example of the statement", [
        call(f, [7, 3, 7, 9, 3, 4]),
    ])
    write("secret/01-empty-and-single", "an empty log; one attempt", [
        call(f, []), call(f, [5]), call(f, [-1]),
    ])
    write("secret/02-no-unique", "every job retried", [
        call(f, [2, 2, 8, 8]), call(f, [1, 2, 3, 1, 2, 3]), call(f, [9, 9, 9]),
    ])
    write("secret/03-retries-before-and-after", "uniqueness depends on the whole log", [
        call(f, [4, 1, 4]), call(f, [6, 5, 6, 5, 6]), call(f, [3, 8, 1, 8, 3]),
        call(f, [1, 2, 1, 3, 2]),
    ])
    write("secret/04-time-order-not-id-order", "the earliest unique, not the smallest id", [
        call(f, [90, 40, 40, 10, 20]), call(f, [1000, 5, 5, 1, 2, 3]), call(f, [17, 16, 15, 14]),
        call(f, [64, 32, 16, 8, 4, 2, 1, 2, 4]),
    ])
    write("secret/05-extreme-ids", "negative ids and the int range", [
        call(f, [-2147483648, 2147483647, -2147483648, 0, 0]),
        call(f, [-1, -1, 2147483647]),
    ])
    rng = random.Random(1404)
    calls = []
    for _ in range(40):
        n = rng.randint(1, 40)
        calls.append(call(f, [rng.randint(-3, rng.choice([4, 10, 30])) for _ in range(n)]))
    write("secret/06-random-small", "random short logs", calls)
    calls = []
    for _ in range(4):
        n = rng.randint(2000, 5000)
        calls.append(call(f, [rng.randint(0, n // 3) for _ in range(n)]))
    write("secret/07-random-medium", "random logs of a few thousand attempts", calls)
    # large: 49 999 jobs each attempted twice, the second round in the same order, then one job
    # that ran once at the very end: a scan for a twin per attempt costs about 5 * 10^9 steps
    jobs = rng.sample(range(1, 100000), 49999)
    events = jobs + jobs + [0]
    write("secret/large/08-unique-at-the-end", "100 000 attempts, the only unique one last",
          [call(f, events)])


if __name__ == "__main__":
    main()
