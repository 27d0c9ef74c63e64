#!/usr/bin/env python3
"""Write the tests of kth-smallest-event-gap: `/usr/bin/python3 generators/generate.py`.

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

MODULE = "event_gaps.py"
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
    f = "kth_smallest_gap"
    write("sample/1-example", "the example of the statement", [
        call(f, [130, 100, 190, 105, 160], 4),
    ])
    write("secret/01-two-events", "two events: their gap", [
        call(f, [5, 9], 1), call(f, [9, 5], 1), call(f, [7, 7], 1), call(f, [0, 1000000000], 1),
    ])
    write("secret/02-equal-times", "duplicate timestamps give zero gaps", [
        call(f, [3, 3, 3, 8], 3), call(f, [3, 3, 3, 8], 4), call(f, [1, 1, 2, 2], 2),
        call(f, [1, 1, 2, 2], 3),
    ])
    write("secret/03-gap-shared-by-many-pairs", "the k-th gap is one of several equal gaps", [
        call(f, [0, 10, 20, 30, 40], 2), call(f, [0, 10, 20, 30, 40], 4),
        call(f, [100, 130, 160, 190, 105], 3),
    ])
    write("secret/04-wide-pairs", "the k-th gap is between events that are not neighbours", [
        call(f, [0, 1, 2, 100], 3), call(f, [10, 11, 12, 13], 5), call(f, [50, 0, 51, 1], 4),
    ])
    times = [0, 4, 9, 17, 1000000000]
    write("secret/05-k-is-every-pair", "k equal to the number of pairs: max - min", [
        call(f, times, 10), call(f, [5, 2, 8], 3),
    ])
    rng = random.Random(1412)
    calls = []
    for _ in range(40):
        times = [rng.randint(0, 60) for _ in range(rng.randint(2, 25))]
        pairs = len(times) * (len(times) - 1) // 2
        calls.append(call(f, times, rng.randint(1, pairs)))
    write("secret/06-random-small", "random small samples", calls)
    calls = []
    for _ in range(4):
        times = [rng.randint(0, 10**9) for _ in range(rng.randint(1000, 3000))]
        pairs = len(times) * (len(times) - 1) // 2
        calls.append(call(f, times, rng.randint(1, pairs)))
    write("secret/07-random-medium", "random samples of a few thousand events", calls)
    # large: 60 000 events: tallying every pair's gap is 1.8 * 10^9 steps (~5 s measured in Java)
    times = [rng.randint(0, 999999) for _ in range(60000)]
    write("secret/large/08-sixty-thousand-events", "60 000 events, k in the middle",
          [call(f, times, 900000000)])


if __name__ == "__main__":
    main()
