#!/usr/bin/env python3
"""Write the tests of exchange-rate-queries: `/usr/bin/python3 generators/generate.py`.

Every `expect` is computed by the Python reference in submissions/accepted/ and, on all but the
large test, cross-checked against a breadth-first search per query; random cases are seeded, so
running this again reproduces the same files.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import math
import random
import shutil
import string
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def load(relative: str):
    path = ROOT / relative
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


REFERENCE = load("submissions/accepted/exchange_rates.py")
BRUTE = load("submissions/time_limit_exceeded/bfs_per_query.py")


def write(name: str, description: str, calls: list[dict]) -> None:
    """Write data/NAME.json compactly (one call per line)."""
    path = ROOT / "data" / f"{name}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    body = ",\n".join(json.dumps(c, separators=(",", ":")) for c in calls)
    path.write_text(f'{{"description": {json.dumps(description)},\n"calls": [\n{body}\n]}}\n')


def call(pairs, rates, queries, check: bool = True) -> dict:
    result = REFERENCE.exchange_rates(copy.deepcopy(pairs), list(rates), copy.deepcopy(queries))
    if check:
        slow = BRUTE.exchange_rates(pairs, rates, queries)
        assert all(math.isclose(a, b, rel_tol=1e-9) for a, b in zip(result, slow)), (pairs, queries)
    return {"call": "exchange_rates", "args": [pairs, rates, queries], "expect": result}


def code(i: int) -> str:
    letters = string.ascii_uppercase
    out = ""
    for _ in range(3):
        out += letters[i % 26]
        i //= 26
    return out + (str(i) if i else "")


def random_forest(rng: random.Random, n: int, groups: int, choices=(0.5, 2.0, 1.25, 0.8, 4.0, 0.25, 1.0)):
    """Consistent rates: give every currency a hidden value, publish value ratios along random trees."""
    names = [code(i) for i in rng.sample(range(26 ** 3), n)]
    worth = {}
    group_of = {c: rng.randrange(groups) for c in names}
    pairs, rates = [], []
    members: dict[int, list[str]] = {}
    for c in names:
        g = group_of[c]
        if members.get(g):
            anchor = rng.choice(members[g])
            rate = rng.choice(choices)
            worth[c] = worth[anchor] / rate  # 1 c = rate anchor
            pair = [c, anchor]
            if rng.random() < 0.5:
                pair, rate = [anchor, c], 1.0 / rate
            pairs.append(pair)
            rates.append(rate)
        else:
            worth[c] = 1.0
        members.setdefault(g, []).append(c)
    order = list(range(len(pairs)))
    rng.shuffle(order)
    return names, [pairs[i] for i in order], [rates[i] for i in order]


def main() -> None:
    shutil.rmtree(ROOT / "data", ignore_errors=True)
    rng = random.Random(40417)
    write("sample/1-example", "the statement's example", [call(
        [["GBP", "EUR"], ["EUR", "USD"], ["USD", "JPY"]], [1.2, 1.25, 150.0],
        [["EUR", "JPY"], ["JPY", "GBP"], ["USD", "USD"], ["GBP", "USD"], ["GBP", "CHF"]])])
    write("secret/01-empty-and-single", "no published rates, or a single one", [
        call([], [], []),
        call([], [], [["USD", "USD"], ["USD", "EUR"]]),
        call([["USD", "EUR"]], [0.9], []),
        call([["USD", "EUR"]], [0.9], [["USD", "EUR"], ["EUR", "USD"], ["EUR", "EUR"], ["USD", "GBP"]]),
    ])
    write("secret/02-unknown-currencies", "a currency in no pair is unknown, even converted to itself", [
        call([["USD", "EUR"], ["EUR", "GBP"]], [0.9, 0.85],
             [["CHF", "CHF"], ["CHF", "USD"], ["GBP", "CHF"], ["usd", "USD"], ["GBP", "GBP"]]),
        call([["A", "B"]], [2.0], [["C", "C"], ["B", "B"], ["A", "A"]]),
    ])
    write("secret/03-reverse-direction", "conversions that run published rates backwards", [
        call([["A", "B"], ["B", "C"], ["C", "D"]], [2.0, 3.0, 5.0],
             [["D", "A"], ["C", "A"], ["D", "B"], ["B", "A"], ["A", "D"]]),
        call([["X", "HUB"], ["Y", "HUB"], ["Z", "HUB"]], [4.0, 0.5, 10.0],
             [["X", "Y"], ["Y", "Z"], ["HUB", "X"], ["Z", "X"]]),
    ])
    write("secret/04-merge-through-members", "a rate that links two groups through non-root members", [
        call([["A", "B"], ["C", "D"], ["B", "D"]], [2.0, 3.0, 5.0],
             [["A", "C"], ["C", "A"], ["A", "D"], ["B", "C"]]),
        call([["P", "Q"], ["Q", "R"], ["S", "T"], ["T", "U"], ["R", "U"], ["V", "P"]],
             [1.5, 2.0, 4.0, 0.25, 3.0, 10.0],
             [["V", "S"], ["S", "V"], ["P", "U"], ["T", "Q"]]),
    ])
    write("secret/05-separate-groups", "known currencies in groups that no rate links", [
        call([["USD", "EUR"], ["SEK", "NOK"], ["NOK", "DKK"], ["JPY", "JPY"]], [0.9, 1.02, 0.65, 1.0],
             [["USD", "SEK"], ["DKK", "SEK"], ["EUR", "DKK"], ["JPY", "JPY"], ["JPY", "USD"]]),
    ])
    write("secret/06-duplicates-and-self-pairs", "a pair published twice, in both directions, or to itself", [
        call([["USD", "EUR"], ["USD", "EUR"], ["EUR", "USD"], ["EUR", "EUR"], ["GBP", "GBP"]],
             [0.8, 0.8, 1.25, 1.0, 1.0],
             [["EUR", "USD"], ["GBP", "GBP"], ["GBP", "USD"], ["USD", "USD"]]),
    ])
    chain = [[f"C{i}", f"C{i + 1}"] for i in range(300)]
    write("secret/07-extreme-products", "long chains of extreme rates: products near 1e150 and 1e-150", [
        call(chain[:50], [1000.0] * 50, [["C0", "C50"], ["C50", "C0"], ["C10", "C40"], ["C49", "C48"]]),
        call(chain, [1000.0] * 50 + [0.001] * 100 + [1000.0] * 100 + [0.001] * 50,
             [["C0", "C300"], ["C300", "C0"], ["C0", "C150"], ["C150", "C0"], ["C0", "C250"],
              ["C300", "C250"], ["C7", "C8"], ["C0", "C0"]]),
        call([["a1", "b2"]], [0.001], [["b2", "a1"]]),
    ])
    calls = []
    for _ in range(30):
        n = rng.randint(1, 12)
        names, pairs, rates = random_forest(rng, n, rng.randint(1, 3))
        pool = names + ["ZZZ", "QQ"]
        queries = [[rng.choice(pool), rng.choice(pool)] for _ in range(rng.randint(1, 10))]
        calls.append(call(pairs, rates, queries))
    write("secret/08-random-small", "small random rate graphs", calls)
    calls = []
    for _ in range(4):
        names, pairs, rates = random_forest(rng, rng.randint(500, 2000), rng.randint(1, 4))
        queries = [[rng.choice(names), rng.choice(names)] for _ in range(300)]
        calls.append(call(pairs, rates, queries))
    write("secret/09-random-medium", "medium random rate graphs in a few groups", calls)
    # large: a chain of 20 000 currencies in shuffled order, 5 000 queries between far-apart ones.
    # A search per query walks thousands of currencies; the union-find answers each in O(alpha).
    n = 20000
    names = [code(i) for i in rng.sample(range(26 ** 3), n - 4000)] + [f"Z{i}" for i in range(4000)]
    rng.shuffle(names)
    links = [([names[i], names[i + 1]], rng.choice((0.5, 2.0, 1.25, 0.8))) for i in range(n - 1)]
    rng.shuffle(links)
    pairs = [p for p, _ in links]
    rates = [r for _, r in links]
    queries = []
    for _ in range(5000):
        i = rng.randrange(n // 4)
        j = rng.randrange(3 * n // 4, n)
        queries.append([names[i], names[j]] if rng.random() < 0.5 else [names[j], names[i]])
    large = call(pairs, rates, queries, check=False)
    assert all(1e-200 < v < 1e200 for v in large["expect"])
    write("secret/large/1-long-chain", "20 000 currencies in one chain, 5 000 queries across it",
          [large])


if __name__ == "__main__":
    main()
