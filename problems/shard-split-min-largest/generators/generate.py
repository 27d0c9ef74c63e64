#!/usr/bin/env python3
"""Write the tests of shard-split-min-largest: `/usr/bin/python3 generators/generate.py`.

Every `expect` is computed by the Python reference in submissions/accepted/ and, on the small
tests, cross-checked against a dynamic program over every split; random cases are seeded, so
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


MODULE = "shard_split.py"
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


def every_cut(sizes, groups):
    n = len(sizes)
    prefix = [0]
    for s in sizes:
        prefix.append(prefix[-1] + s)
    best = prefix[:]  # one group over the first i shards
    for g in range(2, groups + 1):
        best = [None] * g + [min(max(best[c], prefix[i] - prefix[c]) for c in range(g - 1, i)) for i in range(g, n + 1)]
    return best[n]


def call(sizes: list[int], groups: int, check: bool = True) -> dict:
    result = REFERENCE.min_largest_group(copy.deepcopy(sizes), groups)
    if check:
        assert result == every_cut(sizes, groups), (sizes, groups)
    return {"call": "min_largest_group", "args": [sizes, groups], "expect": result}


def main() -> None:
    shutil.rmtree(ROOT / "data", ignore_errors=True)
    rng = random.Random(31337)
    write("sample/1-example", "the statement's examples", [call([7, 2, 5, 10, 8], 2), call([1, 2, 3, 4, 5], 5)])
    write("secret/01-one-shard-and-one-group", "a single shard, a single group, one group per shard",
          [call([5], 1), call([0], 1), call([4, 1, 6], 1), call([4, 1, 6], 3), call([9, 9, 9, 9], 4)])
    write("secret/02-one-huge-shard", "one shard larger than the rest together decides the answer",
          [call([1, 100], 2), call([1, 2, 1000, 3, 4], 3), call([1, 1, 1, 1, 50], 2), call([60, 1, 1, 1, 1, 1], 4)])
    write("secret/03-totals-beyond-int", "group totals pass 2^31 - 1",
          [call([10**9] * 6, 2), call([10**9] * 5, 1), call([10**9, 10**9, 10**9, 1, 10**9], 2),
           call([2 * 10**8 + i for i in range(40)], 3)])
    write("secret/04-exact-boundaries", "answers where the search must keep a feasible midpoint as its upper end",
          [call([1, 2, 3, 4, 5, 6, 7, 8, 9], 3), call([2, 3, 1, 2, 4, 3], 5), call([1, 4, 4], 3), call([5, 5, 5, 5], 2),
           call([3, 1, 1, 1, 1, 3], 3), call([1, 3, 2], 2), call([7, 6, 4], 2), call([2, 6, 5], 2)])
    write("secret/05-zero-sizes", "empty shards", [call([0, 0, 0], 2), call([0, 5, 0, 0, 5, 0], 2), call([0, 0, 7], 3)])
    calls = []
    for _ in range(60):
        n = rng.randint(1, 12)
        calls.append(call([rng.randint(0, 20) for _ in range(n)], rng.randint(1, n)))
    write("secret/06-random-small", "small random inputs", calls)
    calls = []
    for _ in range(4):
        n = rng.randint(100, 300)
        calls.append(call([rng.randint(0, 10**9) for _ in range(n)], rng.randint(1, 30)))
    write("secret/07-random-medium", "a few hundred shards over the full size range", calls)
    # large: 50 000 shards, 40 servers. The DP over every cut is 40 * 50 000^2 / 2 = 5 * 10^10
    # steps; the binary search does ~10 greedy passes.
    sizes = [rng.randint(1, 999) if rng.random() < 0.98 else rng.randint(1000, 9999) for _ in range(50000)]
    write("secret/large/1-fifty-thousand-shards", "50 000 shards onto 40 servers", [call(sizes, 40, check=False)])


if __name__ == "__main__":
    main()
