#!/usr/bin/env python3
"""Write the tests of pairs-under-reporting-limit: `/usr/bin/python3 generators/generate.py`.

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

MODULE = "reporting_pairs.py"
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
    f = "count_pairs_within"
    write("sample/1-example", "the example of the statement", [
        call(f, [700, 200, 900, 400, 200], 900),
    ])
    write("secret/01-fewer-than-two", "no transfers, one transfer", [
        call(f, [], 100), call(f, [5], 100), call(f, [0], 0),
    ])
    write("secret/02-equal-amounts", "duplicates are different transfers", [
        call(f, [5, 5, 5], 10), call(f, [5, 5, 5], 9), call(f, [0, 0, 0, 0], 0),
        call(f, [3, 3, 7, 7], 10),
    ])
    write("secret/03-limit-boundaries", "sums exactly at the limit count", [
        call(f, [1, 2, 3, 4, 5], 6), call(f, [10, 20, 30], 30), call(f, [10, 20, 30], 29),
        call(f, [9, 1], 10), call(f, [100, 200], 0),
    ])
    write("secret/04-sum-overflows-int", "amounts near 2 * 10^9: sums past 2^31 - 1", [
        call(f, [2000000000, 2000000000, 1], 2000000001),
        call(f, [2000000000, 2000000000], 4000000000),
        call(f, [1500000000, 1500000000, 1000000000], 2147483647),
    ])
    rng = random.Random(1410)
    calls = []
    for _ in range(40):
        amounts = [rng.randint(0, 50) for _ in range(rng.randint(0, 30))]
        calls.append(call(f, amounts, rng.randint(0, 110)))
    write("secret/05-random-small", "random short lists", calls)
    calls = []
    for _ in range(4):
        amounts = [rng.randint(0, 2 * 10**9) for _ in range(rng.randint(2000, 5000))]
        calls.append(call(f, amounts, rng.randint(0, 4 * 10**9)))
    write("secret/06-random-medium", "random lists of a few thousand amounts", calls)
    # large: 100 000 transfers; about 4.4 * 10^9 pairs fit, past an int, and checking every
    # pair is 5 * 10^9 sums
    amounts = [rng.randint(0, 99999) for _ in range(100000)]
    write("secret/large/07-count-overflows-int", "100 000 transfers, ~4.4 * 10^9 pairs",
          [call(f, amounts, 150000)])


if __name__ == "__main__":
    main()
