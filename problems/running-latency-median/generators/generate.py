#!/usr/bin/env python3
"""Write the tests of running-latency-median: `/usr/bin/python3 generators/generate.py`.

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


MODULE = "running_median.py"
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


def main() -> None:
    clean()
    f = "running_medians"
    rng = random.Random(95)
    write("sample/1-example", "the statement's example", [call(f, [120, 80, 95, 300, 60, 95])])
    write("secret/01-empty-and-single", "no measurements, one measurement", [
        call(f, []), call(f, [0]), call(f, [1000000000]),
    ])
    write("secret/02-even-counts-take-the-lower", "two measurements: the smaller one", [
        call(f, [10, 20]), call(f, [20, 10]), call(f, [7, 9, 1, 3]),
    ])
    write("secret/03-duplicates", "repeated latencies", [
        call(f, [5, 5, 1]), call(f, [3, 3, 3, 3, 3]), call(f, [1, 2, 1, 2, 1, 2]),
    ])
    write("secret/04-sorted-streams", "increasing and decreasing streams unbalance naive heaps", [
        call(f, list(range(1, 30))), call(f, list(range(30, 0, -1))),
        call(f, [1, 100, 2, 99, 3, 98, 4, 97]),
    ])
    write("secret/05-extremes", "zero and 10^9 together", [
        call(f, [1000000000, 0, 1000000000, 0, 999999999]),
    ])
    calls = [call(f, [rng.randint(0, 50) for _ in range(rng.randint(1, 30))]) for _ in range(30)]
    write("secret/06-random-small", "short random streams", calls)
    calls = [call(f, [rng.randint(0, 10**9) for _ in range(2000)]) for _ in range(3)]
    write("secret/07-random-medium", "2 000 measurements up to 10^9", calls)
    stream = [int(rng.lognormvariate(4.5, 0.6)) % 1000 for _ in range(60000)]
    write("secret/large/1-sixty-thousand", "60 000 skewed latencies", [call(f, stream)])


if __name__ == "__main__":
    main()
