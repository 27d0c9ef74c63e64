#!/usr/bin/env python3
"""Write the tests of cheapest-rack-cabling: `/usr/bin/python3 generators/generate.py`.

Every `expect` is computed by the Python reference in submissions/accepted/ and, on all but the
large test, cross-checked against the BFS-per-cable brute force; random cases are seeded, so
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

ROOT = Path(__file__).resolve().parent.parent


def load(kind: str, module: str):
    path = ROOT / "submissions" / kind / module
    spec = importlib.util.spec_from_file_location(f"{kind}_{path.stem}", path)
    loaded = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = loaded
    spec.loader.exec_module(loaded)
    return loaded


REFERENCE = load("accepted", "rack_cabling.py")
BRUTE = load("time_limit_exceeded", "bfs_per_cable.py")


def write(name: str, description: str, calls: list[dict]) -> None:
    """Write data/NAME.json compactly (one call per line)."""
    path = ROOT / "data" / f"{name}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    body = ",\n".join(json.dumps(c, separators=(",", ":")) for c in calls)
    path.write_text(f'{{"description": {json.dumps(description)},\n"calls": [\n{body}\n]}}\n')


def call(racks: int, cables: list[list[int]], check: bool = True) -> dict:
    result = REFERENCE.cheapest_cabling(racks, copy.deepcopy(cables))
    if check:
        assert result == BRUTE.cheapest_cabling(racks, copy.deepcopy(cables)), (racks, cables)
    return {"call": "cheapest_cabling", "args": [racks, cables], "expect": result}


def random_cables(rng: random.Random, racks: int, count: int, top: int, loops: bool = True) -> list[list[int]]:
    cables = []
    for _ in range(count):
        a, b = rng.randrange(racks), rng.randrange(racks)
        if a == b and not loops:
            continue
        cables.append([a, b, rng.randint(1, top)])
    return cables


def spanning_then_extra(rng: random.Random, racks: int, extra: int, top: int) -> list[list[int]]:
    """A random spanning tree plus `extra` random cables, shuffled: connected by construction."""
    order = list(range(racks))
    rng.shuffle(order)
    cables = [[order[i], order[rng.randrange(i)], rng.randint(1, top)] for i in range(1, racks)]
    cables += random_cables(rng, racks, extra, top)
    rng.shuffle(cables)
    return cables


def main() -> None:
    shutil.rmtree(ROOT / "data", ignore_errors=True)
    rng = random.Random(20261207)
    write("sample/1-example", "the statement's example",
          [call(5, [[0, 1, 4], [0, 2, 3], [1, 2, 1], [1, 3, 2], [2, 3, 4], [3, 4, 2], [2, 4, 5]])])
    write("secret/01-one-rack-or-no-cables", "a single rack needs nothing; several racks and no cables cannot connect",
          [call(1, []), call(1, [[0, 0, 7]]), call(2, []), call(3, []), call(2, [[0, 1, 9]])])
    write("secret/02-split-into-groups", "the cheapest forest exists but leaves several groups: -1",
          [call(4, [[0, 1, 5], [2, 3, 1]]),
           call(6, [[0, 1, 1], [1, 2, 1], [0, 2, 1], [3, 4, 2], [4, 5, 2]]),
           call(5, [[0, 1, 3], [1, 2, 3], [2, 3, 3], [3, 0, 3], [0, 2, 1], [1, 3, 1]]),
           call(3, [[0, 0, 1], [1, 1, 1], [2, 2, 1], [0, 1, 4]]),
           call(200, [[i, i + 1, 1000] for i in range(199) if i != 120])])
    write("secret/03-loops-and-parallel-cables", "self-loops, duplicate and parallel cables between the same racks",
          [call(2, [[0, 1, 9], [1, 0, 4], [0, 1, 4], [0, 0, 1], [1, 1, 1]]),
           call(3, [[0, 1, 5], [0, 1, 5], [1, 2, 5], [2, 1, 5], [0, 2, 5]]),
           call(4, [[2, 2, 1], [0, 1, 8], [1, 0, 2], [3, 2, 6], [2, 3, 7], [1, 2, 3], [2, 1, 3]])])
    write("secret/04-loop-deep-in-a-group", "a cable between two racks of one group whose direct parents differ",
          [call(4, [[0, 1, 1], [1, 2, 2], [2, 3, 3], [0, 3, 4], [1, 3, 5], [0, 2, 6]]),
           call(6, [[0, 1, 1], [2, 3, 1], [1, 3, 2], [4, 5, 2], [0, 2, 3], [3, 5, 4], [1, 4, 5], [0, 5, 6]]),
           call(5, [[1, 0, 1], [2, 1, 1], [3, 2, 1], [4, 3, 1], [4, 0, 2], [3, 0, 2], [2, 4, 2]])])
    write("secret/05-total-overflows-int", "totals beyond 2^31 - 1: the sum needs 64 bits",
          [call(3, [[0, 1, 1000000000], [1, 2, 1000000000], [0, 2, 1000000000]]),
           call(4, [[0, 1, 999999999], [1, 2, 1000000000], [2, 3, 1000000000]]),
           call(5000, spanning_then_extra(rng, 5000, 3000, 10**9))])
    write("secret/06-tied-costs", "every cable costs the same, or a few cost levels",
          [call(6, [[a, b, 7] for a in range(6) for b in range(a + 1, 6)]),
           call(30, spanning_then_extra(rng, 30, 60, 2)),
           call(40, spanning_then_extra(rng, 40, 100, 1))])
    calls = []
    for _ in range(60):
        racks = rng.randint(1, 12)
        calls.append(call(racks, random_cables(rng, racks, rng.randint(0, 25), rng.choice([3, 20, 10**9]))))
    for _ in range(40):
        racks = rng.randint(2, 15)
        calls.append(call(racks, spanning_then_extra(rng, racks, rng.randint(0, 20), rng.choice([5, 100]))))
    write("secret/07-random-small", "small random halls, connected or not", calls)
    calls = [call(1000, spanning_then_extra(rng, 1000, 4000, 10**6)),
             call(1500, random_cables(rng, 1500, 6000, 10**9)),
             call(800, spanning_then_extra(rng, 800, 3000, 10**9))]
    write("secret/08-random-medium", "medium halls over the full cost range", calls)
    # large: 21 000 racks on one cheap chain (cost 1, racks in random order) and 21 000 dearer
    # cables (cost 2-9) between racks near the two ends of the chain. Each dear cable closes a
    # loop: a BFS per cable walks the whole chain (21 000 x 21 000 steps); a union-find answers
    # each in near-constant time. One-digit costs keep the file small.
    racks, extra = 21000, 21000
    chain = list(range(racks))
    rng.shuffle(chain)
    cables = [[chain[i], chain[i + 1], 1] for i in range(racks - 1)]
    for _ in range(extra):
        cables.append([chain[rng.randrange(300)], chain[racks - 1 - rng.randrange(300)], rng.randint(2, 9)])
    rng.shuffle(cables)
    write("secret/large/1-data-hall", "21 000 racks, 42 000 cables", [call(racks, cables, check=False)])


if __name__ == "__main__":
    main()
