#!/usr/bin/env python3
"""Write the tests of config-propagation-rounds: `/usr/bin/python3 generators/generate.py`.

Every `expect` is computed by the Python reference in submissions/accepted/ and, on all but the
large tests, cross-checked against a round-by-round simulation; random cases are seeded, so
running this again reproduces the same files.
"""

from __future__ import annotations

import importlib.util
import json
import random
import shutil
import sys
from pathlib import Path

MODULE = "config_rollout.py"
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


def simulate(grid: list[str]) -> int:
    floor = [list(row) for row in grid]
    rows, cols = len(floor), len(floor[0]) if floor else 0
    rounds = 0
    while True:
        reached = [(r, c) for r in range(rows) for c in range(cols) if floor[r][c] == "H" and any(
            0 <= nr < rows and 0 <= nc < cols and floor[nr][nc] == "S"
            for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)))]
        if not reached:
            return -1 if any("H" in row for row in floor) else rounds
        for r, c in reached:
            floor[r][c] = "S"
        rounds += 1


def call(grid: list[str], check: bool = True) -> dict:
    result = REFERENCE.propagation_rounds(list(grid))
    if check:
        assert result == simulate(grid), grid
    return {"call": "propagation_rounds", "args": [grid], "expect": result}


def random_floor(rng: random.Random, rows: int, cols: int, sources: int, failed: float) -> list[str]:
    cells = [["#" if rng.random() < failed else rng.choice("HHHHH.") for _ in range(cols)] for _ in range(rows)]
    for _ in range(sources):
        cells[rng.randrange(rows)][rng.randrange(cols)] = "S"
    return ["".join(row) for row in cells]


def open_floor(rng: random.Random, size: int) -> list[str]:
    """Healthy nodes with 3% failures and one source in the middle."""
    cells = [["#" if rng.random() < 0.03 else "H" for _ in range(size)] for _ in range(size)]
    cells[size // 2][size // 2] = "S"
    return ["".join(row) for row in cells]


def corridor(size: int, sources: list[tuple[int, int]]) -> list[str]:
    """Healthy rows joined by a gap at alternating ends: one corridor of about size^2 / 2 nodes."""
    cells = []
    for r in range(size):
        if r % 2 == 0:
            cells.append(["H"] * size)
        else:
            row = ["#"] * size
            row[size - 1 if r % 4 == 1 else 0] = "H"
            cells.append(row)
    for r, c in sources:
        cells[r][c] = "S"
    return ["".join(row) for row in cells]


def main() -> None:
    shutil.rmtree(ROOT / "data", ignore_errors=True)
    rng = random.Random(4242)
    write("sample/1-example", "the statement's examples", [call(["HHH", "H#H", "HHS"]), call(["S.#", "#.S"])])
    write("secret/01-empty-and-tiny", "no rows, empty rows, one slot", [
        call([]), call([""]), call(["", ""]), call(["S"]), call(["H"]), call(["#"]), call(["."]), call(["SH"])])
    write("secret/02-no-healthy-or-no-source", "nothing waits (0), or healthy nodes and no source (-1)", [
        call(["S#", "#S"]), call(["..", ".."]), call(["HH", "H#"]), call(["H.H", "...", "H.#"])])
    write("secret/03-cut-off-nodes", "a healthy node walled in by failed nodes or empty slots: -1", [
        call(["SH#H"]), call(["SHH", "###", "HHH"]), call(["S.H"]), call(["SHHH", "HHHH", "HH#.", "H#H#"])])
    write("secret/04-nearest-source-wins", "several sources: each node takes the nearest one", [
        call(["SHHHS"]), call(["SHHHHHHHHS"]), call(["S.....", "HHHHHH", ".....S"]),
        call(["SHHH", "HHHH", "HHHH", "HHHS"]), call(["HHHHH", "HHSHH", "HHHHH", "SHHHH"])])
    write("secret/05-against-scan-order", "the config travels right and down, with the scan, and left and up", [
        call(["SHHHHH"]), call(["HHHHHS"]), call(["S", "H", "H", "H"]), call(["SHH", "##H", "HHH", "H##", "HHH"]),
        call(["HHHS", "H###", "HHHH"])])
    calls = []
    for _ in range(50):
        rows, cols = rng.randint(1, 8), rng.randint(1, 8)
        calls.append(call(random_floor(rng, rows, cols, rng.randint(0, 3), rng.choice([0.0, 0.15, 0.3]))))
    write("secret/06-random-small", "small random floors", calls)
    calls = [call(random_floor(rng, 60, 80, rng.randint(1, 6), 0.2)) for _ in range(3)]
    calls.append(call(corridor(41, [(0, 0)])))
    write("secret/07-random-medium", "60 x 80 floors and a 41 x 41 corridor", calls)
    # large: the corridor of a 300 x 300 floor has ~45 000 nodes; three sources along it still
    # leave ~13 000 rounds, each of which a rescan pays 90 000 slots for: ~10^9 steps.
    write("secret/large/1-long-corridor", "a 300 x 300 floor with one long corridor and three sources",
          [call(corridor(300, [(0, 0), (120, 150), (298, 299)]), check=False)])
    write("secret/large/2-open-floor", "a 300 x 300 open floor with scattered failures and one source",
          [call(open_floor(random.Random(9), 300), check=False)])


if __name__ == "__main__":
    main()
