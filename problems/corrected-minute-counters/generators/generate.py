#!/usr/bin/env python3
"""Write the tests of corrected-minute-counters: `/usr/bin/python3 generators/generate.py`.

Every `expect` is computed by the Python reference in submissions/accepted/ and, on all but the
large test, cross-checked against a plain list; random cases are seeded, so running this again
reproduces the same files.
"""

from __future__ import annotations

import importlib.util
import json
import random
import shutil
import sys
from pathlib import Path

MODULE = "minute_counters.py"
ROOT = Path(__file__).resolve().parent.parent
BIG = 10**9


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


def session(counts: list[int], ops: list[tuple], check: bool = True) -> list[dict]:
    """Calls for one MinuteCounters: ops are ("correct", minute, count) or ("total", first, last)."""
    ref = REFERENCE.MinuteCounters(list(counts))
    plain = list(counts)
    calls: list[dict] = [{"new": "MinuteCounters", "args": [counts]}]
    for name, a, b in ops:
        bad = not (0 <= a < len(plain)) or (name == "total" and not (0 <= b < len(plain) and a <= b))
        if bad:
            try:
                getattr(ref, name)(a, b)
            except (IndexError, ValueError):
                calls.append({"call": name, "args": [a, b], "raises": True})
                continue
            raise AssertionError(f"reference accepted {name}({a}, {b})")
        result = getattr(ref, name)(a, b)
        if name == "correct":
            plain[a] = b
        elif check:
            assert result == sum(plain[a:b + 1]), (name, a, b)
        calls.append({"call": name, "args": [a, b], "expect": result})
    return calls


def random_ops(rng: random.Random, n: int, count: int, top: int) -> list[tuple]:
    ops = []
    for _ in range(count):
        if rng.random() < 0.4:
            ops.append(("correct", rng.randrange(n), rng.randint(0, top)))
        else:
            first = rng.randrange(n)
            ops.append(("total", first, rng.randint(first, n - 1)))
    return ops


def main() -> None:
    shutil.rmtree(ROOT / "data", ignore_errors=True)
    rng = random.Random(8817)
    write("sample/1-example", "the statement's example",
          session([3, 0, 7, 2, 5], [("total", 1, 3), ("correct", 1, 4), ("total", 1, 3), ("total", 0, 4),
                                    ("total", 2, 2)]))
    write("secret/01-one-minute", "a single minute, corrected and summed",
          session([4], [("total", 0, 0), ("correct", 0, 0), ("total", 0, 0), ("correct", 0, 9), ("total", 0, 0)]))
    write("secret/02-no-minutes", "no minutes: every call raises",
          session([], [("total", 0, 0), ("correct", 0, 5), ("total", -1, 0)]))
    write("secret/03-corrections-replace", "a correction replaces the count; repeated and zero corrections",
          session([5, 5, 5, 5], [("correct", 1, 2), ("total", 0, 3), ("correct", 1, 2), ("total", 0, 3),
                                 ("correct", 1, 0), ("total", 1, 1), ("correct", 3, 8), ("correct", 3, 1),
                                 ("total", 2, 3), ("correct", 0, 5), ("total", 0, 0)])
          + session([0, 0, 0], [("correct", 2, 7), ("correct", 2, 7), ("total", 0, 2)]))
    write("secret/04-single-minute-and-whole-range", "first == last, and the whole range",
          session([1, 2, 3, 4, 5, 6, 7, 8], [("total", i, i) for i in range(8)] + [("total", 0, 7), ("total", 7, 7),
                                             ("correct", 7, 0), ("total", 0, 7), ("total", 0, 0)]))
    write("secret/05-bad-ranges-raise", "out-of-range minutes and reversed ranges raise and change nothing",
          session([2, 4, 6], [("total", 2, 1), ("total", 0, 3), ("total", -1, 1), ("correct", 3, 1),
                              ("correct", -1, 1), ("total", 0, 2), ("total", 1, 0), ("correct", 1, 1),
                              ("total", 0, 2)]))
    write("secret/06-totals-overflow-int", "counts up to 10^9: totals need 64 bits",
          session([BIG] * 5, [("total", 0, 4), ("total", 0, 1), ("total", 1, 3), ("correct", 2, 0), ("total", 0, 4),
                              ("correct", 2, BIG), ("total", 0, 4)])
          + session([BIG - i for i in range(3000)], [("total", 0, 2999), ("correct", 0, 0), ("total", 0, 2999),
                                                     ("total", 100, 2200)]))
    calls = []
    for _ in range(40):
        n = rng.randint(1, 12)
        calls += session([rng.randint(0, 9) for _ in range(n)], random_ops(rng, n, 12, 9))
    write("secret/07-random-small", "many small sessions", calls)
    n = 5000
    write("secret/08-random-medium", "5 000 minutes, 2 000 calls",
          session([rng.randint(0, BIG) for _ in range(n)], random_ops(rng, n, 2000, BIG)))
    # large: 200 000 minutes of one-digit counts (a small file) and 5 000 calls, 4 000 of them totals
    # over at least half the minutes: about 6 * 10^8 additions for the range sums, 5 000 * 2 * 18
    # tree steps for the Fenwick tree.
    n = 200000
    counts = [rng.randint(0, 9) for _ in range(n)]
    ops = []
    for i in range(5000):
        if i % 5 == 0:
            ops.append(("correct", rng.randrange(n), rng.randint(0, 9)))
        else:
            first = rng.randrange(n // 4)
            ops.append(("total", first, rng.randint(first + n // 2, n - 1)))
    write("secret/large/1-months-of-minutes", "200 000 minutes, 5 000 calls", session(counts, ops, check=False))


if __name__ == "__main__":
    main()
