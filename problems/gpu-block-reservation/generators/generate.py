#!/usr/bin/env python3
"""Write the tests of gpu-block-reservation: `/usr/bin/python3 generators/generate.py`.

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


MODULE = "reservation.py"
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


def main() -> None:
    clean()
    f = "largest_reservation"
    rng = random.Random(6)
    write("sample/1-example", "the statement's example", [call(f, [2, 1, 5, 6, 2, 3])])
    write("secret/01-empty-zero-single", "no hours, no free GPUs, one hour", [
        call(f, []), call(f, [0, 0, 0]), call(f, [7]), call(f, [0]),
    ])
    write("secret/02-flat-forecast", "equal values everywhere", [
        call(f, [4] * 9), call(f, [3, 3, 0, 3, 3, 3]),
    ])
    write("secret/03-block-reaches-the-end", "increasing forecasts: the best block ends at the last hour", [
        call(f, [1, 2, 3, 4, 5]), call(f, [0, 5, 6, 7]), call(f, [2, 2, 3, 3]),
    ])
    write("secret/04-width-spans-popped-bars", "a low hour after tall ones owns the whole span", [
        call(f, [5, 6, 7, 2, 1]), call(f, [3, 9, 9, 9, 3, 0]), call(f, [6, 7, 8, 4, 4]),
    ])
    write("secret/05-overflow", "blocks of more than 2^31 GPU-hours", [
        call(f, [1000000000] * 5),
        call(f, [1000000000, 999999999, 1000000000]),
        call(f, [3, 2147483, 1000000000, 1000000000, 5]),
    ])
    calls = [call(f, [rng.randint(0, 9) for _ in range(rng.randint(1, 20))]) for _ in range(40)]
    write("secret/06-random-small", "short random forecasts", calls)
    calls = [call(f, [rng.randint(0, 10**9) for _ in range(3000)]) for _ in range(3)]
    calls += [call(f, [rng.randint(0, 30) for _ in range(3000)]) for _ in range(3)]
    write("secret/07-random-medium", "3 000-hour forecasts, small and large values", calls)
    hours = [rng.randint(0, 99) for _ in range(45000)] + [50] * 60000
    hours += [rng.randint(0, 99) for _ in range(45000)]
    write("secret/large/1-long-plateau", "150 000 hours with a 60 000-hour plateau", [call(f, hours)])


if __name__ == "__main__":
    main()
