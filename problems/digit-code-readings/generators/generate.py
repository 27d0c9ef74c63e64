#!/usr/bin/env python3
"""Write the tests of digit-code-readings: `/usr/bin/python3 generators/generate.py`.

Every `expect` is computed by the Python reference in submissions/accepted/; random cases are
seeded, so running this again reproduces the same files.
"""

from __future__ import annotations

MODULE = "readings.py"

import copy
import importlib.util
import json
import random
import shutil
import sys
from pathlib import Path

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
    f = "count_readings"
    write("sample/1-example", "the examples of the statement", [
        call(f, "2611", 26), call(f, "1020", 26), call(f, "125110", 200),
    ])
    write("secret/01-empty-and-one-digit", "the empty log and one digit", [
        call(f, "", 26), call(f, "7", 26), call(f, "0", 26), call(f, "9", 5), call(f, "1", 1),
    ])
    write("secret/02-zeros", "zeros: only as a later digit of a piece", [
        call(f, "05", 26), call(f, "100", 26), call(f, "100", 100), call(f, "1010", 26),
        call(f, "30", 26), call(f, "2101", 26), call(f, "1001", 1000), call(f, "1005", 1000),
        call(f, "9050", 999), call(f, "10203", 300),
    ])
    write("secret/03-one-digit-ids", "max_id below 10", [
        call(f, "123456789", 9), call(f, "1234", 3), call(f, "1111", 1), call(f, "101", 9),
    ])
    write("secret/04-long-ids", "ids of three to six digits", [
        call(f, "125110", 999), call(f, "999999", 999999), call(f, "1000000", 999999),
        call(f, "12345678", 123456), call(f, "111111111111", 111), call(f, "25525511135", 255),
    ])
    rng = random.Random(1404)
    calls = []
    for _ in range(80):
        digits = "".join(rng.choice("0111222345679") for _ in range(rng.randint(1, 14)))
        calls.append(call(f, digits, rng.choice([9, 26, 99, 255, 1000, 4096])))
    write("secret/05-random-small", "random short logs", calls)
    # exponential for the brute force: 60 ones have ~10^12 readings with ids up to 111
    write("secret/06-ambiguous-sixty", "sixty ambiguous digits: far too many readings to list", [
        call(f, "1" * 60, 111), call(f, "12" * 30, 26),
    ])
    write("secret/07-count-needs-modulo", "counts past 2^63 before the modulo", [
        call(f, "1" * 400, 26), call(f, "1" * 300, 999999), call(f, "2" * 500, 222),
    ])
    calls = []
    for _ in range(3):
        digits = "".join(rng.choice("0111122223456") for _ in range(3000))
        calls.append(call(f, digits, rng.choice([26, 255, 65535])))
    write("secret/08-random-medium", "random logs of 3 000 digits", calls)
    # zeros never follow a zero, so the log has readings
    digits = "".join(rng.choice("1112222345") + ("0" if rng.random() < 0.05 else "") for _ in range(95000))[:100000]
    write("secret/large/09-long-log", "100 000 digits, ids up to 255", [call(f, digits, 255)])


if __name__ == "__main__":
    main()
