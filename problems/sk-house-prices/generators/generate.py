"""Generate the tests of sk-house-prices: synthetic home sales from a fixed seed.

Run with /usr/bin/python3 from anywhere; re-running reproduces the files. The log price is linear
in log(size), bathrooms, age, lot ratio, neighbourhood and condition, with multiplicative noise
(about 8%), so a model of the log price fits and a model of the raw price does not. Held-out log
prices go only into each test's "metric". The script checks that the reference clears every
threshold with a margin and that each wrong solution fails the test named after its mistake.
"""
import importlib.util
import json
import pathlib
import warnings

import numpy as np

ROOT = pathlib.Path(__file__).resolve().parent.parent
warnings.filterwarnings("ignore")

NEIGHBORHOODS = {"riverside": 0.35, "old-town": 0.15, "midtown": 0.0, "eastgate": -0.2,
                 "airport": -0.4, "hillcrest": 0.55}
CONDITIONS = {"poor": -0.25, "fair": -0.1, "good": 0.0, "excellent": 0.15}


def load(path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def sales(rng, n):
    sqft = np.round(np.exp(rng.normal(7.4, 0.35, n)))
    bedrooms = np.clip(np.round(sqft / 600 + rng.normal(0, 0.7, n)), 1, 7).astype(int)
    bathrooms = np.clip(np.round(bedrooms * 0.6 + rng.normal(0, 0.5, n)), 1, 5).astype(int)
    age = rng.integers(0, 90, n)
    lot = np.round(sqft * rng.uniform(1.5, 6, n))
    hood = rng.choice(list(NEIGHBORHOODS), n)
    condition = rng.choice(list(CONDITIONS), n, p=[0.1, 0.25, 0.45, 0.2])
    log_price = (
        11.3 + 0.9 * np.log(sqft / 1600) + 0.04 * bathrooms - 0.003 * age
        + 0.08 * np.log(lot / sqft)
        + np.array([NEIGHBORHOODS[h] for h in hood])
        + np.array([CONDITIONS[c] for c in condition])
        + rng.normal(0, 0.08, n)
    )
    price = np.round(np.exp(log_price), -2)
    rows = []
    for i in range(n):
        row = {
            "sqft": float(sqft[i]),
            "bedrooms": int(bedrooms[i]),
            "bathrooms": int(bathrooms[i]),
            "age_years": int(age[i]),
            "lot_sqft": float(lot[i]),
            "neighborhood": str(hood[i]),
            "condition": str(condition[i]),
        }
        if rng.random() < 0.05:
            row["lot_sqft"] = None
        if rng.random() < 0.04:
            row["condition"] = None
        rows.append(row)
    return rows, price


# folder, name, seed, train rows, held-out rows, RMSE ceiling (log price), the wrong solution this
# test is named after (it must exceed the ceiling here)
TESTS = [
    ("sample", "1-log-price", 1, 200, 60, 0.25, None),
    ("secret", "01-log-target-not-raw-price", 21, 400, 200, 0.2, "raw_price_target"),
    ("secret", "02-neighborhood-one-hot", 22, 400, 200, 0.2, "no_neighborhood"),
    ("secret", "03-beats-the-mean", 23, 400, 200, 0.2, "predict_mean"),
]


def rmse(module, train, test, truth):
    try:
        predictions = np.asarray(module.fit_predict(train, test), dtype=float)
    except Exception as e:
        return "raised " + type(e).__name__
    if predictions.shape != truth.shape or not np.all(np.isfinite(predictions)):
        return "unusable predictions"
    return float(np.sqrt(np.mean((predictions - truth) ** 2)))


def main():
    reference = load(ROOT / "submissions/accepted/house_prices.py")
    wrong = {p.stem: load(p) for p in sorted((ROOT / "submissions/wrong_answer").glob("*.py"))}
    for folder, name, seed, n_train, n_test, ceiling, catches in TESTS:
        rng = np.random.default_rng(seed)
        train, train_price = sales(rng, n_train)
        test, test_price = sales(rng, n_test)
        for row, price in zip(train, train_price):
            row["price"] = float(price)
        truth = np.round(np.log(test_price), 6)
        got = rmse(reference, train, test, truth)
        assert got <= ceiling - 0.03, (name, got)
        line = "%s: reference %.3f, ceiling %.2f" % (name, got, ceiling)
        for stem, module in wrong.items():
            bad = rmse(module, train, test, truth)
            if stem == catches:
                assert isinstance(bad, str) or bad > ceiling, (name, stem, bad)
            line += ", %s %s" % (stem, bad if isinstance(bad, str) else "%.3f" % bad)
        print(line)
        doc = {
            "description": "fit on %d sales, predict the log price of %d held-out homes; RMSE at"
            " most %.2f" % (n_train, n_test, ceiling),
            "calls": [
                {
                    "call": "fit_predict",
                    "args": [train, test],
                    "metric": {"name": "rmse", "labels": truth.tolist(), "at_most": ceiling},
                }
            ],
        }
        out = ROOT / "data" / folder / (name + ".json")
        out.write_text(json.dumps(doc, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
