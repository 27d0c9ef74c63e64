#!/usr/bin/env python3
"""Write the tests of fewest-job-cancellations: `/usr/bin/python3 generators/generate.py`.

Every `expect` is computed by the Python reference in submissions/accepted/ and cross-checked:
against every subset of the jobs for up to 12 jobs, and against the O(n^2) DP on all but the large
test. Random cases are seeded, so running this again reproduces the same files.
"""

from __future__ import annotations

import copy
import importlib.util
import itertools
import json
import random
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DAY = 86_400_000  # milliseconds
EPOCH_2026 = 1_767_225_600_000  # 2026-01-01T00:00:00Z in epoch milliseconds


def load(kind: str, module: str):
    path = ROOT / "submissions" / kind / module
    spec = importlib.util.spec_from_file_location(f"{kind}_{path.stem}", path)
    loaded = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = loaded
    spec.loader.exec_module(loaded)
    return loaded


REFERENCE = load("accepted", "job_cancellations.py")
DP = load("time_limit_exceeded", "pairwise_dp.py")


def write(name: str, description: str, calls: list[dict]) -> None:
    """Write data/NAME.json compactly (one call per line)."""
    path = ROOT / "data" / f"{name}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    body = ",\n".join(json.dumps(c, separators=(",", ":")) for c in calls)
    path.write_text(f'{{"description": {json.dumps(description)},\n"calls": [\n{body}\n]}}\n')


def every_subset(jobs: list[list[int]]) -> int:
    """The fewest cancellations by trying every set of kept jobs, largest first."""
    for size in range(len(jobs), 0, -1):
        for kept in itertools.combinations(sorted(jobs), size):
            if all(a[1] <= b[0] for a, b in zip(kept, kept[1:])):
                return len(jobs) - size
    return 0


def call(jobs: list[list[int]], check: bool = True) -> dict:
    result = REFERENCE.fewest_cancellations(copy.deepcopy(jobs))
    if check:
        assert result == DP.fewest_cancellations(copy.deepcopy(jobs)), jobs
        if len(jobs) <= 12:
            assert result == every_subset(jobs), jobs
    return {"call": "fewest_cancellations", "args": [jobs], "expect": result}


def random_jobs(rng: random.Random, n: int, horizon: int, longest: int, base: int = 0) -> list[list[int]]:
    jobs = []
    for _ in range(n):
        start = base + rng.randrange(horizon)
        jobs.append([start, start + rng.randint(1, longest)])
    return jobs


def main() -> None:
    shutil.rmtree(ROOT / "data", ignore_errors=True)
    rng = random.Random(4471)
    write("sample/1-example", "the statement's example",
          [call([[1, 3], [2, 5], [4, 6], [7, 9], [8, 10], [5, 12]])])
    write("secret/01-no-jobs-or-one", "an empty calendar, or a single job",
          [call([]), call([[5, 9]]), call([[0, 1]]), call([[0, 4000000000000]])])
    write("secret/02-touching-jobs", "a job may start the millisecond the previous one ends",
          [call([[1, 2], [2, 3], [3, 4]]), call([[0, 5], [5, 10], [10, 15], [3, 7]]),
           call([[10, 20], [0, 10], [20, 30], [30, 40], [15, 25]]),
           call([[EPOCH_2026, EPOCH_2026 + DAY], [EPOCH_2026 + DAY, EPOCH_2026 + 2 * DAY]])])
    write("secret/03-long-job-starts-first", "the earliest job to start spans many short ones",
          [call([[0, 100], [1, 2], [2, 3], [3, 4]]), call([[0, 50], [10, 20], [20, 30], [30, 40], [45, 60]]),
           call([[1, 10], [2, 3], [4, 5], [6, 7], [8, 9], [9, 12], [11, 13]])])
    write("secret/04-identical-and-nested-jobs", "duplicate jobs and jobs inside one another",
          [call([[1, 5], [1, 5], [1, 5], [1, 5]]), call([[0, 10], [1, 9], [2, 8], [3, 7], [4, 6]]),
           call([[3, 4], [3, 4], [4, 5], [4, 5], [0, 3]]), call([[7, 8]] * 30)])
    calls = [call([[EPOCH_2026, EPOCH_2026 + 40 * DAY], [EPOCH_2026 + 39 * DAY, EPOCH_2026 + 41 * DAY],
                   [EPOCH_2026 + 41 * DAY, EPOCH_2026 + 90 * DAY], [EPOCH_2026 + 50 * DAY, EPOCH_2026 + 51 * DAY]])]
    for _ in range(6):
        calls.append(call(random_jobs(rng, 60, 365 * DAY, 60 * DAY, EPOCH_2026)))
    calls.append(call(random_jobs(rng, 400, 2 * 365 * DAY, 90 * DAY, 3_000_000_000_000)))
    write("secret/05-epoch-milliseconds", "real epoch-millisecond times, ends weeks apart: beyond 32 bits", calls)
    write("secret/06-extreme-times", "the smallest and largest times allowed",
          [call([[0, 1], [0, 4000000000000], [3999999999999, 4000000000000]]),
           call([[0, 2147483648], [2147483647, 2147483649], [2147483648, 4294967296], [1, 2]])])
    calls = []
    for _ in range(150):
        calls.append(call(random_jobs(rng, rng.randint(0, 12), rng.choice([10, 30, 100]), rng.choice([3, 10, 40]))))
    write("secret/07-random-small", "small random calendars, checked against every subset", calls)
    calls = [call(random_jobs(rng, 2000, 10**6, 5000)), call(random_jobs(rng, 1500, 10**5, 10**4)),
             call(random_jobs(rng, 1000, 365 * DAY, 20 * DAY, EPOCH_2026))]
    write("secret/08-random-medium", "medium calendars", calls)
    # large: 48 000 jobs with five-digit times (the file stays under 700 KB): 1.15 * 10^9 pairs for
    # the O(n^2) DP, one sort for the greedy.
    write("secret/large/1-busy-quarter", "48 000 jobs",
          [call(random_jobs(rng, 48000, 90000, 9000), check=False)])


if __name__ == "__main__":
    main()
