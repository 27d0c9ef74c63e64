#!/usr/bin/env python3
"""Write the tests of rolling-peak-load: `/usr/bin/python3 generators/generate.py`.

Every `expect` is computed by the Python reference in submissions/accepted/ and, on all but the
large test, cross-checked against the max of every window; random cases are seeded, so running
this again reproduces the same files.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import random
import shutil
import sys
from pathlib import Path


MODULE = "rolling_peak.py"
ROOT = Path(__file__).resolve().parent.parent


def load_reference():
    path = ROOT / "submissions" / "accepted" / MODULE
    spec = importlib.util.spec_from_file_location("reference", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


REFERENCE = load_reference()


def write(name: str, description: str, calls: list[dict]) -> None:
    """Write data/NAME.json compactly (one call per line)."""
    path = ROOT / "data" / f"{name}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    body = ",\n".join(json.dumps(c, separators=(",", ":")) for c in calls)
    path.write_text(f'{{"description": {json.dumps(description)},\n"calls": [\n{body}\n]}}\n')


def brute(loads, k):
    return [max(loads[i:i + k]) for i in range(len(loads) - k + 1)]


def call(loads: list[int], k: int, check: bool = True) -> dict:
    result = REFERENCE.rolling_peak(copy.deepcopy(loads), k)
    if check:
        assert result == brute(loads, k), (loads, k)
    return {"call": "rolling_peak", "args": [loads, k], "expect": result}


def main() -> None:
    shutil.rmtree(ROOT / "data", ignore_errors=True)
    rng = random.Random(7341)
    write("sample/1-example", "the statement's example", [call([3, 1, 4, 1, 5, 9, 2, 6], 3)])
    write("secret/01-empty-and-short-stream", "no samples, or a window longer than the stream",
          [call([], 1), call([], 5), call([7], 2), call([4, 8, 1], 4), call([5, 5], 100000)])
    write("secret/02-window-of-one", "k = 1: a copy of the stream",
          [call([2, -3, 2, 0], 1), call([9], 1)])
    write("secret/03-last-window", "the window that ends at the last sample holds the peak",
          [call([1, 2, 3, 4, 5, 6, 100], 3), call([0, 0, 0, 50], 2), call([-1, -2, 9], 3), call([1, 2, 3, 9], 3)])
    write("secret/04-window-exactly-k", "a peak must leave the window exactly k samples later",
          [call([9, 1, 1, 1, 1, 1], 2), call([100, 0, 0, 0, 0, 0, 0, 0], 3), call([5, 1, 2, 3, 4, 0, 0], 4)])
    write("secret/05-whole-stream", "k = n: one window, the overall maximum",
          [call([3, 8, 2, 8, 1], 5), call([-5, -2, -9], 3)])
    write("secret/06-negative-and-extreme", "negative loads and the extremes of the range",
          [call([-1000000000, -999999999, -1000000000, -5], 2),
           call([1000000000, -1000000000, 1000000000, -1000000000], 3),
           call([-7, -7, -7, -8, -6], 2)])
    write("secret/07-duplicates-and-monotone", "plateaus, increasing and decreasing runs",
          [call([4, 4, 4, 4, 4], 3), call(list(range(20)), 6), call(list(range(20, 0, -1)), 6),
           call([1, 3, 3, 2, 3, 1, 1, 3], 3)])
    calls = []
    for _ in range(40):
        n = rng.randint(1, 25)
        loads = [rng.randint(-20, 20) for _ in range(n)]
        calls.append(call(loads, rng.randint(1, n + 2)))
    write("secret/08-random-small", "small random streams, k up to n + 2", calls)
    calls = []
    for _ in range(5):
        n = rng.randint(500, 3000)
        loads = [rng.randint(-10**9, 10**9) for _ in range(n)]
        calls.append(call(loads, rng.randint(1, n)))
    write("secret/09-random-medium", "medium streams over the full value range", calls)
    # large: 280 000 coarse load levels (0-9, one digit keeps the file small), k = 230 000:
    # 50 001 windows of 230 000 samples for a window scan (1.15 * 10^10 comparisons), one pass
    # with the deque. A noisy wave keeps the deque busy.
    n, k = 280000, 230000
    loads = [min(9, max(0, int(5 + 3 * ((i % 7919) / 7919 - 0.5) + rng.randint(-2, 2)))) for i in range(n)]
    write("secret/large/1-day-of-samples", "280 000 samples, window 230 000", [call(loads, k, check=False)])

if __name__ == "__main__":
    main()
