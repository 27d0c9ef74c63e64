#!/usr/bin/env python3
"""Write the tests of grid-retry-paths: `/usr/bin/python3 generators/generate.py`.

Every `expect` is computed by the Python reference in submissions/accepted/ and, on the small
tests, cross-checked against an enumeration of every route; random cases are seeded, so running
this again reproduces the same files.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import random
import shutil
import sys
from pathlib import Path


MODULE = "rack_routes.py"
ROOT = Path(__file__).resolve().parent.parent


def load_reference():
    path = ROOT / "submissions" / "accepted" / MODULE
    spec = importlib.util.spec_from_file_location("reference", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


REFERENCE = load_reference()


def write(name: str, description: str, calls: list[dict]) -> None:
    """Write data/NAME.json compactly (one call per line)."""
    path = ROOT / "data" / f"{name}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    body = ",\n".join(json.dumps(c, separators=(",", ":")) for c in calls)
    path.write_text(f'{{"description": {json.dumps(description)},\n"calls": [\n{body}\n]}}\n')


def brute(grid):
    rows, columns = len(grid), len(grid[0])

    def walk(r, c):
        if r >= rows or c >= columns or grid[r][c] == "#":
            return 0
        if (r, c) == (rows - 1, columns - 1):
            return 1
        return walk(r + 1, c) + walk(r, c + 1)

    return walk(0, 0) % 1_000_000_007


def exact(grid):
    """The exact (unreduced) count, to cross-check the modulo on big grids."""
    columns = len(grid[0])
    routes = [0] * columns
    routes[0] = 1
    for row in grid:
        for c, cell in enumerate(row):
            routes[c] = 0 if cell == "#" else routes[c] + (routes[c - 1] if c else 0)
    return routes[-1]


def call(grid: list[str], check: bool = True) -> dict:
    result = REFERENCE.count_routes(copy.deepcopy(grid))
    assert result == exact(grid) % 1_000_000_007
    if check:
        assert result == brute(grid), grid
    return {"call": "count_routes", "args": [grid], "expect": result}


def random_grid(rng, rows, columns, failed):
    return ["".join("#" if rng.random() < failed else "." for _ in range(columns)) for _ in range(rows)]


def main() -> None:
    shutil.rmtree(ROOT / "data", ignore_errors=True)
    rng = random.Random(1000000007)
    write("sample/1-example", "the statement's examples", [call(["...", ".#.", "..."]), call([".....", "....."])])
    write("secret/01-one-cell-and-lines", "1 x 1 grids, a single row or column",
          [call(["."]), call(["#"]), call(["....."]), call([".", ".", "."]), call(["..#.."]), call([".", "#", "."])])
    write("secret/02-failed-entry-or-exit", "the entry or the exit switch has failed",
          [call(["#..", "...", "..."]), call(["...", "...", "..#"]), call(["#"]), call(["#.", ".."])])
    write("secret/03-failed-cell-on-an-edge", "a failed switch in the first row or column cuts off the cells after it",
          [call([".#..", "....", "...."]), call(["....", "#...", "....", "...."]), call([".#.", "#..", "..."]),
           call(["..#", "...", "..."])])
    write("secret/04-walled-off", "no route at all", [call(["..#", ".#.", "#.."]), call(["....", "####", "...."])])
    calls = []
    for _ in range(40):
        grid = random_grid(rng, rng.randint(1, 7), rng.randint(1, 7), 0.2)
        calls.append(call(grid))
    write("secret/05-random-small", "small random grids", calls)
    write("secret/06-answer-needs-modulo", "open grids whose exact route counts pass 2^63",
          [call(["." * 40] * 40, check=False), call(["." * 100] * 35, check=False),
           call(random_grid(rng, 60, 60, 0.01), check=False)])
    calls = [call(random_grid(rng, rng.randint(50, 150), rng.randint(50, 150), 0.15), check=False) for _ in range(3)]
    write("secret/07-random-medium", "medium grids with 15 % failed switches", calls)
    # large: 400 x 400 with 8 % failures; any route-walking search is exponential, the DP is
    # 160 000 additions.
    grid = random_grid(rng, 400, 400, 0.08)
    grid[0] = "." + grid[0][1:]
    grid[-1] = grid[-1][:-1] + "."
    write("secret/large/1-fabric-400", "a 400 x 400 fabric with 8 % failed switches", [call(grid, check=False)])


if __name__ == "__main__":
    main()
