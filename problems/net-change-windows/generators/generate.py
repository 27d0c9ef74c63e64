#!/usr/bin/env python3
"""Write the tests of net-change-windows: `/usr/bin/python3 generators/generate.py`.

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

MODULE = "net_change.py"
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
    f = "count_periods"
    write("sample/1-example", "the example of the statement", [
        call(f, [3, -1, -2, 3, 0, 1], 3),
    ])
    write("secret/01-empty-and-single", "an empty ledger; one minute", [
        call(f, [], 0), call(f, [], 5), call(f, [5], 5), call(f, [5], 0), call(f, [0], 0),
    ])
    write("secret/02-negative-changes", "periods whose running sum dips and recovers", [
        call(f, [1, -1, 1, -1, 1], 0), call(f, [4, -6, 2, 4], 0), call(f, [-2, -3, 5, -5], -5),
        call(f, [2, 5, -4, 1], 3),
    ])
    write("secret/03-periods-from-minute-zero", "target reached by prefixes of the ledger", [
        call(f, [2, 0, 0, 5], 2), call(f, [7, -7, 7], 7),
    ])
    write("secret/04-large-values", "changes near 10^9 and targets beyond 32 bits", [
        call(f, [1000000000] * 5 + [-1000000000] * 3, 3000000000),
        call(f, [-1000000000, -1000000000, -1000000000], -2000000000),
        call(f, [1000000000, 1000000000, 1000000000], 1000000000000000),
    ])
    rng = random.Random(1403)
    calls = []
    for _ in range(40):
        n = rng.randint(1, 60)
        changes = [rng.randint(-5, 5) for _ in range(n)]
        calls.append(call(f, changes, rng.randint(-6, 6)))
    write("secret/05-random-small", "random short ledgers", calls)
    calls = []
    for _ in range(4):
        n = rng.randint(2000, 5000)
        calls.append(call(f, [rng.randint(-3, 3) for _ in range(n)], rng.randint(-10, 10)))
    write("secret/06-random-medium", "random ledgers of a few thousand minutes", calls)
    # large, and the count overflows int: 150 000 quiet minutes, target 0 -> 150000 * 150001 / 2
    write("secret/large/07-count-overflows-int", "150 000 quiet minutes, target 0", [
        call(f, [0] * 150000, 0),
    ])
    write("secret/large/08-random-long", "150 000 random minutes", [
        call(f, [rng.randint(-3, 3) for _ in range(150000)], 4),
    ])


if __name__ == "__main__":
    main()
