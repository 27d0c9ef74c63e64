#!/usr/bin/env python3
"""Write the tests of lost-response-id: `/usr/bin/python3 generators/generate.py`.

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

MODULE = "lost_response.py"
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
    f = "lost_request"
    write("sample/1-example", "the example of the statement", [
        call(f, [12, 9, 7, 12, 7]),
    ])
    write("secret/01-single-entry", "a log of one entry", [
        call(f, [5]), call(f, [0]), call(f, [-2147483648]),
    ])
    write("secret/02-lost-id-sorts-last", "the lost id is the largest", [
        call(f, [3, 1, 9, 1, 3]), call(f, [2, 2, 100]), call(f, [-5, 7, -5, 8, 7]),
    ])
    write("secret/03-pairs-not-adjacent", "responses arrive after other traffic", [
        call(f, [4, 4, 6, 9, 6]), call(f, [1, 1, 2, 3, 2]), call(f, [8, 8, 5, 5, 11, 12, 11]),
    ])
    write("secret/04-extreme-ids", "negative ids and the 32-bit range", [
        call(f, [-1, 2147483647, -1, -2147483648, 2147483647]),
        call(f, [-2147483648, 0, -2147483648]), call(f, [-7, -7, -8]),
    ])
    rng = random.Random(1405)
    calls = []
    for _ in range(40):
        pairs = rng.sample(range(-50, 50), rng.randint(0, 20))
        lone = rng.choice([x for x in range(-60, 60) if x not in pairs])
        log = pairs + pairs + [lone]
        rng.shuffle(log)
        calls.append(call(f, log))
    write("secret/05-random-small", "random short logs", calls)
    calls = []
    for _ in range(4):
        ids = rng.sample(range(-2**31, 2**31), rng.randint(1000, 2500))
        log = ids[1:] + ids[1:] + [ids[0]]
        rng.shuffle(log)
        calls.append(call(f, log))
    write("secret/06-random-medium", "random logs over the full id range", calls)
    # large: 50 000 ids out in one order, their responses in the same order, the lost id last;
    # searching for each entry's partner costs about 5 * 10^9 comparisons
    ids = rng.sample(range(1, 100000), 50000)
    log = ids + ids + [0]
    write("secret/large/07-far-apart-pairs", "100 001 entries, partners 50 000 apart",
          [call(f, log)])


if __name__ == "__main__":
    main()
