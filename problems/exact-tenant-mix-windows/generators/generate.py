#!/usr/bin/env python3
"""Write the tests of exact-tenant-mix-windows: `/usr/bin/python3 generators/generate.py`.

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

MODULE = "tenant_windows.py"
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
    f = "count_runs_with_k_tenants"
    write("sample/1-example", "the example of the statement", [
        call(f, [4, 7, 4, 9, 7], 2),
    ])
    write("secret/01-empty-and-single", "an empty log; one request", [
        call(f, [], 1), call(f, [5], 1), call(f, [5], 2),
    ])
    write("secret/02-k-past-tenants", "k larger than the number of tenants", [
        call(f, [1, 2, 1, 2], 3), call(f, [8, 8, 8], 2), call(f, [1, 2, 3], 100000),
    ])
    write("secret/03-k-one", "runs of a single tenant", [
        call(f, [3, 3, 3, 3], 1), call(f, [1, 2, 2, 3, 3, 3], 1), call(f, [1, 2, 1, 2], 1),
    ])
    write("secret/04-repeats-at-the-front", "runs that drop repeated tenants from the front", [
        call(f, [1, 1, 1, 2], 2), call(f, [5, 5, 6, 6, 7, 7], 2), call(f, [2, 1, 1, 1, 3], 2),
        call(f, [1, 2, 1, 3, 4], 3),
    ])
    write("secret/05-all-distinct", "every request from a new tenant", [
        call(f, list(range(10)), 3), call(f, list(range(10)), 10), call(f, list(range(10)), 1),
    ])
    write("secret/06-extreme-ids", "negative ids and the int range", [
        call(f, [-2147483648, 2147483647, -2147483648, 0], 2), call(f, [-1, -1, -2], 2),
    ])
    rng = random.Random(1411)
    calls = []
    for _ in range(40):
        tenants = [rng.randint(0, rng.choice([2, 4, 8])) for _ in range(rng.randint(1, 40))]
        calls.append(call(f, tenants, rng.randint(1, 5)))
    write("secret/07-random-small", "random short logs", calls)
    calls = []
    for _ in range(4):
        tenants = [rng.randint(0, 40) for _ in range(rng.randint(2000, 5000))]
        calls.append(call(f, tenants, rng.randint(1, 45)))
    write("secret/08-random-medium", "random logs of a few thousand requests", calls)
    # large 1: one tenant all day: n(n+1)/2 = 5 * 10^9 runs, past an int, and every start
    # extends to the end of the log in the brute force
    write("secret/large/09-one-tenant-count-overflows-int", "100 000 requests of one tenant",
          [call(f, [7] * 100000, 1)])
    # large 2: 30 regular tenants and a rare 31st every ~20 000 requests: runs with 30 tenants
    # are ~20 000 long, so extending from every start costs ~2 * 10^9 steps
    tenants = [rng.randint(0, 29) for _ in range(100000)]
    for i in range(10000, 100000, 20000):
        tenants[i] = 99
    write("secret/large/10-long-mixed-runs", "100 000 requests, 30 tenants plus a rare one",
          [call(f, tenants, 30)])


if __name__ == "__main__":
    main()
