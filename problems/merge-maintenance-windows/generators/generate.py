#!/usr/bin/env python3
"""Write the tests of merge-maintenance-windows: `/usr/bin/python3 generators/generate.py`.

Every `expect` is computed by the Python reference in submissions/accepted/; random cases are
seeded, so running this again reproduces the same files.
"""

from __future__ import annotations

MODULE = "windows.py"

import copy
import importlib.util
import json
import random
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def load_reference():
    path = ROOT / "submissions" / "accepted" / MODULE
    spec = importlib.util.spec_from_file_location("reference", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


REFERENCE = load_reference()
F = "merge_windows"


def call(*args) -> dict:
    """One call with its expected value, computed by the reference on a copy of the arguments."""
    return {"call": F, "args": list(args), "expect": getattr(REFERENCE, F)(*copy.deepcopy(args))}


def write(name: str, description: str, calls: list[dict]) -> None:
    """Write data/NAME.json compactly (one call per line)."""
    path = ROOT / "data" / f"{name}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    body = ",\n".join(json.dumps(c, separators=(",", ":")) for c in calls)
    path.write_text(f'{{"description": {json.dumps(description)},\n"calls": [\n{body}\n]}}\n')


def random_windows(rng: random.Random, n: int, horizon: int, longest: int) -> list[list[int]]:
    windows = []
    for _ in range(n):
        start = rng.randint(0, horizon)
        windows.append([start, start + rng.randint(1, longest)])
    return windows


def main() -> None:
    shutil.rmtree(ROOT / "data", ignore_errors=True)
    write("sample/1-example", "the example of the statement", [
        call([[900, 960], [540, 600], [570, 660], [1200, 1230]]),
    ])
    write("secret/01-empty-and-one", "no bookings, one booking", [
        call([]), call([[0, 1]]), call([[5, 1000000000]]),
    ])
    write("secret/02-touching-windows-merge", "a window that starts where another ends leaves no gap", [
        call([[1, 3], [3, 5]]), call([[10, 20], [0, 10], [20, 30]]), call([[4, 5], [1, 2], [2, 4]]),
        call([[0, 1], [2, 3], [1, 2], [5, 6]]),
    ])
    write("secret/03-nested-windows", "a short window inside a long one must not cut it short", [
        call([[0, 100], [10, 20]]), call([[0, 100], [10, 20], [30, 40], [99, 100]]),
        call([[5, 50], [5, 6], [7, 8], [60, 70], [61, 62]]),
    ])
    write("secret/04-unsorted-bookings", "bookings arrive in any order", [
        call([[50, 60], [0, 10], [5, 55]]), call([[30, 40], [20, 25], [10, 15], [0, 35]]),
        call([[7, 8], [1, 2], [4, 5]]),
    ])
    write("secret/05-duplicates-and-same-start", "identical windows, equal starts with different ends", [
        call([[3, 9], [3, 9], [3, 9]]), call([[3, 4], [3, 9], [3, 6]]), call([[0, 5], [0, 2], [8, 9], [8, 12]]),
    ])
    big = 10**9
    write("secret/06-extreme-times", "times up to 10^9", [
        call([[0, big], [big - 1, big]]), call([[big - 2, big - 1], [0, 1], [big - 1, big]]),
        call([[123456789, 987654321], [0, 123456789], [987654321, big]]),
    ])
    rng = random.Random(1421)
    write("secret/07-random-small", "random fleets of up to 12 windows", [
        call(random_windows(rng, rng.randint(1, 12), 60, rng.choice([2, 5, 20]))) for _ in range(80)
    ])
    write("secret/08-random-medium", "random fleets of 2 000 windows", [
        call(random_windows(rng, 2000, 10**6, rng.choice([50, 500, 5000]))) for _ in range(4)
    ])
    # large: 20 000 short windows over a long horizon, mostly disjoint, shuffled. Re-scanning every
    # merged span per window is ~1.5 * 10^8 steps: minutes in Python.
    windows = random_windows(rng, 20000, 400000, 3)
    write("secret/large/09-many-short-windows", "20 000 mostly disjoint windows", [call(windows)])


if __name__ == "__main__":
    main()
