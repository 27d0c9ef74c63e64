#!/usr/bin/env python3
"""Write the tests of feature-flag-combinations: `/usr/bin/python3 generators/generate.py`.

Every `expect` is computed by the Python reference in submissions/accepted/ and, on the small
tests, cross-checked against an enumeration of every subset; random cases are seeded, so running
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


MODULE = "flag_sets.py"
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


def brute(costs, budget):
    from itertools import combinations
    found = set()
    for r in range(len(costs) + 1):
        for combo in combinations(sorted(costs), r):
            if sum(combo) == budget:
                found.add(combo)
    return sorted(list(c) for c in found)


def call(costs: list[int], budget: int, check: bool = False) -> dict:
    result = REFERENCE.flag_sets(copy.deepcopy(costs), budget)
    if check:
        assert result == brute(costs, budget), (costs, budget)
    else:  # no duplicates, each ascending, each sums to the budget, lexicographic order
        assert all(c == sorted(c) and sum(c) == budget for c in result)
        assert result == sorted(result) and len(set(map(tuple, result))) == len(result)
    return {"call": "flag_sets", "args": [costs, budget], "expect": result}


def main() -> None:
    shutil.rmtree(ROOT / "data", ignore_errors=True)
    rng = random.Random(2718)
    write("sample/1-example", "the statement's example", [call([10, 1, 2, 7, 6, 1, 5], 8, check=True)])
    write("secret/01-empty-and-zero-budget", "no flags, budget 0, nothing reaches the budget",
          [call([], 0, check=True), call([], 5, check=True), call([3, 4], 0, check=True),
           call([5, 6], 4, check=True), call([2, 4, 6], 7, check=True)])
    write("secret/02-duplicate-costs", "equal costs that build the same combination in many ways",
          [call([1, 1, 1, 1, 2, 2], 3, check=True), call([2, 5, 2, 1, 2], 5, check=True),
           call([4] * 10, 8, check=True), call([3, 3, 3, 3, 6, 6], 9, check=True)])
    write("secret/03-same-cost-twice", "a combination that needs two or more flags of the same cost",
          [call([1, 1, 6], 8, check=True), call([5, 5, 5], 15, check=True), call([2, 2, 3, 3], 10, check=True)])
    write("secret/04-order-and-prefixes", "lexicographic order across lengths",
          [call([1, 2, 3, 4, 5, 6], 6, check=True), call([9, 1, 8, 2, 7, 3], 10, check=True)])
    write("secret/05-costs-above-budget", "flags dearer than the budget, a single exact flag",
          [call([100, 50, 200], 50, check=True), call([100], 100, check=True), call([101, 99], 100, check=True)])
    calls = []
    for _ in range(40):
        n = rng.randint(1, 12)
        costs = [rng.randint(1, 8) for _ in range(n)]
        calls.append(call(costs, rng.randint(0, 20), check=True))
    write("secret/06-random-small", "small random inputs, many ties", calls)
    calls = []
    for _ in range(5):
        costs = [rng.randint(1, 30) for _ in range(18)]
        calls.append(call(costs, rng.randint(20, 50), check=True))
    write("secret/07-random-medium", "18 flags of distinct-ish costs", calls)
    # large: 60 flags of only four costs. Index subsets summing to the budget number in the
    # billions (C(30, 15) alone is 1.5 * 10^8), distinct combinations only in the hundreds.
    costs = [1] * 30 + [2] * 15 + [3] * 10 + [5] * 5
    rng.shuffle(costs)
    write("secret/large/1-few-distinct-costs", "60 flags with 4 distinct costs, budget 30", [call(costs, 30)])
    costs = [1] * 40 + [2] * 10 + [7] * 10
    rng.shuffle(costs)
    write("secret/large/2-forty-equal-flags", "40 flags of cost 1 and 20 others, budget 25", [call(costs, 25)])


if __name__ == "__main__":
    main()
