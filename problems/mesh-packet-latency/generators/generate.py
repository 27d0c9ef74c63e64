#!/usr/bin/env python3
"""Write the tests of mesh-packet-latency: `/usr/bin/python3 generators/generate.py`.

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


MODULE = "mesh.py"
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


def random_mesh(rng: random.Random, rows: int, cols: int, down: float) -> list[str]:
    mesh = [[("#" if rng.random() < down else str(rng.randint(1, 9))) for _ in range(cols)]
            for _ in range(rows)]
    mesh[0][0] = str(rng.randint(1, 9))
    mesh[-1][-1] = str(rng.randint(1, 9))
    return ["".join(row) for row in mesh]


def serpentine(size: int) -> list[str]:
    """Walls with alternating gaps: the only route winds up and left as well as down and right."""
    rows = []
    for r in range(size):
        if r % 2 == 0:
            rows.append("1" * size)
        elif r % 4 == 1:
            rows.append("#" * (size - 1) + "1")
        else:
            rows.append("1" + "#" * (size - 1))
    return rows


def main() -> None:
    clean()
    f = "min_latency"
    rng = random.Random(250)
    write("sample/1-example", "the statement's example", [call(f, ["131", "9#1", "111"])])
    write("secret/01-single-chip", "1 x 1 meshes", [call(f, ["7"]), call(f, ["#"])])
    write("secret/02-blocked", "the start or the end is down, or a wall cuts the mesh", [
        call(f, ["#1", "11"]), call(f, ["11", "1#"]), call(f, ["111", "###", "111"]),
    ])
    write("secret/03-detour-up-and-left", "the route must turn back around failed chips", [
        call(f, ["11111", "####1", "11111", "1####", "11111"]),
        call(f, ["1#111", "1#1#1", "111#1"]),
    ])
    write("secret/04-cheap-long-beats-short-expensive", "more hops, less delay", [
        call(f, ["199", "191", "111"]), call(f, ["1999", "1111", "9991"]),
    ])
    write("secret/05-strips", "one row, one column", [call(f, ["123456789"]), call(f, ["9", "1", "9"])])
    calls = [call(f, random_mesh(rng, rng.randint(1, 10), rng.randint(1, 10), rng.random() * 0.4))
             for _ in range(30)]
    write("secret/06-random-small", "small random meshes", calls)
    calls = [call(f, random_mesh(rng, 80, 120, d)) for d in (0.0, 0.25, 0.4)]
    write("secret/07-random-medium", "80 x 120 meshes with some chips down", calls)
    write("secret/large/1-full-mesh", "a 250 x 250 mesh, and a winding one", [
        call(f, random_mesh(rng, 250, 250, 0.2)), call(f, serpentine(249)),
    ])


if __name__ == "__main__":
    main()
