#!/usr/bin/env python3
"""Write the tests of min-machines-for-jobs: `/usr/bin/python3 generators/generate.py`.

Every `expect` is computed by the Python reference in submissions/accepted/; on the small tests it
is cross-checked against a brute force (peak overlap by pairs, the assignment rule by scanning);
random cases are seeded, so running this again reproduces the same files.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import random
import shutil
import sys
from pathlib import Path


MODULE = "machines.py"
ROOT = Path(__file__).resolve().parent.parent
EPOCH = 1_767_225_600_000  # 2026-01-01 in milliseconds


def load_reference():
    path = ROOT / "submissions" / "accepted" / MODULE
    spec = importlib.util.spec_from_file_location("reference", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


REFERENCE = load_reference()


def brute_count(starts, durations):
    return max((sum(1 for s, d in zip(starts, durations) if s <= t < s + d) for t in starts), default=0)


def brute_assign(starts, durations):
    free_at: list[int] = []
    machine = [0] * len(starts)
    for i in sorted(range(len(starts)), key=lambda j: (starts[j], j)):
        m = next((k for k, f in enumerate(free_at) if f <= starts[i]), len(free_at))
        if m == len(free_at):
            free_at.append(0)
        free_at[m] = starts[i] + durations[i]
        machine[i] = m
    return machine


def both(starts, durations, brute: bool = True) -> list[dict]:
    """A min_machines call and an assign_machines call on the same plan."""
    count = REFERENCE.min_machines(copy.copy(starts), copy.copy(durations))
    machine = REFERENCE.assign_machines(copy.copy(starts), copy.copy(durations))
    assert count == max(machine, default=-1) + 1, (starts, durations)
    if brute:
        assert count == brute_count(starts, durations) and machine == brute_assign(starts, durations)
    return [{"call": "min_machines", "args": [starts, durations], "expect": count},
            {"call": "assign_machines", "args": [starts, durations], "expect": machine}]


def write(name: str, description: str, calls: list[dict]) -> None:
    """Write data/NAME.json compactly (one call per line)."""
    path = ROOT / "data" / f"{name}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    body = ",\n".join(json.dumps(c, separators=(",", ":")) for c in calls)
    path.write_text(f'{{"description": {json.dumps(description)},\n"calls": [\n{body}\n]}}\n')


def plan(rng: random.Random, n: int, horizon: int, longest: int) -> tuple[list[int], list[int]]:
    return [rng.randint(0, horizon) for _ in range(n)], [rng.randint(1, longest) for _ in range(n)]


def main() -> None:
    shutil.rmtree(ROOT / "data", ignore_errors=True)
    rng = random.Random(253)
    write("sample/1-example", "the statement's example", both([0, 10, 5, 40], [12, 10, 20, 15]))
    write("secret/01-empty-and-single", "no jobs, one job",
          both([], []) + both([7], [1]) + both([10_000_000_000_000], [1_000_000_000]))
    write("secret/02-back-to-back-jobs", "a job ending at t frees its machine for a job starting at t",
          both([0, 5, 10, 15], [5, 5, 5, 5]) + both([3, 0], [4, 3]) + both([0, 0, 10, 10], [10, 10, 5, 5]))
    write("secret/03-identical-jobs", "the same interval many times",
          both([4] * 6, [3] * 6) + both([0, 0, 1], [2, 2, 1]))
    write("secret/04-lowest-free-machine-number", "the free machine with the smallest number, not the first one freed",
          both([0, 1, 10], [8, 3, 5]) + both([0, 2, 4, 20, 21], [15, 3, 5, 4, 4]))
    write("secret/05-equal-starts-keep-queue-order", "jobs starting together are placed in input order",
          both([0, 0, 0], [9, 2, 5]) + both([5, 0, 5, 5], [1, 5, 3, 2]) + both([1, 1, 4, 4], [3, 3, 7, 1]))
    # Starts spread over a year in ms: differences pass 2^31, so an int-cast comparator misorders.
    calls = []
    for _ in range(4):
        starts = [EPOCH + rng.randint(0, 365 * 86_400_000) for _ in range(20)]
        durations = [rng.randint(1, 60 * 86_400_000) for _ in range(20)]
        calls += both(starts, durations)
    write("secret/06-epoch-millisecond-times", "a year of jobs in milliseconds since the epoch", calls)
    write("secret/07-statement-rules", "the statement's rules together: touching ends, ties, lowest number",
          both([0, 10, 5, 30, 30], [30, 10, 20, 15, 5]))
    write("secret/08-nested-and-unsorted", "long jobs holding short ones, given out of order",
          both([50, 0, 10, 20, 30, 60], [5, 100, 80, 10, 10, 35]))
    calls = []
    for _ in range(30):
        calls += both(*plan(rng, rng.randint(1, 12), 30, 12))
    write("secret/09-random-small", "small random plans", calls)
    calls = []
    for _ in range(6):
        calls += both(*plan(rng, 400, 20_000, 1_500))
    write("secret/10-random-medium", "medium random plans", calls)
    # large: the brute force counts the jobs running at every start, 70 000^2 = 4.9 * 10^9 checks.
    starts, durations = plan(rng, 70_000, 99_999, 999)
    write("secret/large/1-count-busy-day", "70 000 jobs: the machine count",
          [{"call": "min_machines", "args": [starts, durations], "expect": REFERENCE.min_machines(starts, durations)}])
    starts, durations = plan(rng, 22_000, 99_999, 9_999)
    write("secret/large/2-assign-busy-day", "22 000 jobs: count and assignment", both(starts, durations, brute=False))


if __name__ == "__main__":
    main()
