#!/usr/bin/env python3
"""Write the tests of failing-rack-groups: `/usr/bin/python3 generators/generate.py`.

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


MODULE = "failure_groups.py"
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


def random_floor(rng: random.Random, rows: int, cols: int, p: float) -> list[str]:
    return ["".join("#" if rng.random() < p else "." for _ in range(cols)) for _ in range(rows)]


def snake(size: int) -> list[str]:
    """One winding group: full rows joined by a single rack at alternating ends."""
    rows = []
    for r in range(size):
        if r % 2 == 0:
            rows.append("#" * size)
        elif r % 4 == 1:
            rows.append("." * (size - 1) + "#")
        else:
            rows.append("#" + "." * (size - 1))
    return rows


def main() -> None:
    clean()
    f = "count_failure_groups"
    rng = random.Random(300)
    write("sample/1-example", "the statement's example", [
        call(f, ["##..#", "#...#", "..#..", "...##"]),
    ])
    write("secret/01-empty-floors", "no rows, empty rows, no failures", [
        call(f, []), call(f, ["", ""]), call(f, ["....", "...."]),
    ])
    write("secret/02-single-and-full", "one position, a floor of failures", [
        call(f, ["#"]), call(f, ["."]), call(f, ["###", "###"]), call(f, ["#" * 40] * 30),
    ])
    write("secret/03-diagonals-do-not-connect", "racks touching only at corners", [
        call(f, ["#.#", ".#.", "#.#"]), call(f, ["#.", ".#"]), call(f, ["#...", ".#..", "..#.", "...#"]),
    ])
    write("secret/04-u-shapes", "groups whose arms join at the bottom", [
        call(f, ["#.#", "#.#", "###"]), call(f, [".#.#.#", ".#.#.#", ".#####"]),
        call(f, ["#...#", "#.#.#", "#####"]),
    ])
    write("secret/05-one-row-one-column", "strips", [
        call(f, ["#.##.###.#"]), call(f, ["#", "#", ".", "#"]),
    ])
    calls = [call(f, random_floor(rng, rng.randint(1, 12), rng.randint(1, 12), rng.random()))
             for _ in range(30)]
    write("secret/06-random-small", "small random floors", calls)
    calls = [call(f, random_floor(rng, 100, 150, p)) for p in (0.3, 0.45, 0.6)]
    write("secret/07-random-medium", "100 x 150 floors around the percolation threshold", calls)
    write("secret/large/1-winding-group", "a 300 x 300 floor that is one 45 000-rack path", [
        call(f, snake(300)),
    ])


if __name__ == "__main__":
    main()
