#!/usr/bin/env python3
"""Write the tests of ring-pipeline-start: `/usr/bin/python3 generators/generate.py`.

Every `expect` is computed by the Python reference in submissions/accepted/; random cases are
seeded, so running this again reproduces the same files.
"""

from __future__ import annotations

MODULE = "ring_start.py"

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
    f = "first_viable_start"
    write("sample/1-example", "the examples of the statement", [
        call(f, [1, 2, 3, 4, 5], [3, 4, 5, 1, 2]),
        call(f, [2, 3, 4], [3, 4, 3]),
    ])
    write("secret/01-one-worker", "a ring of one", [
        call(f, [5], [5]), call(f, [5], [6]), call(f, [0], [0]), call(f, [10**9], [0]),
    ])
    write("secret/02-impossible", "the spends exceed the grants: no start, even if a stretch looks fine", [
        call(f, [5, 0, 0], [1, 1, 4]), call(f, [0, 0, 9], [3, 3, 4]), call(f, [1, 1, 1, 1], [1, 1, 1, 2]),
        call(f, [3, 0], [0, 4]),
    ])
    write("secret/03-budget-hits-zero", "budgets of exactly zero are allowed", [
        call(f, [1, 1], [1, 1]), call(f, [0, 0, 0], [0, 0, 0]), call(f, [2, 0, 1], [1, 1, 1]),
        call(f, [0, 3, 0], [1, 1, 1]),
    ])
    write("secret/04-several-viable", "more than one start works: the smallest", [
        call(f, [3, 3, 3], [1, 1, 1]), call(f, [0, 5, 5, 0], [1, 1, 1, 1]), call(f, [4, 0, 4, 0], [2, 2, 2, 2]),
    ])
    big = 10**9
    write("secret/05-budget-overflows-int", "budgets past 2^31 - 1", [
        call(f, [big] * 5 + [0], [0] * 5 + [big]),
        call(f, [big, big, big, 0, 0], [0, 0, 0, big, big]),
        call(f, [0, big, big, big], [big, 0, 0, 0]),
        call(f, [big, big, big, 0, 0, 0, 0], [0, 0, 0, big, big, big, big]),
    ])
    rng = random.Random(1403)
    calls = []
    for _ in range(80):
        n = rng.randint(1, 12)
        grant = [rng.randint(0, 10) for _ in range(n)]
        spend = [rng.randint(0, 10) for _ in range(n)]
        if rng.random() < 0.6 and sum(spend) > sum(grant):
            grant[rng.randrange(n)] += sum(spend) - sum(grant) + rng.randint(0, 1)
        calls.append(call(f, grant, spend))
    write("secret/06-random-small", "random short rings", calls)
    calls = []
    for _ in range(3):
        n = 5000
        grant = [rng.randint(0, big) for _ in range(n)]
        spend = [rng.randint(0, big) for _ in range(n)]
        d = sum(spend) - sum(grant)
        if d > 0:
            spend[rng.randrange(n)] = 0
            while sum(spend) > sum(grant):
                spend[rng.randrange(n)] //= 2
        calls.append(call(f, grant, spend))
    write("secret/07-random-medium", "random rings of 5 000 workers", calls)
    # large: every start before n - 1 survives until the deficit at n - 2, so simulating every
    # start is ~n^2 / 2 = 5 * 10^9 hops
    n = 100000
    spend = [rng.randint(1, 9) for _ in range(n)]
    grant = [s + rng.randint(0, 1) for s in spend]
    grant[n - 2], spend[n - 2] = 0, big
    grant[n - 1], spend[n - 1] = big, 0
    write("secret/large/08-deficit-near-the-end", "100 000 workers, one deep deficit", [call(f, grant, spend)])


if __name__ == "__main__":
    main()
