#!/usr/bin/env python3
"""Write the tests of interleave-tenant-jobs: `/usr/bin/python3 generators/generate.py`.

Every `expect` is computed by the Python reference in submissions/accepted/; on all but the large
test it is cross-checked against a step-by-step scan of every tenant, and every answer is checked
to be a permutation with no tenant twice in a row (or [] exactly when a tenant has more than
ceil(n / 2) jobs). Random cases are seeded, so running this again reproduces the same files.
"""

from __future__ import annotations

import importlib.util
import json
import random
import shutil
import sys
from collections import Counter
from pathlib import Path

MODULE = "interleave_jobs.py"
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


def brute(tenants: list[str]) -> list[int]:
    n = len(tenants)
    if n and max(Counter(tenants).values()) > (n + 1) // 2:
        return []
    left = {t: [i for i in range(n) if tenants[i] == t] for t in tenants}
    order, last = [], None
    for _ in range(n):
        best = max((t for t in left if t != last and left[t]), key=lambda t: (len(left[t]), -left[t][0]))
        order.append(left[best].pop(0))
        last = best
    return order


def call(tenants: list[str], check: bool = True) -> dict:
    result = REFERENCE.interleave_jobs(list(tenants))
    n = len(tenants)
    if result:
        assert sorted(result) == list(range(n))
        assert all(tenants[a] != tenants[b] for a, b in zip(result, result[1:]))
    else:
        assert n == 0 or max(Counter(tenants).values()) > (n + 1) // 2
    if check:
        assert result == brute(tenants), tenants
    return {"call": "interleave_jobs", "args": [tenants], "expect": result}


def main() -> None:
    shutil.rmtree(ROOT / "data", ignore_errors=True)
    rng = random.Random(6029)
    write("sample/1-example", "the statement's example",
          [call(["acme", "acme", "bolt", "acme", "bolt", "cove"])])
    write("secret/01-empty-and-single", "no jobs, one job, one tenant",
          [call([]), call(["solo"]), call(["solo", "solo"]), call(["solo"] * 5)])
    write("secret/02-impossible", "one tenant with more than ceil(n / 2) jobs",
          [call(["a", "a", "b"] + ["a"]), call(["x", "y", "x", "x", "z", "x", "x"]),
           call(["big"] * 51 + ["t" + str(i) for i in range(49)])])
    write("secret/03-barely-possible", "a tenant with exactly ceil(n / 2) jobs, n odd: it takes every other slot",
          [call(["a", "b", "a"]), call(["b", "a", "a"]), call(["x", "x", "x", "y", "z"]),
           call(["big"] * 50 + ["t" + str(i % 7) for i in range(49)])])
    write("secret/04-busiest-tenant-first", "the tenant with most jobs left must lead, not the earliest job",
          [call(["a", "b", "c", "c", "c"]), call(["p", "q", "r", "s", "r", "r", "r"]),
           call(["u", "v", "w", "w", "v", "w"])])
    write("secret/05-ties-by-submission-not-name", "tied tenants go by their earliest remaining job, not by name",
          [call(["zeta", "alpha"]), call(["zulu", "mike", "alpha", "zulu", "mike", "alpha"]),
           call(["b", "a", "a", "b", "c", "c"]), call(["tenant-9", "tenant-10", "tenant-1"])])
    calls = []
    for _ in range(80):
        names = [chr(ord("a") + k) for k in range(rng.randint(1, 4))]
        calls.append(call([rng.choice(names) for _ in range(rng.randint(1, 9))]))
    write("secret/06-random-small", "small batches from up to four tenants", calls)
    calls = []
    for _ in range(3):
        t = rng.randint(20, 300)
        weights = [rng.random() ** 3 for _ in range(t)]
        calls.append(call(rng.choices([f"t{i}" for i in range(t)], weights, k=rng.randint(1000, 2500))))
    write("secret/07-random-medium", "thousands of jobs, skewed tenants", calls)
    # large: 40 000 jobs from 4 000 tenants, one of them with 16 000 jobs: the scan over every
    # tenant at every step is 1.6 * 10^8 tenant visits; the heap needs 40 000 pops.
    jobs = ["t0"] * 16000 + [f"t{rng.randint(1, 3999)}" for _ in range(24000)]
    rng.shuffle(jobs)
    write("secret/large/1-busy-batch", "40 000 jobs, 4 000 tenants", [call(jobs, check=False)])


if __name__ == "__main__":
    main()
