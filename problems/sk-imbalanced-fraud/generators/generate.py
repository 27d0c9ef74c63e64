"""Generate the tests of sk-imbalanced-fraud: card transactions with 1 to 2% fraud.

Run with /usr/bin/python3 from anywhere; re-running reproduces the files. Legitimate and
fraudulent transactions come from their own distributions (fraud: larger amounts, at night, far
from home, card not present, in bursts, on young accounts, at riskier merchants, abroad) that
overlap enough that no threshold is perfect.

Each test fits on a realistic training set, then scores held-out batches whose labels stay on the
judge's side: a batch of fraud only (its accuracy is the recall) and a batch of legitimate
transactions only (its accuracy is one minus the false-alarm rate). The script checks that every
accepted solution passes every test with a margin and that each wrong solution fails the test
named after its mistake.
"""
import importlib.util
import json
import pathlib
import warnings

import numpy as np

ROOT = pathlib.Path(__file__).resolve().parent.parent
warnings.filterwarnings("ignore")

COLUMNS = ["amount", "hour", "distance_km", "card_present", "txns_24h", "account_age_days",
           "merchant_risk", "foreign"]


def load(path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def transactions(rng, n, fraud):
    night = rng.random(n) < (0.45 if fraud else 0.08)
    hour = np.where(night, rng.integers(0, 6, n), rng.integers(6, 24, n))
    if fraud:
        amount = rng.lognormal(4.5, 1.0, n)
        distance = rng.lognormal(np.log(40), 1.3, n)
        card_present = rng.random(n) < 0.25
        burst = rng.poisson(4.5, n)
        age = rng.integers(0, 1500, n)
        risk = rng.beta(4, 5, n)
        foreign = rng.random(n) < 0.3
    else:
        amount = rng.lognormal(3.5, 1.0, n)
        distance = rng.lognormal(np.log(5), 1.0, n)
        card_present = rng.random(n) < 0.7
        burst = rng.poisson(2.0, n)
        age = rng.integers(30, 3650, n)
        risk = rng.beta(2, 8, n)
        foreign = rng.random(n) < 0.05
    return np.column_stack([np.round(amount, 2), hour, np.round(distance, 1), card_present,
                            burst, age, np.round(risk, 2), foreign]).astype(float)


def training_set(rng, n, rate):
    frauds = int(rng.binomial(n, rate))
    X = np.vstack([transactions(rng, n - frauds, False), transactions(rng, frauds, True)])
    y = np.r_[np.zeros(n - frauds, dtype=int), np.ones(frauds, dtype=int)]
    order = rng.permutation(n)
    return X[order], y[order]


# folder, name, seed, training rows, fraud rate, held-out fraud, held-out legitimate,
# recall floor, floor on the legitimate batch's accuracy, wrong solutions this test must catch
TESTS = [
    ("sample", "1-flag-for-review", 1, 2000, 0.015, 100, 1000, 0.65, 0.97, []),
    ("secret", "01-recall-on-held-out-fraud", 11, 4000, 0.015, 300, 0, 0.75, None,
     ["default_threshold", "accuracy_tuned_tree", "threshold_from_test_batch"]),
    ("secret", "02-false-alarms-on-legitimate", 12, 4000, 0.015, 0, 3000, None, 0.98,
     ["balanced_default_threshold"]),
    ("secret", "03-recall-and-false-alarms", 13, 4000, 0.02, 300, 3000, 0.75, 0.98,
     ["default_threshold", "balanced_default_threshold", "accuracy_tuned_tree",
      "threshold_from_test_batch"]),
    ("secret", "04-rarer-fraud", 14, 4000, 0.01, 300, 3000, 0.75, 0.98,
     ["default_threshold", "balanced_default_threshold", "accuracy_tuned_tree",
      "threshold_from_test_batch"]),
]


def flags(model, X):
    return np.asarray(model.predict(X.copy())).astype(float).ravel()


def ndarray(a):
    return {"$ndarray": a.tolist(), "dtype": "float64"}


def main():
    accepted = {p.stem: load(p) for p in sorted((ROOT / "submissions/accepted").glob("*.py"))}
    wrong = {p.stem: load(p) for p in sorted((ROOT / "submissions/wrong_answer").glob("*.py"))}
    for folder, name, seed, n, rate, n_fraud, n_legit, recall_floor, legit_floor, catches in TESTS:
        rng = np.random.default_rng(seed)
        X, y = training_set(rng, n, rate)
        X_fraud = transactions(rng, n_fraud, True)
        X_legit = transactions(rng, n_legit, False)
        line = "%s (%d frauds in training):" % (name, y.sum())
        for stem, module in {**accepted, **wrong}.items():
            model = module.FraudDetector()
            model.fit(X.copy(), y.copy())
            recall = float(np.mean(flags(model, X_fraud) == 1)) if n_fraud else None
            alarms = float(np.mean(flags(model, X_legit) == 1)) if n_legit else None
            ok_recall = recall is None or recall >= recall_floor
            ok_alarms = alarms is None or 1 - alarms >= legit_floor
            line += " %s recall %s%s alarms %s%s;" % (
                stem, "-" if recall is None else "%.3f" % recall, "" if ok_recall else "!",
                "-" if alarms is None else "%.4f" % alarms, "" if ok_alarms else "!")
            if stem in accepted:
                assert recall is None or recall >= recall_floor + 0.03, (name, stem, recall)
                assert alarms is None or 1 - alarms >= legit_floor + 0.002, (name, stem, alarms)
            if stem in catches:
                assert not (ok_recall and ok_alarms), (name, stem, recall, alarms)
        print(line)
        calls = [
            {"new": "FraudDetector", "args": []},
            {"call": "fit", "args": [ndarray(X), {"$ndarray": y.tolist(), "dtype": "int64"}]},
        ]
        what = []
        if n_fraud:
            calls.append({"call": "predict", "args": [ndarray(X_fraud)],
                          "metric": {"name": "accuracy", "labels": [1] * n_fraud,
                                     "at_least": recall_floor}})
            what.append("flag at least %d%% of %d held-out frauds" % (100 * recall_floor, n_fraud))
        if n_legit:
            calls.append({"call": "predict", "args": [ndarray(X_legit)],
                          "metric": {"name": "accuracy", "labels": [0] * n_legit,
                                     "at_least": legit_floor}})
            what.append("flag at most %.1f%% of %d held-out legitimate transactions"
                        % (100 * (1 - legit_floor), n_legit))
        doc = {"description": "fit on %d transactions (%d fraud); %s"
               % (n, y.sum(), " and ".join(what)), "calls": calls}
        out = ROOT / "data" / folder / (name + ".json")
        out.write_text(json.dumps(doc, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
