#!/usr/bin/env python3
"""Write the tests of merge-accounts-by-email: `/usr/bin/python3 generators/generate.py`.

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


MODULE = "accounts.py"
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


def chained_records(rng: random.Random, records: int, chain: int, prefix: str) -> list[list[str]]:
    """Records in chains of `chain`: record k of a chain shares one address with record k - 1."""
    result = []
    for c in range(records // chain):
        for k in range(chain):
            addresses = [f"{prefix}{c}.{k}"]
            if k:
                addresses.append(f"{prefix}{c}.{k - 1}")
            result.append(addresses)
    rng.shuffle(result)
    return result


def main() -> None:
    clean()
    f = "merge_accounts"
    rng = random.Random(15)
    write("sample/1-example", "the statement's example", [
        call(f, [["ana@x", "a.k@y"], ["bo@z"], ["a.k@y", "ana.k@w"], ["ana.k@w", "ak@v"]]),
    ])
    write("secret/01-empty-and-single", "no records, one record", [
        call(f, []), call(f, [["only@x"]]), call(f, [["b@x", "a@x"]]),
    ])
    write("secret/02-duplicate-addresses", "a record or two records repeat an address", [
        call(f, [["a@x", "a@x", "b@x"]]), call(f, [["a@x", "b@x"], ["b@x", "a@x"]]),
        call(f, [["c@x"], ["c@x"], ["c@x"]]),
    ])
    write("secret/03-bridge-record-merges-groups", "a later record joins two existing people", [
        call(f, [["a@x"], ["b@x"], ["c@x", "a@x", "b@x"]]),
        call(f, [["1@a", "2@a"], ["3@a", "4@a"], ["5@a"], ["4@a", "5@a", "2@a"]]),
    ])
    write("secret/04-case-sensitive-order", "byte-wise order, exact comparison", [
        call(f, [["Bob@x", "alice@x"], ["bob@x"], ["Alice@x", "bob@x"]]),
    ])
    calls = []
    for _ in range(20):
        pool = [f"u{i}@m" for i in range(rng.randint(2, 25))]
        records = [rng.sample(pool, rng.randint(1, min(4, len(pool)))) for _ in range(rng.randint(1, 12))]
        calls.append(call(f, records))
    write("secret/05-random-small", "small random record sets", calls)
    write("secret/06-random-chains", "chains of 50 records, shuffled", [
        call(f, chained_records(rng, 1000, 50, "m")),
    ])
    write("secret/large/1-long-chains", "15 000 records in chains of 1 500", [
        call(f, chained_records(rng, 15000, 1500, "")),
    ])


if __name__ == "__main__":
    main()
