#!/usr/bin/env python3
"""Write the tests of shortest-covering-log-span: `/usr/bin/python3 generators/generate.py`.

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

MODULE = "covering_span.py"
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
    f = "shortest_covering_span"
    write("sample/1-example", "the examples of the statement", [
        call(f, [5, 1, 7, 5, 2, 1, 1, 7, 5], [1, 1, 7]),
        call(f, [3, 9, 4, 9, 3, 4, 9, 3], [3, 4, 9]),
    ])
    write("secret/01-no-cover", "an empty log, a missing kind, too few copies", [
        call(f, [], [1]), call(f, [1, 2, 3], [4]), call(f, [1, 2, 1], [1, 1, 1]),
        call(f, [2, 2], [2, 3]),
    ])
    write("secret/02-single-kind", "one required kind: its first occurrence", [
        call(f, [4, 8, 8, 4], [8]), call(f, [8], [8]), call(f, [1, 2, 3, 3], [3]),
    ])
    write("secret/03-multiplicity", "kinds required several times", [
        call(f, [7, 500, 2, 7, 9, 500, 7, 7], [7, 7, 500]),
        call(f, [1, 2, 1, 3, 1, 1], [1, 1, 1]),
        call(f, [5, 6, 5, 6, 6, 5], [6, 6, 6]),
        call(f, [9, 9, 9, 9], [9, 9, 9, 9]),
    ])
    write("secret/04-ties-earliest", "equally short spans: the earliest", [
        call(f, [1, 2, 1, 2, 1], [1, 2]), call(f, [4, 0, 5, 5, 0, 4], [4, 5]),
        call(f, [6, 6, 6], [6]), call(f, [2, 1, 3, 1, 2, 3, 2], [1, 2, 3]),
    ])
    write("secret/05-whole-log", "only the whole log covers", [
        call(f, [1, 5, 5, 5, 2], [1, 2]), call(f, [3, 1, 4, 1, 5, 9, 2, 6], [3, 6, 1, 1]),
    ])
    write("secret/06-extreme-kinds", "negative kinds and the int range", [
        call(f, [-2147483648, 0, 2147483647, -2147483648], [2147483647, -2147483648]),
        call(f, [-1, -2, -1, -3], [-1, -3]),
    ])
    rng = random.Random(1408)
    calls = []
    for _ in range(50):
        lines = [rng.randint(0, 6) for _ in range(rng.randint(0, 40))]
        required = [rng.randint(0, 7) for _ in range(rng.randint(1, 5))]
        calls.append(call(f, lines, required))
    write("secret/07-random-small", "random short logs and templates", calls)
    calls = []
    for _ in range(4):
        lines = [rng.randint(0, 300) for _ in range(rng.randint(3000, 6000))]
        required = [rng.randint(0, 300) for _ in range(rng.randint(5, 60))]
        calls.append(call(f, lines, required))
    write("secret/08-random-medium", "random logs of a few thousand lines", calls)
    # large: 100 000 lines where the template's rarest kind appears only near the end, so growing
    # a span from every line walks most of the log each time (~5 * 10^9 steps)
    lines = [rng.randint(0, 99) for _ in range(100000)]
    for i in (99000, 99500, 99990):
        lines[i] = 1000
    write("secret/large/09-rare-kind-at-the-end", "100 000 lines, one kind only at the end",
          [call(f, lines, [1000, 1000, 3, 3, 3, 17, 42, 42])])


if __name__ == "__main__":
    main()
