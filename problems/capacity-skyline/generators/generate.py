#!/usr/bin/env python3
"""Write the tests of capacity-skyline: `/usr/bin/python3 generators/generate.py`.

Every `expect` is computed by the Python reference in submissions/accepted/ and, on all but the
large test, cross-checked against a scan of all reservations at every time; random cases are
seeded, so running this again reproduces the same files.
"""

from __future__ import annotations

import importlib.util
import json
import random
import shutil
import sys
from pathlib import Path

MODULE = "capacity_skyline.py"
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


def brute(reservations: list[list[int]]) -> list[list[int]]:
    outline: list[list[int]] = []
    for time in sorted({t for s, e, _ in reservations for t in (s, e)}):
        floor = max((c for s, e, c in reservations if s <= time < e), default=0)
        if not outline or outline[-1][1] != floor:
            outline.append([time, floor])
    return outline


def call(reservations: list[list[int]], check: bool = True) -> dict:
    assert all(0 <= s < e <= 10**12 and 1 <= c <= 10**9 for s, e, c in reservations)
    result = REFERENCE.capacity_outline([list(r) for r in reservations])
    if check:
        assert result == brute(reservations), reservations
    return {"call": "capacity_outline", "args": [reservations], "expect": result}


def random_reservations(rng: random.Random, n: int, horizon: int, longest: int, top: int) -> list[list[int]]:
    out = []
    for _ in range(n):
        s = rng.randrange(horizon)
        out.append([s, s + rng.randint(1, longest), rng.randint(1, top)])
    return out


def main() -> None:
    shutil.rmtree(ROOT / "data", ignore_errors=True)
    rng = random.Random(1212)
    write("sample/1-example", "the statement's example",
          [call([[1, 12, 3], [3, 9, 7], [5, 10, 4], [13, 15, 2]])])
    write("secret/01-empty-and-one", "no reservations, one reservation", [
        call([]), call([[0, 1, 1]]), call([[5, 6, 9]])])
    write("secret/04-equal-floors-merge", "touching or overlapping reservations of equal capacity", [
        call([[0, 4, 5], [4, 8, 5]]), call([[0, 10, 5], [2, 6, 5]]), call([[1, 3, 2], [3, 5, 2], [5, 7, 2]]),
        call([[0, 5, 3], [1, 9, 3], [9, 12, 3], [12, 13, 1]])])
    write("secret/02-same-time-end-and-start", "one reservation ends where another starts: one point there", [
        call([[0, 2, 3], [2, 4, 5]]), call([[0, 2, 5], [2, 4, 3]]), call([[0, 3, 4], [3, 6, 1], [3, 5, 2]]),
        call([[1, 5, 2], [5, 9, 2], [5, 7, 6], [7, 9, 1]])])
    write("secret/03-several-end-together", "the top ends when lower ones have already ended", [
        call([[0, 3, 2], [1, 4, 1], [2, 10, 9], [8, 12, 5]]),
        call([[0, 2, 1], [0, 3, 2], [0, 10, 8], [5, 12, 4]]),
        call([[0, 1, 3], [0, 2, 2], [1, 9, 7], [3, 11, 5]])])
    write("secret/05-nested-and-unsorted", "nested reservations, given out of order", [
        call([[10, 20, 1], [0, 30, 2], [12, 14, 9], [11, 15, 5]]), call([[7, 8, 3], [1, 2, 3], [4, 5, 3]]),
        call([[0, 100, 1], [10, 90, 2], [20, 80, 3], [30, 70, 4]])])
    write("secret/06-extreme-values", "times up to 10^12 and capacities up to 10^9", [
        call([[0, 10**12, 10**9], [5 * 10**11, 10**12, 1]]),
        call([[3_000_000_000, 4_000_000_000, 999_999_999], [2_147_483_647, 3_000_000_001, 2]]),
        call([[10**12 - 1, 10**12, 10**9]])])
    calls = [call(random_reservations(rng, rng.randint(1, 12), 30, 10, 6)) for _ in range(60)]
    write("secret/07-random-small", "small random days with many shared times", calls)
    calls = [call(random_reservations(rng, 2000, 10**6, 50000, 10**6)) for _ in range(2)]
    write("secret/08-random-medium", "2 000 reservations over a long day", calls)
    # large: 34 000 reservations with short numbers (to fit the file); a scan of all of them at
    # each of ~60 000 times is ~2 * 10^9 steps, the heap sweep ~10^6.
    reservations = random_reservations(rng, 34000, 90000, 2500, 999)
    write("secret/large/1-busy-quarter", "34 000 reservations, capacities up to 999", [call(reservations, check=False)])


if __name__ == "__main__":
    main()
