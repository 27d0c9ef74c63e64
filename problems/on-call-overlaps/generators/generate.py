#!/usr/bin/env python3
"""Write the tests of on-call-overlaps: `/usr/bin/python3 generators/generate.py`.

Every `expect` is computed by the Python reference in submissions/accepted/ and, on all but the
large test, cross-checked against intersecting every pair of shifts; random cases are seeded, so
running this again reproduces the same files.
"""

from __future__ import annotations

import importlib.util
import json
import random
import shutil
import sys
from pathlib import Path

MODULE = "on_call_overlaps.py"
ROOT = Path(__file__).resolve().parent.parent
EPOCH_MS = 1_767_225_600_000  # 2026-01-01T00:00:00Z in milliseconds


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


def brute(first, second):
    shared = []
    for a, b in first:
        for c, d in second:
            if max(a, c) < min(b, d):
                shared.append([max(a, c), min(b, d)])
    return sorted(shared)


def call(first, second, check: bool = True) -> dict:
    result = REFERENCE.overlaps([list(s) for s in first], [list(s) for s in second])
    if check:
        assert result == brute(first, second), (first, second)
    return {"call": "overlaps", "args": [first, second], "expect": result}


def shifts(rng: random.Random, count: int, start: int, gap: int, length: int) -> list[list[int]]:
    """count sorted shifts from start: gaps in 0..gap (0 is a handover), lengths in 1..length."""
    out, t = [], start
    for _ in range(count):
        t += rng.randint(0, gap)
        end = t + rng.randint(1, length)
        out.append([t, end])
        t = end
    return out


def main() -> None:
    shutil.rmtree(ROOT / "data", ignore_errors=True)
    rng = random.Random(4471)
    write("sample/1-example", "the statement's example",
          [call([[1, 5], [8, 12], [15, 24]], [[2, 3], [6, 10], [20, 30]])])
    write("secret/01-empty-lists", "one or both lists empty",
          [call([], []), call([[1, 2]], []), call([], [[3, 9], [10, 11]])])
    write("secret/02-handoffs-touch", "shifts that only touch share nothing; adjacent shifts give two pieces",
          [call([[1, 5]], [[5, 9]]), call([[5, 9]], [[1, 5]]), call([[0, 5], [5, 10]], [[3, 7]]),
           call([[0, 2], [4, 6], [8, 10]], [[2, 4], [6, 8], [10, 12]]), call([[0, 10]], [[10, 20], [20, 30]])])
    write("secret/03-one-long-shift-covers-many", "a week-long shift against many short ones, both ways",
          [call([[0, 100]], [[1, 2], [5, 9], [20, 30], [99, 120]]),
           call([[1, 2], [5, 9], [20, 30], [99, 120]], [[0, 100]]),
           call([[0, 50], [60, 100]], [[10, 20], [30, 70], [80, 90]])])
    write("secret/04-nested-and-identical", "identical lists, shifts nested inside others, equal ends",
          [call([[1, 3], [4, 8], [9, 12]], [[1, 3], [4, 8], [9, 12]]), call([[0, 10]], [[2, 4], [6, 10]]),
           call([[2, 4], [6, 10]], [[0, 10]]), call([[3, 7]], [[3, 7]]), call([[0, 4], [4, 8]], [[0, 8]])])
    write("secret/05-epoch-milliseconds", "real timestamps in milliseconds and times near 10^17",
          [call([[EPOCH_MS, EPOCH_MS + 8 * 3600_000], [EPOCH_MS + 24 * 3600_000, EPOCH_MS + 32 * 3600_000]],
                [[EPOCH_MS + 4 * 3600_000, EPOCH_MS + 28 * 3600_000]]),
           call([[10**17 - 10, 10**17]], [[10**17 - 5, 10**17 + 1]]),
           call([[2**31 - 5, 2**31 + 5]], [[2**31, 2**32]])])
    calls = []
    for _ in range(60):
        calls.append(call(shifts(rng, rng.randint(0, 6), 0, 4, 6), shifts(rng, rng.randint(0, 6), 0, 4, 6)))
    write("secret/06-random-small", "short random schedules with handovers and gaps", calls)
    calls = []
    for _ in range(3):
        calls.append(call(shifts(rng, 800, EPOCH_MS, 3600_000, 12 * 3600_000),
                          shifts(rng, 800, EPOCH_MS, 3600_000, 12 * 3600_000)))
    write("secret/07-random-medium", "800 shifts each, epoch milliseconds", calls)
    # large: 16 000 shifts per list, the second's shifts mostly in the gaps of the first (a few
    # overlaps keep the answer small): 2.56 * 10^8 pairs for the brute force, 32 000 steps for the
    # two pointers.
    first, second, t = [], [], 0
    for k in range(16000):
        length = rng.randint(100, 400)
        first.append([t, t + length])
        t += length
        lead = -rng.randint(1, 50) if k % 40 == 0 else rng.randint(0, 60)
        start = t + lead
        end = start + rng.randint(60, 150)
        second.append([start, end])
        t = end + rng.randint(0, 60)
    write("secret/large/1-a-quarter-of-shifts", "16 000 shifts per list", [call(first, second, check=False)])


if __name__ == "__main__":
    main()
