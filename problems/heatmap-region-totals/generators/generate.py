#!/usr/bin/env python3
"""Write the tests of heatmap-region-totals: `/usr/bin/python3 generators/generate.py`.

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

MODULE = "heatmap.py"
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
    f = "region_totals"

    def grid(rng: random.Random, height: int, width: int, hot: int = 9) -> list[str]:
        return ["".join(str(rng.randint(0, hot)) for _ in range(width)) for _ in range(height)]

    def corners(rng: random.Random, height: int, width: int) -> list[int]:
        return [rng.randrange(height), rng.randrange(width),
                rng.randrange(height), rng.randrange(width)]

    sample_rows = ["3104", "2592", "0716"]
    write("sample/1-example", "the example of the statement", [
        call(f, sample_rows, [[0, 1, 1, 2], [2, 3, 0, 0], [1, 1, 1, 1]]),
    ])
    write("secret/01-no-queries-and-one-cell", "no queries; a one-cell map", [
        call(f, sample_rows, []), call(f, ["7"], [[0, 0, 0, 0]]), call(f, ["0"], [[0, 0, 0, 0]]),
    ])
    write("secret/02-one-row-one-column", "maps one cell thick", [
        call(f, ["52718"], [[0, 0, 0, 4], [0, 3, 0, 1], [0, 2, 0, 2]]),
        call(f, ["5", "2", "7", "1", "8"], [[0, 0, 4, 0], [3, 0, 1, 0], [4, 0, 4, 0]]),
    ])
    write("secret/03-first-row-and-column", "rectangles touching the top or left edge", [
        call(f, sample_rows, [[0, 0, 0, 3], [0, 0, 2, 0], [0, 0, 1, 1], [0, 2, 2, 3]]),
    ])
    write("secret/04-reversed-corners", "corners given bottom-right first or crosswise", [
        call(f, sample_rows, [[2, 2, 1, 1], [0, 3, 2, 2], [2, 0, 0, 1], [1, 3, 1, 0]]),
    ])
    write("secret/05-inner-rectangles", "rectangles that touch no edge", [
        call(f, ["99999", "91119", "91019", "91119", "99999"], [[1, 1, 3, 3], [2, 2, 2, 2],
                                                               [1, 2, 3, 2]]),
    ])
    rng = random.Random(1409)
    calls = []
    for _ in range(30):
        height, width = rng.randint(1, 8), rng.randint(1, 8)
        calls.append(call(f, grid(rng, height, width),
                          [corners(rng, height, width) for _ in range(rng.randint(1, 10))]))
    write("secret/06-random-small", "random small maps", calls)
    calls = []
    for _ in range(3):
        height, width = rng.randint(50, 120), rng.randint(50, 120)
        calls.append(call(f, grid(rng, height, width),
                          [corners(rng, height, width) for _ in range(500)]))
    write("secret/07-random-medium", "random maps of about a hundred by a hundred", calls)
    # large: a 600 x 600 map and 12 000 rectangles covering most of it: summing cell by cell is
    # ~3 * 10^9 additions, the prefix sums 360 000 steps plus 4 lookups a query
    rows = grid(rng, 600, 600)
    queries = []
    for _ in range(12000):
        r1, c1 = rng.randrange(100), rng.randrange(100)
        r2, c2 = 599 - rng.randrange(100), 599 - rng.randrange(100)
        queries.append([r2, c2, r1, c1] if rng.random() < 0.5 else [r1, c1, r2, c2])
    write("secret/large/08-big-rectangles", "a 600 x 600 map, 12 000 big rectangles",
          [call(f, rows, queries)])


if __name__ == "__main__":
    main()
