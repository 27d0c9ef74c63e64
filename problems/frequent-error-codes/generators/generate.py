#!/usr/bin/env python3
"""Write the tests of frequent-error-codes: `/usr/bin/python3 generators/generate.py`.

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


MODULE = "error_codes.py"
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


def clean() -> None:
    shutil.rmtree(ROOT / "data", ignore_errors=True)


def main() -> None:
    clean()
    f = "top_error_codes"
    write("sample/1-example", "the two examples of the statement", [
        call(f, [503, 404, 503, 500, 404, 503, 429], 2),
        call(f, [500, 404, 404, 500, 429], 3),
    ])
    write("secret/01-empty-and-zero-k", "an empty log, k = 0", [
        call(f, [], 3), call(f, [], 0), call(f, [7], 0), call(f, [7, 8], 0),
    ])
    write("secret/02-one-code", "a single entry and one repeated code", [
        call(f, [42], 1), call(f, [7, 7, 7], 5), call(f, [7, 7, 7], 1),
    ])
    write("secret/03-k-past-distinct", "k larger than the number of distinct codes", [
        call(f, [1, 2, 2, 3, 3, 3], 10), call(f, [5, 4, 5], 3), call(f, [9, 8, 7], 100000),
    ])
    write("secret/04-ties-by-first-appearance", "equal counts: the earlier first appearance wins", [
        call(f, [900, 100, 500, 100, 900, 500], 3),
        call(f, [3, 2, 1, 1, 2, 3, 4], 4),
        call(f, [1, 2, 1, 2], 2),
        call(f, [20, 10, 10, 20, 30, 30, 40], 2),
    ])
    write("secret/05-negative-and-extreme", "negative codes and the int range", [
        call(f, [-1, -1, 2147483647, -2147483648, -2147483648, -1, 0], 3),
        call(f, [-5, 5, -5, 5, 0], 2),
    ])
    rng = random.Random(14)
    calls = []
    for _ in range(30):
        n = rng.randint(1, 60)
        codes = [rng.choice([400, 401, 403, 404, 429, 500, 502, 503, 504, -1]) for _ in range(n)]
        calls.append(call(f, codes, rng.randint(0, 12)))
    write("secret/06-random-small", "random logs over ten codes", calls)
    calls = []
    for _ in range(5):
        codes = [rng.randint(0, 300) for _ in range(rng.randint(1000, 3000))]
        calls.append(call(f, codes, rng.randint(1, 400)))
    write("secret/07-random-medium", "random logs with many ties", calls)
    # large: 80 000 codes seen once each and 20 000 hits on 50 heavy codes, shuffled
    singles = rng.sample(range(100000), 80050)
    heavy, singles = singles[:50], singles[50:]
    codes = singles + [rng.choice(heavy) for _ in range(20000)]
    rng.shuffle(codes)
    write("secret/large/08-mostly-distinct", "100 000 codes, about 80 000 distinct", [
        call(f, codes, 60),
    ])


if __name__ == "__main__":
    main()
