#!/usr/bin/env python3
"""Write the tests of meeting-room-assignment: `/usr/bin/python3 generators/generate.py`.

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

MODULE = "busiest_room.py"
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


def random_requests(rng: random.Random, n: int, horizon: int, shortest: int,
                    longest: int) -> tuple[list[int], list[int]]:
    """n requests with distinct starts in [0, horizon), in shuffled order."""
    starts = rng.sample(range(horizon), n)
    ends = [min(500000, s + rng.randint(shortest, longest)) for s in starts]
    return starts, ends


def main() -> None:
    clean()
    f = "busiest_room"
    rng = random.Random(2402)
    write("sample/1-example", "the statement's example", [
        call(f, 3, [1, 2, 3, 4, 6], [20, 10, 5, 9, 8]),
    ])
    write("secret/01-one-room-one-meeting", "a single room, a single request, idle rooms", [
        call(f, 1, [5, 0, 3], [6, 10, 4]), call(f, 1, [0], [500000]),
        call(f, 4, [7], [8]), call(f, 100000, [0, 1], [2, 3]),
    ])
    write("secret/02-lowest-free-room-wins", "several rooms are free: the lowest number, not the first freed", [
        call(f, 3, [0, 1, 2, 10, 20, 30], [3, 2, 4, 11, 21, 31]),
        call(f, 4, [0, 1, 2, 3, 10, 11], [9, 5, 6, 4, 12, 13]),
        call(f, 2, [0, 1, 5, 7, 9], [4, 2, 6, 8, 10]),
    ])
    write("secret/03-delays-push-ends-later", "a delayed meeting keeps its length and frees its room late", [
        call(f, 2, [0, 1, 2, 3, 15], [10, 10, 12, 4, 16]),
        call(f, 2, [0, 1, 2, 14], [10, 3, 13, 15]),
        call(f, 1, [0, 1, 2], [5, 3, 4]),
    ])
    write("secret/04-requests-out-of-order", "requests listed in no particular order", [
        call(f, 2, [9, 0, 4, 2, 6], [10, 5, 8, 3, 7]),
        call(f, 3, [30, 20, 10, 0], [31, 21, 11, 25]),
    ])
    write("secret/05-tied-counts-go-lowest", "several rooms host the most meetings", [
        call(f, 3, [0, 1, 2], [5, 5, 5]), call(f, 5, [4, 3, 2], [100, 100, 100]),
        call(f, 2, [0, 1, 2, 3], [1, 2, 3, 4]),
    ])
    calls = []
    for rooms, n in ((2, 12000), (3, 18000)):
        starts = rng.sample(range(50000), n)
        calls.append(call(f, rooms, starts, [s + rng.randint(420000, 449000) for s in starts]))
    write("secret/06-delayed-ends-overflow-int", "long queues push free-at times past 2^31", calls)
    calls = []
    for _ in range(60):
        n = rng.randint(1, 10)
        calls.append(call(f, rng.randint(1, 4), *random_requests(rng, n, 30, 1, 12)))
    write("secret/07-random-small", "small random days", calls)
    calls = [call(f, rooms, *random_requests(rng, 2000, 20000, 1, longest))
             for rooms, longest in ((10, 100), (50, 2000), (300, 500))]
    write("secret/08-random-medium", "2 000 requests, light to heavy queueing", calls)
    write("secret/large/1-five-thousand-rooms", "5 000 rooms, 40 000 requests, long queues", [
        call(f, 5000, *random_requests(rng, 40000, 100000, 1000, 20000)),
    ])


if __name__ == "__main__":
    main()
