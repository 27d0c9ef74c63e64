#!/usr/bin/env python3
"""Write the tests of pipeline-makespan: `/usr/bin/python3 generators/generate.py`.

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


MODULE = "pipeline.py"
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


def random_dag(rng: random.Random, n: int, m: int, max_duration: int) -> tuple[list, list]:
    order = list(range(n))
    rng.shuffle(order)
    edges = []
    for _ in range(m if n > 1 else 0):
        i, j = sorted(rng.sample(range(n), 2))
        edges.append([order[i], order[j]])
    return [rng.randint(1, max_duration) for _ in range(n)], edges


def main() -> None:
    clean()
    f = "pipeline_makespan"
    rng = random.Random(2026)
    write("sample/1-example", "the statement's examples", [
        call(f, [3, 2, 4, 1], [[0, 2], [1, 2], [2, 3]]),
        call(f, [5, 5], [[0, 1], [1, 0]]),
    ])
    write("secret/01-empty-and-single", "no jobs, one job", [
        call(f, [], []), call(f, [7], []), call(f, [1000000000], []),
    ])
    write("secret/02-independent-jobs", "no dependencies: the longest job decides", [
        call(f, [4, 9, 2, 9, 1], []),
        call(f, [1] * 50, []),
    ])
    write("secret/03-cycles", "a cycle anywhere, a self-dependency, a cycle beside a fine chain", [
        call(f, [1, 1, 1], [[0, 1], [1, 2], [2, 0]]),
        call(f, [3], [[0, 0]]),
        call(f, [2, 2, 2, 2, 2], [[0, 1], [1, 2], [3, 4], [4, 3]]),
        call(f, [1, 2, 3, 4], [[0, 1], [1, 2], [2, 3], [3, 1]]),
    ])
    write("secret/04-parallel-not-sequential", "branches run side by side", [
        call(f, [1, 10, 10, 10, 1], [[0, 1], [0, 2], [0, 3], [1, 4], [2, 4], [3, 4]]),
        call(f, [5, 1, 1, 1, 1], [[1, 2], [2, 3]]),
        call(f, [2, 3, 4], [[0, 2], [1, 2]]),
    ])
    write("secret/05-duplicate-dependencies", "the same pair listed several times", [
        call(f, [2, 3], [[0, 1], [0, 1], [0, 1]]),
        call(f, [1, 1, 1], [[0, 2], [1, 2], [0, 2], [1, 2]]),
    ])
    chain = list(range(10))
    write("secret/06-overflow-long-chain", "a chain of ten jobs of 10^9: 10^10 overflows an int", [
        call(f, [1000000000] * 10, [[i, i + 1] for i in chain[:-1]]),
        call(f, [1000000000, 1000000000, 1000000000], [[0, 1], [1, 2]]),
    ])
    calls = []
    for _ in range(25):
        n = rng.randint(2, 12)
        durations, edges = random_dag(rng, n, rng.randint(0, 2 * n), 20)
        if rng.random() < 0.3:  # sometimes add a back edge that may close a cycle
            edges.append([rng.randrange(n), rng.randrange(n)])
        calls.append(call(f, durations, edges))
    write("secret/07-random-small", "small random pipelines, some with cycles", calls)
    calls = []
    for _ in range(4):
        durations, edges = random_dag(rng, 500, 1500, 10**9)
        calls.append(call(f, durations, edges))
    write("secret/08-random-medium", "500 jobs, 1 500 dependencies, long durations", calls)
    # large 1: 40 layers of two jobs, every job depends on both jobs of the layer before:
    # 2^40 paths, so a recursion without memo never finishes
    layers = 40
    durations = [rng.randint(1, 100) for _ in range(2 * layers)]
    edges = [[2 * i + x, 2 * (i + 1) + y] for i in range(layers - 1) for x in (0, 1) for y in (0, 1)]
    write("secret/large/1-layered-exponential", "2^40 paths through 80 jobs", [
        call(f, durations, edges),
    ])
    # large 2: a chain through all 30 000 jobs in random order plus 15 000 forward edges
    n = 30000
    order = list(range(n))
    rng.shuffle(order)
    edges = [[order[i], order[i + 1]] for i in range(n - 1)]
    for _ in range(15000):
        i, j = sorted(rng.sample(range(n), 2))
        edges.append([order[i], order[j]])
    rng.shuffle(edges)
    durations = [rng.randint(1, 99) for _ in range(n)]
    write("secret/large/2-long-chain", "30 000 jobs on one chain plus 15 000 shortcuts", [
        call(f, durations, edges),
    ])


if __name__ == "__main__":
    main()
