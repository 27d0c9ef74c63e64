#!/usr/bin/env python3
"""Write the tests of rack-failure-incidents: `/usr/bin/python3 generators/generate.py`.

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


MODULE = "incidents.py"
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


def events(rng: random.Random, rows: int, cols: int, k: int) -> list[list[int]]:
    return [[rng.randrange(rows), rng.randrange(cols)] for _ in range(k)]


def main() -> None:
    clean()
    f = "incidents_after_each_failure"
    rng = random.Random(40000)
    write("sample/1-example", "the statement's example", [
        call(f, 3, 3, [[0, 0], [0, 2], [1, 1], [0, 1], [0, 1], [2, 2]]),
    ])
    write("secret/01-no-events-one-rack", "no events; a 1 x 1 floor", [
        call(f, 4, 4, []), call(f, 1, 1, [[0, 0], [0, 0]]),
    ])
    write("secret/02-repeated-reports", "a failing rack reported again changes nothing", [
        call(f, 2, 3, [[0, 0], [0, 1], [0, 0], [0, 1], [1, 2], [1, 2]]),
        call(f, 1, 5, [[0, 0], [0, 2], [0, 2], [0, 1], [0, 1]]),
    ])
    write("secret/03-closing-a-ring", "the last rack of a ring touches one group from two sides", [
        call(f, 3, 3, [[0, 0], [0, 1], [0, 2], [1, 2], [2, 2], [2, 1], [2, 0], [1, 0]]),
        call(f, 2, 2, [[0, 0], [0, 1], [1, 0], [1, 1]]),
    ])
    write("secret/04-diagonals-and-edges", "corner contact and the floor's borders", [
        call(f, 3, 4, [[0, 0], [1, 1], [2, 2], [0, 3], [2, 0], [1, 0], [0, 1]]),
    ])
    calls = [call(f, r, c, events(rng, r, c, rng.randint(1, r * c + 5)))
             for r, c in [(rng.randint(1, 8), rng.randint(1, 8)) for _ in range(25)]]
    write("secret/05-random-small", "small floors, random events with repeats", calls)
    write("secret/06-random-medium", "a 60 x 60 floor filling up", [call(f, 60, 60, events(rng, 60, 60, 4000))])
    write("secret/large/1-forty-thousand", "40 000 events on a 300 x 300 floor", [
        call(f, 300, 300, events(rng, 300, 300, 40000)),
    ])


if __name__ == "__main__":
    main()
