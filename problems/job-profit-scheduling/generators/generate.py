#!/usr/bin/env python3
"""Write the tests of job-profit-scheduling: `/usr/bin/python3 generators/generate.py`.

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

MODULE = "job_profit.py"
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


def jobs(s: list[int], e: list[int], p: list[int]) -> tuple[list[int], list[int], list[int]]:
    return s, e, p


def random_jobs(rng: random.Random, n: int, horizon: int, longest: int,
                top_profit: int) -> tuple[list[int], list[int], list[int]]:
    starts, ends, profits = [], [], []
    for _ in range(n):
        s = rng.randrange(horizon)
        starts.append(s)
        ends.append(s + rng.randint(1, longest))
        profits.append(rng.randint(1, top_profit))
    return starts, ends, profits


def main() -> None:
    clean()
    f = "max_batch_profit"
    rng = random.Random(2008)
    write("sample/1-example", "the statement's example", [
        call(f, [1, 2, 4, 6, 5], [4, 6, 7, 9, 8], [20, 30, 25, 40, 10]),
    ])
    write("secret/01-no-jobs-and-one-job", "empty input, a single job", [
        call(f, [], [], []), call(f, [0], [1000000000], [1000000000]), call(f, [5], [6], [1]),
    ])
    write("secret/02-back-to-back-windows", "jobs that only touch can all run", [
        call(f, [0, 10, 20, 30], [10, 20, 30, 40], [5, 5, 5, 5]),
        call(f, [0, 3, 3], [3, 6, 9], [10, 10, 15]),
        call(f, [7, 0, 4], [9, 4, 7], [1, 1, 1]),
    ])
    write("secret/03-richest-first-greedy-fails", "the most profitable job blocks two that beat it", [
        call(f, [0, 0, 5], [10, 5, 10], [100, 60, 60]),
        call(f, [0, 1, 3, 5], [8, 3, 5, 7], [50, 20, 20, 20]),
    ])
    write("secret/04-earliest-finish-greedy-fails", "the most jobs is not the most profit", [
        call(f, [0, 1, 2], [2, 3, 100], [1, 1, 500]),
        call(f, [0, 2, 1], [2, 4, 5], [1, 1, 10]),
    ])
    write("secret/05-same-windows-conflict", "identical windows: only one of them runs", [
        call(f, [3, 3, 3], [8, 8, 8], [7, 9, 4]),
        call(f, [0, 0, 5, 5], [5, 5, 9, 9], [2, 3, 3, 2]),
    ])
    many = 3000
    write("secret/06-totals-overflow-int", "totals beyond 2^31 - 1: a 32-bit total wraps", [
        call(f, [0, 10, 20], [10, 20, 30], [1000000000, 1000000000, 1000000000]),
        call(f, list(range(0, many * 10, 10)), list(range(10, many * 10 + 10, 10)),
             [1000000000 - i for i in range(many)]),
        call(f, *random_jobs(rng, 2000, 10 ** 9 - 10 ** 6, 10 ** 6, 10 ** 9)),
    ])
    calls = [call(f, *random_jobs(rng, rng.randint(1, 9), 20, 8, 30)) for _ in range(60)]
    write("secret/07-random-small", "small random job lists", calls)
    calls = [call(f, *random_jobs(rng, 1500, horizon, 40, 1000)) for horizon in (200, 5000, 100000)]
    write("secret/08-random-medium", "1 500 jobs, dense to sparse", calls)
    write("secret/large/1-thirty-two-thousand-jobs", "32 000 jobs over a million time units", [
        call(f, *random_jobs(rng, 32000, 1000000, 2000, 999)),
    ])


if __name__ == "__main__":
    main()
