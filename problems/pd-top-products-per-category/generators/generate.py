"""Generate the tests of pd-top-products-per-category from a fixed seed.

Run with /usr/bin/python3 from anywhere; re-running reproduces data/. Revenues are multiples of
0.25, so totals are exact and ties are real ties. Expected values come from the reference
solution; the script then checks that each wrong solution in submissions/wrong_answer gets the
test named after its mistake wrong.
"""
import random

import pandas as pd

from frames import Tests

CATEGORIES = ["books", "games", "garden", "kitchen", "music", "office", "outdoor", "toys"]


def sales(rows, rng=None):
    """rows: (product_id, category, revenue)."""
    rows = list(rows)
    if rng is not None:
        rng.shuffle(rows)
    return pd.DataFrame({
        "product_id": pd.Series([r[0] for r in rows], dtype="int64"),
        "category": pd.Series([r[1] for r in rows], dtype="object"),
        "revenue": pd.Series([float(r[2]) for r in rows], dtype="float64"),
    })


def catalogue(rng, n_products, categories, first_id=1):
    return {first_id + i: rng.choice(categories) for i in range(n_products)}


def lines(rng, products, n, low=1, high=400):
    ids = list(products)
    return [(p, products[p], rng.randint(low * 4, high * 4) / 4)
            for p in (rng.choice(ids) for _ in range(n))]


def tied(rng, category, ids, total, parts):
    """Products whose lines all add up to the same total."""
    out = []
    for p in ids:
        cuts = sorted(rng.sample(range(1, int(total * 4)), parts - 1))
        bounds = [0] + cuts + [int(total * 4)]
        out += [(p, category, (b - a) / 4) for a, b in zip(bounds, bounds[1:])]
    return out


def main():
    rng = random.Random(5)
    tests = Tests("submissions/accepted/top_products.py")
    sample = [(1, "books", 10.0), (2, "books", 25.0), (3, "books", 12.0),
              (4, "games", 40.0), (5, "games", 15.0), (6, "games", 22.5), (7, "games", 3.0)]
    tests.add("sample/1-two-categories", "one line per product, no ties, k = 2", [
        tests.call("top_products", [sales(sample), 2], ordered=True),
    ])
    products = catalogue(rng, 120, CATEGORIES)
    tests.add("secret/01-eight-categories", "120 products in 8 categories, k = 5", [
        tests.call("top_products", [sales(lines(rng, products, 900), rng), 5], ordered=True),
    ])
    ties = tied(rng, "books", [31, 12, 27], 50.0, 3) + tied(rng, "books", [40], 80.0, 2)
    ties += tied(rng, "games", [9, 3], 20.0, 2) + [(15, "games", 5.0), (16, "games", 30.0)]
    ties += tied(rng, "toys", [8, 2, 5, 1], 12.5, 1)
    tests.add("secret/02-ties-broken-by-product-id", "equal totals, also across the cut at rank k", [
        tests.call("top_products", [sales(ties, rng), 2], ordered=True),
        tests.call("top_products", [sales(ties, rng), 3], ordered=True),
    ])
    many = {p: c for p, c in zip(range(500, 530), CATEGORIES * 4)}
    heavy = []
    for p, c in many.items():
        if p % 3 == 0:
            heavy += [(p, c, rng.randint(40, 80) / 4) for _ in range(rng.randint(10, 20))]
        else:
            heavy += [(p, c, rng.randint(200, 320) / 4)]
    tests.add("secret/03-products-sold-many-times", "many small lines outweigh one big line", [
        tests.call("top_products", [sales(heavy, rng), 2], ordered=True),
    ])
    few = catalogue(rng, 7, ["books", "music", "toys"], first_id=700)
    tests.add("secret/04-fewer-products-than-k", "categories with fewer than k products", [
        tests.call("top_products", [sales(lines(rng, few, 40), rng), 4], ordered=True),
    ])
    tests.add("secret/05-k-of-one", "only each category's best seller", [
        tests.call("top_products", [sales(lines(rng, products, 600), rng), 1], ordered=True),
    ])
    big = catalogue(rng, 2000, CATEGORIES, first_id=10000)
    tests.add("secret/06-twenty-thousand-lines", "2000 products, 20000 lines, k = 10", [
        tests.call("top_products", [sales(lines(rng, big, 20000, 1, 60), rng), 10], ordered=True),
    ])
    tests.check_caught("submissions/wrong_answer/ties_larger_id_first.py", "secret/02-ties-broken-by-product-id")
    tests.check_caught("submissions/wrong_answer/min_rank_keeps_ties.py", "secret/02-ties-broken-by-product-id")
    tests.check_caught("submissions/wrong_answer/ranks_sale_lines.py", "secret/03-products-sold-many-times")
    tests.write()


if __name__ == "__main__":
    main()
