#!/usr/bin/env python3
"""Write the tests of autocomplete-from-query-log: `/usr/bin/python3 generators/generate.py`.

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


MODULE = "autocomplete.py"
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


def query_log(rng: random.Random, distinct: int, entries: int, alphabet: str, length: int) -> list[str]:
    pool = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, length))) for _ in range(distinct)]
    weights = [1 / (i + 1) for i in range(len(pool))]  # Zipf-like popularity
    return rng.choices(pool, weights, k=entries)


def prefixes_of(rng: random.Random, log: list[str], count: int, alphabet: str) -> list[str]:
    result = []
    for _ in range(count):
        if rng.random() < 0.8:
            q = rng.choice(log)
            result.append(q[: rng.randint(0, len(q))])
        else:
            result.append("".join(rng.choice(alphabet) for _ in range(rng.randint(1, 4))))
    return result


def both(queries: list[str], prefixes: list[str]) -> list[dict]:
    return [call("prefix_counts", queries, prefixes), call("top_completion", queries, prefixes)]


def main() -> None:
    clean()
    rng = random.Random(30000)
    write("sample/1-example", "the statement's example", both(
        ["gpu price", "gpt", "gpu price", "gpu", "go", "gpt"], ["gp", "gpu", "g", "x"]))
    write("secret/01-empty-log-and-empty-prefix", "no entries; the empty prefix", both([], ["", "a"])
          + both(["a", "b", "a"], [""]))
    write("secret/02-query-is-its-own-prefix", "whole queries and longer prefixes", both(
        ["cat", "cats", "cat"], ["cat", "cats", "catsx", "c"]))
    write("secret/03-ties-smallest-wins", "equal counts: the smallest query, not the first seen", both(
        ["zeta", "alpha", "zeta", "alpha", "beta"], ["", "a", "z"]) + both(
        ["b2", "b1", "b10"], ["b", "b1"]))
    write("secret/04-counts-are-searches", "a popular query counts once per search", both(
        ["llm"] * 5 + ["lora"], ["l", "ll", "lo"]))
    write("secret/05-spaces-and-case", "spaces and digits are characters; case matters", both(
        ["new york", "new", "New york", "new  york", "new york 2"], ["new ", "New", "new y", "n"]))
    calls = []
    for _ in range(10):
        log = query_log(rng, rng.randint(1, 15), rng.randint(1, 40), "ab ", 5)
        calls += both(log, prefixes_of(rng, log, 15, "ab "))
    write("secret/06-random-small", "small logs over a tiny alphabet", calls)
    log = query_log(rng, 800, 3000, "abcdefg 1", 10)
    write("secret/07-random-medium", "3 000 searches, 1 000 prefixes", both(log, prefixes_of(rng, log, 1000, "abcdefg 1")))
    log = query_log(rng, 12000, 30000, "abcdefghij", 7)
    write("secret/large/1-counts", "30 000 searches and 30 000 prefixes",
          [call("prefix_counts", log, prefixes_of(rng, log, 30000, "abcdefghij"))])


if __name__ == "__main__":
    main()
