#!/usr/bin/env python3
"""Write the tests of longest-stable-metric-window: `/usr/bin/python3 generators/generate.py`.

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

MODULE = "stable_window.py"
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
    f = "longest_stable_window"
    write("sample/1-example", "the example of the statement", [
        call(f, [8, 2, 4, 7, 6, 9, 1], 3),
    ])
    write("secret/01-empty-and-single", "no readings, one reading", [
        call(f, [], 5), call(f, [], 0), call(f, [17], 0), call(f, [-3], 100),
    ])
    write("secret/02-zero-tolerance", "tolerance 0: the longest run of equal readings", [
        call(f, [1, 1, 2, 2, 2, 1, 3], 0), call(f, [5, 6, 7], 0), call(f, [4] * 20, 0),
    ])
    write("secret/03-spread-equals-tolerance", "windows whose spread is exactly the tolerance", [
        call(f, [1, 5, 1, 5, 1, 5], 4), call(f, [10, 13, 11, 13, 10, 20], 3),
        call(f, [0, 7, 3, 7, 0], 7),
    ])
    write("secret/04-shrink-not-restart", "a breach keeps part of the old window", [
        call(f, [1, 3, 5, 4, 4, 4], 2), call(f, [2, 9, 6, 7, 8, 7, 6], 3),
        call(f, [3, 1, 2, 3, 1, 2, 7, 3, 3], 2),
    ])
    write("secret/05-spread-overflows-int", "readings at both ends of the int range", [
        call(f, [-2147483648, 2147483647, -2147483648], 4294967295),
        call(f, [-2147483648, 2147483647, 0, 2147483647], 2147483647),
        call(f, [2147483647, -2147483648, -2147483648, 2147483647], 1),
        call(f, [2147483647, -1, 2147483647], 4294967296),
    ])
    write("secret/06-whole-day-stable", "a tolerance that covers the whole day", [
        call(f, [3, -2, 8, 0, 5], 10), call(f, list(range(100)), 99),
    ])
    rng = random.Random(1402)
    calls = []
    for _ in range(40):
        n = rng.randint(1, 60)
        readings = [rng.randint(-20, 20) for _ in range(n)]
        calls.append(call(f, readings, rng.randint(0, 25)))
    write("secret/07-random-small", "random short days", calls)
    calls = []
    for _ in range(4):
        value, readings = 0, []
        for _ in range(rng.randint(2000, 5000)):
            value += rng.randint(-3, 3)
            readings.append(value)
        calls.append(call(f, readings, rng.randint(5, 60)))
    write("secret/08-random-walk-medium", "random walks of a few thousand readings", calls)
    # large: 160 000 readings in a slow wave inside a band, so stable windows are tens of thousands
    # long and extending from every start costs billions of steps
    readings = [rng.randint(0, 40) + (i // 40000) * 5 for i in range(160000)]
    write("secret/large/09-long-stable-stretches", "160 000 readings, stable stretches of ~80 000",
          [call(f, readings, 45)])


if __name__ == "__main__":
    main()
