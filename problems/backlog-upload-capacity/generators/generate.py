#!/usr/bin/env python3
"""Write the tests of backlog-upload-capacity: `/usr/bin/python3 generators/generate.py`.

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

MODULE = "upload_capacity.py"
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
    f = "min_daily_capacity"
    write("sample/1-example", "the example of the statement", [
        call(f, [4, 8, 3, 5, 2, 7], 3),
        call(f, [4, 8, 3, 5, 2, 7], 2),
    ])
    write("secret/01-one-shard", "a backlog of one shard", [
        call(f, [7], 1), call(f, [7], 5), call(f, [1000000000], 1),
    ])
    write("secret/02-days-at-least-shards", "a day per shard or more: the largest shard", [
        call(f, [3, 9, 2], 3), call(f, [3, 9, 2], 100), call(f, [5, 5, 5, 5], 4),
    ])
    write("secret/03-one-day", "days = 1: the total", [
        call(f, [3, 9, 2], 1), call(f, [1] * 50, 1),
    ])
    write("secret/04-quota-below-largest-shard", "the largest shard decides", [
        call(f, [1, 1, 1, 100, 1, 1], 4), call(f, [50, 1, 1, 1], 2), call(f, [2, 2, 2, 30], 3),
    ])
    write("secret/05-exact-boundaries", "answers where one less needs one more day", [
        call(f, [6, 2, 9, 4, 1, 3, 8], 3), call(f, [5, 5, 5, 5, 5, 5], 3),
        call(f, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5), call(f, [10, 1, 10, 1, 10], 2),
    ])
    write("secret/06-total-overflows-int", "gigabyte shards: the total passes 2^31", [
        call(f, [1000000000] * 10, 1), call(f, [1000000000, 999999999, 1000000000], 2),
        call(f, [1000000000] * 9 + [1], 3),
    ])
    rng = random.Random(1406)
    calls = []
    for _ in range(40):
        sizes = [rng.randint(1, 20) for _ in range(rng.randint(1, 30))]
        calls.append(call(f, sizes, rng.randint(1, len(sizes) + 2)))
    write("secret/07-random-small", "random short backlogs", calls)
    calls = []
    for _ in range(4):
        sizes = [rng.randint(1, 10**9) for _ in range(rng.randint(2000, 5000))]
        calls.append(call(f, sizes, rng.randint(1, 200)))
    write("secret/08-random-medium", "random backlogs of a few thousand shards", calls)
    # large: 50 000 small shards in 7 days: the answer is ~350 000 above the largest shard, so
    # trying every quota takes ~2 * 10^10 steps while the search needs ~22 passes
    sizes = [rng.randint(1, 99) for _ in range(50000)]
    write("secret/large/09-many-shards-few-days", "50 000 shards, 7 days", [call(f, sizes, 7)])


if __name__ == "__main__":
    main()
