#!/usr/bin/env python3
"""Write the tests of sensor-triples-cancel: `/usr/bin/python3 generators/generate.py`.

Every `expect` is computed by the Python reference in submissions/accepted/ and, on all but the
large test, cross-checked against every combination of three positions; random cases are seeded,
so running this again reproduces the same files.
"""

from __future__ import annotations

import importlib.util
import json
import random
import shutil
import sys
from itertools import combinations
from pathlib import Path

MODULE = "zero_triples.py"
ROOT = Path(__file__).resolve().parent.parent
LO, HI = -2**31, 2**31 - 1


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


def brute(offsets: list[int]) -> list[list[int]]:
    return [list(t) for t in sorted({t for t in combinations(sorted(offsets), 3) if sum(t) == 0})]


def call(offsets: list[int], check: bool = True) -> dict:
    assert all(LO <= x <= HI for x in offsets)
    result = REFERENCE.zero_sum_triples(list(offsets))
    if check:
        assert result == brute(offsets), offsets
    return {"call": "zero_sum_triples", "args": [offsets], "expect": result}


def main() -> None:
    shutil.rmtree(ROOT / "data", ignore_errors=True)
    rng = random.Random(333)
    write("sample/1-example", "the statement's example", [call([4, -1, -1, 0, 1, -4, 3])])
    write("secret/01-fewer-than-three", "no offsets, one, two", [call([]), call([0]), call([0, 0]), call([5, -5])])
    write("secret/02-repeated-values", "triples that use a value two or three times", [
        call([-4, 2, 2, -1, -1]), call([0, 0, 0]), call([0, 0, 0, 5]), call([0, 0, 5]), call([-2, 1, 1, 1]),
        call([4, -2, -2, -2, 0]), call([1, 1, -2, -2, 4, 4, -8])])
    write("secret/03-each-triple-once", "many equal values: each triple is listed once", [
        call([0] * 12), call([-3, 1, 1, 1, 1, 2, 2, 2, 2]), call([-4] * 5 + [2] * 5 + [1] * 3 + [3] * 3),
        call([-1, -1, -1, 0, 0, 0, 1, 1, 1, 2, 2, -2, -2])])
    write("secret/04-no-triple", "no combination cancels", [
        call([1, 2, 3, 4]), call([-1, -2, -3]), call([1, -1]), call([7, 7, -13, 100])])
    write("secret/05-int-extremes", "offsets near +-2^31: 32-bit sums wrap around", [
        call([HI, HI, 2]), call([HI, HI, 2, -1, 1, 0]), call([LO, LO, 0]), call([LO, 2**30, 2**30]),
        call([HI, 1, LO]), call([HI, LO, 1, HI - 1, -HI, 0]), call([-2, HI, HI, 1, 1])])
    calls = []
    for _ in range(60):
        spread = rng.choice([3, 6, 15])
        calls.append(call([rng.randint(-spread, spread) for _ in range(rng.randint(0, 14))]))
    write("secret/06-random-small", "short random lists with many repeats", calls)
    calls = [call([rng.randint(-500, 500) for _ in range(300)]) for _ in range(2)]
    write("secret/07-random-medium", "300 offsets in [-500, 500]", calls)
    # large: 3 000 offsets in [-10^6, 10^6]: 4.5 * 10^9 sums for the brute force, ~2 * 10^6
    # pointer steps for the two-pointer scan.
    offsets = [rng.randint(-10**6, 10**6) for _ in range(3000)]
    write("secret/large/1-full-rig", "3 000 offsets in [-10^6, 10^6]", [call(offsets, check=False)])


if __name__ == "__main__":
    main()
