#!/usr/bin/env python3
"""Write the tests of largest-healthy-square: `/usr/bin/python3 generators/generate.py`.

Every `expect` is computed by the Python reference in submissions/accepted/ and, on all but the
large test, cross-checked against checking every square; random cases are seeded, so running
this again reproduces the same files.
"""

from __future__ import annotations

import importlib.util
import json
import random
import shutil
import sys
from pathlib import Path

MODULE = "healthy_square.py"
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


def brute(grid: list[str]) -> int:
    rows, cols = len(grid), len(grid[0]) if grid else 0
    best = 0
    for r in range(rows):
        for c in range(cols):
            for side in range(1, min(rows - r, cols - c) + 1):
                if all(grid[r + i][c + j] == "." for i in range(side) for j in range(side)):
                    best = max(best, side)
    return best


def call(grid: list[str], check: bool = True) -> dict:
    result = REFERENCE.largest_healthy_square(list(grid))
    if check:
        assert result == brute(grid), grid
    return {"call": "largest_healthy_square", "args": [grid], "expect": result}


def floor(rng: random.Random, rows: int, cols: int, failed: float) -> list[str]:
    return ["".join("x" if rng.random() < failed else "." for _ in range(cols)) for _ in range(rows)]


def main() -> None:
    shutil.rmtree(ROOT / "data", ignore_errors=True)
    rng = random.Random(600)
    write("sample/1-example", "the statement's example", [call(["..x..x", "......", "......", ".x...."])])
    write("secret/01-empty-and-tiny", "no rows, empty rows, one rack", [
        call([]), call([""]), call(["", ""]), call(["."]), call(["x"])])
    write("secret/02-all-failed-or-all-healthy", "no healthy rack; a fully healthy floor", [
        call(["xxx", "xxx"]), call(["...", "...", "..."]), call(["....", "...."]), call(["." * 7] * 5)])
    write("secret/03-squares-on-the-edge", "the best square touches the top or left edge of the map", [
        call(["x.x", "xxx"]), call(["xx", ".x"]), call(["..x", "..x", "xxx"]), call(["...x", "...x", "...x", "xxxx"]),
        call([".x", "xx"]), call(["xxx.", "xx..", "x...", "...."])])
    write("secret/04-failure-on-the-diagonal", "a failed rack on the diagonal of an otherwise healthy block", [
        call(["....", ".x..", "....", "...."]), call(["...", "...", "..x"]), call([".....", ".....", "..x..", ".....", "....."]),
        call(["x...", "....", "....", "...."])])
    write("secret/05-cross-shapes", "long healthy rows and columns around failed insides", [
        call(["....", ".xx.", ".xx.", "...."]), call([".....", ".x.x.", ".....", ".x.x.", "....."]),
        call(["......", ".xxxx.", ".x..x.", ".xxxx.", "......"])])
    write("secret/06-one-row-or-column", "floors one rack wide or one rack deep", [
        call(["....x..."]), call([".", ".", "x", "."]), call(["xxxx"]), call(["x", "x"])])
    calls = [call(floor(rng, rng.randint(1, 9), rng.randint(1, 9), rng.choice([0.05, 0.2, 0.4]))) for _ in range(60)]
    write("secret/07-random-small", "small random floors", calls)
    calls = [call(floor(rng, 40, 50, 0.02), check=True), call(floor(rng, 50, 40, 0.1))]
    write("secret/08-random-medium", "40 x 50 floors", calls)
    # large: 600 x 600 with four failed racks: a square grown from every rack reaches sides of
    # ~200 on average, ~10^10 checks; the DP visits each rack once.
    big = [list("." * 600) for _ in range(600)]
    for _ in range(4):
        big[rng.randrange(600)][rng.randrange(600)] = "x"
    write("secret/large/1-nearly-healthy-floor", "600 x 600 racks, four failed", [call(["".join(r) for r in big], check=False)])


if __name__ == "__main__":
    main()
