#!/usr/bin/env python3
"""Write the tests of peak-concurrent-sessions: `/usr/bin/python3 generators/generate.py`.

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

MODULE = "peak_sessions.py"
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
    f = "peak_sessions"
    write("sample/1-example", "the example of the statement", [
        call(f, [9, 10, 12, 13, 15], [11, 14, 15, 16, 17]),
    ])
    write("secret/01-empty-and-single", "no sessions; one session", [
        call(f, [], []), call(f, [0], [86400]), call(f, [5], [6]),
    ])
    write("secret/02-logout-at-login-second", "half-open: a logout at t frees the seat for t", [
        call(f, [0, 5], [5, 10]), call(f, [0, 1, 2, 3], [1, 2, 3, 4]),
        call(f, [10, 0, 5], [15, 5, 10]), call(f, [1, 1, 3, 3], [3, 3, 5, 5]),
    ])
    write("secret/03-identical-sessions", "duplicates all count", [
        call(f, [3, 3, 3], [4, 4, 4]), call(f, [0] * 10, [86400] * 10),
    ])
    write("secret/04-unsorted-input", "records in no order, logouts not aligned with logins", [
        call(f, [50, 10, 30, 20], [60, 100, 35, 25]), call(f, [7, 1, 4], [8, 9, 5]),
        call(f, [0, 2, 4, 6], [100, 3, 5, 7]),
    ])
    write("secret/05-nested", "one long session containing many short ones", [
        call(f, [0, 1, 3, 5, 7], [10, 2, 4, 6, 8]), call(f, [0, 1, 2, 3], [10, 9, 8, 7]),
    ])
    rng = random.Random(1407)
    calls = []
    for _ in range(40):
        n = rng.randint(1, 30)
        starts = [rng.randint(0, 40) for _ in range(n)]
        ends = [s + rng.randint(1, 15) for s in starts]
        calls.append(call(f, starts, ends))
    write("secret/06-random-small", "random short days", calls)
    calls = []
    for _ in range(4):
        n = rng.randint(2000, 5000)
        starts = [rng.randint(0, 80000) for _ in range(n)]
        ends = [min(86400, s + rng.randint(1, 6000)) for s in starts]
        calls.append(call(f, starts, ends))
    write("secret/07-random-medium", "random days of a few thousand sessions", calls)
    # large: 60 000 sessions: counting the open sessions at every login is 3.6 * 10^9 checks
    starts = [rng.randint(0, 9000) for _ in range(60000)]
    ends = [s + rng.randint(1, 999) for s in starts]
    write("secret/large/08-busy-day", "60 000 sessions", [
        call(f, starts, ends),
    ])


if __name__ == "__main__":
    main()
