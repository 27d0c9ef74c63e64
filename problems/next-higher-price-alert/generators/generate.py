#!/usr/bin/env python3
"""Write the tests of next-higher-price-alert: `/usr/bin/python3 generators/generate.py`.

Every `expect` is computed by the Python reference in submissions/accepted/ and, on all but the
large tests, cross-checked against a forward scan from every day; random cases are seeded, so
running this again reproduces the same files.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import random
import shutil
import sys
from pathlib import Path


MODULE = "price_alert.py"
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


def brute(prices):
    out = []
    for i, p in enumerate(prices):
        out.append(next((j - i for j in range(i + 1, len(prices)) if prices[j] > p), 0))
    return out


def call(prices: list[int], check: bool = True) -> dict:
    result = REFERENCE.days_until_higher(copy.deepcopy(prices))
    if check:
        assert result == brute(prices), prices
    return {"call": "days_until_higher", "args": [prices], "expect": result}


def main() -> None:
    shutil.rmtree(ROOT / "data", ignore_errors=True)
    rng = random.Random(9066)
    write("sample/1-example", "the statement's example", [call([70, 68, 69, 75, 71, 71, 80, 60])])
    write("secret/01-empty-and-single", "no days, one day, two days",
          [call([]), call([5]), call([5, 6]), call([6, 5]), call([0, 0])])
    write("secret/02-equal-prices-are-not-higher", "plateaus: an equal price does not end the wait",
          [call([71, 71, 71, 72]), call([5, 5, 5]), call([3, 3, 1, 3, 4]), call([9, 4, 9, 4, 9])])
    write("secret/03-jump-chain", "the next day's higher day is still not higher than today",
          [call([50, 40, 45, 48, 60]), call([10, 1, 2, 3, 4, 5, 11]), call([8, 5, 6, 7, 9, 1])])
    write("secret/04-monotone", "rising, falling and never-beaten histories",
          [call(list(range(12))), call(list(range(12, 0, -1))), call([1000000000, 0, 999999999, 1000000000]),
           call([0] * 10 + [1])])
    calls = []
    for _ in range(40):
        n = rng.randint(1, 20)
        calls.append(call([rng.randint(0, 6) for _ in range(n)]))
    write("secret/05-random-small", "small random histories with many ties", calls)
    calls = []
    for _ in range(6):
        n = rng.randint(500, 3000)
        calls.append(call([rng.randint(0, 10**9) for _ in range(n)]))
    write("secret/06-random-medium", "medium random histories over the full range", calls)
    # large 1: a falling staircase (prices 9 down to 0, plateaus of 15 000 days): no day is ever
    # beaten, so a forward scan reads the whole rest of the history from every day, ~1.1 * 10^10
    # comparisons. The stack holds every day and pops none.
    n = 150000
    write("secret/large/1-falling-staircase", "150 000 days of non-increasing prices",
          [call([9 - i * 10 // n for i in range(n)], check=False)])
    # large 2: a random walk with drift down and noise: the stack pushes and pops all the time.
    walk, price = [], 500
    for _ in range(60000):
        price = max(0, min(999, price + rng.randint(-6, 5)))
        walk.append(price)
    write("secret/large/2-noisy-walk", "60 000 days of a noisy random walk", [call(walk, check=False)])


if __name__ == "__main__":
    main()
