"""Generate the tests of sk-churn-pipeline: synthetic telecom customers from a fixed seed.

Run with /usr/bin/python3 from anywhere; re-running reproduces the files. Churn follows a logistic
model of tenure, charges, support calls and (mostly) the contract, payment method and internet
service, so a pipeline must impute, scale and one-hot encode to rank held-out customers well. The
held-out labels go only into each test's "metric" (they never reach the candidate's code). The
script checks that the reference clears every threshold with a margin and that each wrong solution
in submissions/wrong_answer falls short on the test named after its mistake.
"""
import importlib.util
import json
import pathlib
import warnings

import numpy as np
from sklearn.metrics import roc_auc_score

ROOT = pathlib.Path(__file__).resolve().parent.parent
warnings.filterwarnings("ignore")


def load(path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def customers(rng, n, missing):
    tenure = rng.integers(0, 73, n)
    monthly = np.round(rng.uniform(18, 120, n), 2)
    total = np.round(tenure * monthly * rng.uniform(0.9, 1.1, n), 2)
    calls = rng.poisson(1.5, n)
    contract = rng.choice(["month-to-month", "one-year", "two-year"], n, p=[0.55, 0.25, 0.2])
    payment = rng.choice(["card", "bank-transfer", "electronic-check", "mailed-check"], n)
    internet = rng.choice(["fiber", "dsl", "none"], n, p=[0.45, 0.4, 0.15])
    z = (
        -0.6 - 0.04 * tenure + 0.018 * monthly + 0.45 * calls
        + np.select([contract == "month-to-month", contract == "one-year"], [1.4, 0.0], -1.3)
        + np.where(payment == "electronic-check", 0.9, 0)
        + np.where(internet == "fiber", 0.5, np.where(internet == "none", -0.8, 0))
    )
    churned = (rng.random(n) < 1 / (1 + np.exp(-(1.8 * z - 1.5)))).astype(int)
    rows = []
    for i in range(n):
        row = {
            "tenure_months": int(tenure[i]),
            "monthly_charges": float(monthly[i]),
            "total_charges": float(total[i]),
            "support_calls": int(calls[i]),
            "contract": str(contract[i]),
            "payment_method": str(payment[i]),
            "internet": str(internet[i]),
        }
        for key in ["total_charges", "monthly_charges", "contract", "payment_method"]:
            if rng.random() < missing:
                row[key] = None
        rows.append(row)
    return rows, churned.tolist()


# name, seed, train rows, held-out rows, share of missing cells, threshold, the wrong solution
# this test is named after (it must fall below the threshold here)
TESTS = [
    ("sample", "1-churn-scores", 1, 200, 60, 0.05, 0.75, None),
    ("secret", "01-probabilities-not-hard-labels", 11, 300, 200, 0.05, 0.85, "hard_labels"),
    ("secret", "02-contract-and-payment-one-hot", 12, 300, 200, 0.05, 0.85, "numeric_only"),
    ("secret", "03-missing-values-in-held-out-rows", 13, 300, 200, 0.12, 0.85, "drop_missing_rows"),
]


def score(module, train, test, labels):
    try:
        predictions = np.asarray(module.fit_predict(train, test), dtype=float)
    except Exception as e:  # a wrong solution may crash: that is caught too
        return "raised " + type(e).__name__
    if predictions.shape != (len(labels),):
        return "shape " + str(predictions.shape)
    return roc_auc_score(labels, predictions)


def main():
    reference = load(ROOT / "submissions/accepted/churn.py")
    wrong = {p.stem: load(p) for p in sorted((ROOT / "submissions/wrong_answer").glob("*.py"))}
    for folder, name, seed, n_train, n_test, missing, threshold, catches in TESTS:
        rng = np.random.default_rng(seed)
        train, train_labels = customers(rng, n_train, missing)
        test, test_labels = customers(rng, n_test, missing)
        for row, label in zip(train, train_labels):
            row["churned"] = label
        auc = score(reference, train, test, test_labels)
        assert auc >= threshold + 0.03, (name, auc)
        line = "%s: reference %.3f, threshold %.2f" % (name, auc, threshold)
        for stem, module in wrong.items():
            got = score(module, train, test, test_labels)
            if stem == catches:
                assert isinstance(got, str) or got < threshold, (name, stem, got)
            line += ", %s %s" % (stem, got if isinstance(got, str) else "%.3f" % got)
        print(line)
        doc = {
            "description": "fit on %d customers, score %d held-out ones; ROC AUC at least %.2f"
            % (n_train, n_test, threshold),
            "calls": [
                {
                    "call": "fit_predict",
                    "args": [train, test],
                    "metric": {"name": "roc_auc", "labels": test_labels, "at_least": threshold},
                }
            ],
        }
        out = ROOT / "data" / folder / (name + ".json")
        out.write_text(json.dumps(doc, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
