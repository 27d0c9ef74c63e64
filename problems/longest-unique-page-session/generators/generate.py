#!/usr/bin/env python3
"""Write the tests of longest-unique-page-session: `/usr/bin/python3 generators/generate.py`.

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

MODULE = "page_sessions.py"
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
    f = "longest_unique_run"
    write("sample/1-example", "the example of the statement", [
        call(f, [3, 8, 3, 5, 9, 8, 5, 2]),
    ])
    write("secret/01-empty-and-single", "no views, one view", [
        call(f, []), call(f, [42]), call(f, [-1]),
    ])
    write("secret/02-all-same-and-all-distinct", "one page over and over; a stream with no repeat", [
        call(f, [7] * 50), call(f, list(range(30))), call(f, [5, 4, 3, 2, 1]),
    ])
    write("secret/03-run-reaches-the-end", "the longest run is the stream's tail", [
        call(f, [1, 1, 2, 3, 4, 5]), call(f, [9, 8, 9, 1, 2, 3, 4]), call(f, [2, 2]),
    ])
    write("secret/04-stale-repeat-outside-window", "a repeat whose earlier view is already left behind", [
        call(f, [1, 2, 2, 1]), call(f, [4, 5, 6, 6, 5, 4, 7]), call(f, [1, 2, 3, 3, 2, 1, 9, 8]),
    ])
    write("secret/05-extreme-ids", "negative ids and the int range", [
        call(f, [-2147483648, 2147483647, 0, -1, -2147483648, 2147483647]),
        call(f, [-1, -1, -2, -3, -1]),
    ])
    rng = random.Random(1401)
    calls = []
    for _ in range(40):
        n = rng.randint(1, 80)
        calls.append(call(f, [rng.randint(0, rng.choice([3, 10, 40, 200])) for _ in range(n)]))
    write("secret/06-random-small", "random short streams over few to many pages", calls)
    calls = []
    for _ in range(4):
        n = rng.randint(2000, 5000)
        calls.append(call(f, [rng.randint(-500, 2000) for _ in range(n)]))
    write("secret/07-random-medium", "random streams of a few thousand views", calls)
    # large: a tour of 10 000 pages repeated ten times in the same order; every start begins a
    # repeat-free run of 10 000 views, so restarting from each view costs about 10^9 set inserts
    tour = list(range(10000))
    rng.shuffle(tour)
    pages = tour * 10
    pages[55555] = 10000  # one fresh page lengthens a single run by one
    write("secret/large/08-long-runs", "100 000 views, every run about 10 000 long", [call(f, pages)])


if __name__ == "__main__":
    main()
