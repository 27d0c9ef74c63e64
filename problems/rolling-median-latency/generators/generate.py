#!/usr/bin/env python3
"""Write the tests of rolling-median-latency: `/usr/bin/python3 generators/generate.py`.

Every `expect` is computed by the Python reference in submissions/accepted/ and, on all but the
large test, cross-checked against sorting every window; random cases are seeded, so running this
again reproduces the same files.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import math
import random
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TOP = 2**31 - 1


def load(kind: str, module: str):
    path = ROOT / "submissions" / kind / module
    spec = importlib.util.spec_from_file_location(f"{kind}_{path.stem}", path)
    loaded = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = loaded
    spec.loader.exec_module(loaded)
    return loaded


REFERENCE = load("accepted", "rolling_median.py")
BRUTE = load("time_limit_exceeded", "sort_each_window.py")


def write(name: str, description: str, calls: list[dict]) -> None:
    """Write data/NAME.json compactly (one call per line)."""
    path = ROOT / "data" / f"{name}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    body = ",\n".join(json.dumps(c, separators=(",", ":")) for c in calls)
    path.write_text(f'{{"description": {json.dumps(description)},\n"calls": [\n{body}\n]}}\n')


def call(latencies: list[int], k: int, check: bool = True) -> dict:
    result = REFERENCE.rolling_median(copy.deepcopy(latencies), k)
    if check:
        assert result == BRUTE.rolling_median(latencies, k), (latencies, k)
    return {"call": "rolling_median", "args": [latencies, k], "expect": result}


def random_latencies(rng: random.Random, n: int, top: int) -> list[int]:
    return [rng.randint(0, top) for _ in range(n)]


def main() -> None:
    shutil.rmtree(ROOT / "data", ignore_errors=True)
    rng = random.Random(5150)
    write("sample/1-example", "the statement's example", [call([120, 80, 95, 300, 90, 85, 110], 3)])
    write("secret/01-empty-and-short-log", "no latencies, or a window longer than the log: no window",
          [call([], 1), call([], 3), call([5], 2), call([1, 2, 3], 4), call([7, 7], 100000)])
    write("secret/02-window-of-one", "k = 1: every latency is its own median",
          [call([5], 1), call([3, 0, 9, 9, 2], 1)])
    write("secret/03-even-window-halves", "even windows whose middle values have an odd sum: x.5",
          [call([120, 80, 95, 300, 90, 85, 110], 4), call([1, 2, 3, 4, 5, 6], 2), call([0, 1], 2),
           call([10, 3, 8, 1, 6, 5, 2, 9], 6)])
    write("secret/04-extreme-latencies", "latencies up to 2^31 - 1: the two middle values' sum needs 64 bits",
          [call([TOP, TOP, TOP - 1, 0, TOP], 2), call([TOP, 0, TOP, TOP, 1, TOP], 4),
           call([TOP - 2, TOP, TOP - 1, TOP], 2), call([0, 0, TOP, 0], 2), call([TOP, TOP - 5, 3], 3)])
    write("secret/05-duplicates", "many equal latencies, including the value that leaves the window",
          [call([4, 4, 4, 4, 4, 4], 3), call([5, 5, 1, 5, 5, 9, 5, 5], 4),
           call([2, 1, 2, 1, 2, 1, 2, 1, 2], 5), call([3, 3, 3, 1, 1, 1, 3, 3, 3], 2)])
    write("secret/06-whole-log", "k = n: one window, the median of everything",
          [call([9, 1, 8, 2, 7], 5), call([9, 1, 8, 2, 7, 3], 6)])
    # Sorted runs push one heap's top far from the stale entries buried in the other.
    calls = [call(list(range(40)), 5), call(list(range(40, 0, -1)), 6),
             call(list(range(30)) + list(range(30, 0, -1)), 7), call([i % 10 for i in range(60)], 8)]
    write("secret/07-rising-and-falling-runs", "monotone runs and sawtooth logs", calls)
    calls = []
    for _ in range(80):
        n = rng.randint(1, 30)
        calls.append(call(random_latencies(rng, n, rng.choice([5, 50, TOP])), rng.randint(1, n + 2)))
    write("secret/08-random-small", "small random logs, k up to n + 2", calls)
    calls = []
    for _ in range(4):
        n = rng.randint(1000, 3000)
        calls.append(call(random_latencies(rng, n, TOP), rng.choice([2, rng.randint(1, n), rng.randint(1, n) | 1, n // 2 * 2])))
    write("secret/09-random-medium", "medium logs over the full range", calls)
    # large: 100 000 latencies of up to three digits (a slow drift plus noise, so the median
    # moves), window 60 000: sorting 40 001 windows of 60 000 is about 4 * 10^10 steps; the heaps
    # do about 10^5 * log steps. Small values keep the file, with its 40 001 medians, under 700 KB.
    n, k = 100000, 60000
    latencies = [min(999, max(0, int(450 + 300 * math.sin(i / 9000)) + rng.randint(-150, 150))) for i in range(n)]
    write("secret/large/1-day-of-requests", "100 000 latencies, window 60 000", [call(latencies, k, check=False)])


if __name__ == "__main__":
    main()
