"""Generate the tests of sk-leakage-free-cv: patients, genetic markers and drug response.

Run with /usr/bin/python3 from anywhere; re-running reproduces the files. Each patient has P markers
(0, 1 or 2 copies of a variant, each marker with its own frequency); the response follows a
logistic model of a handful of them, or of none ("coin-flip" tests, where the only honest
accuracy estimate is 0.5). With hundreds of markers and a couple of hundred patients, choosing
markers on all rows before cross-validating makes the estimate optimistic by 0.15 to 0.3.

Each test fits once, checks the reported CV accuracy against the accuracy a leak-free pipeline
really reaches (0.5 for coin flips; otherwise the reference's accuracy on 4000 fresh patients
that are not stored), and, where there is signal, grades predictions on held-out patients whose
labels stay on the judge's side. The script checks that every accepted solution passes every test
with a margin and that each wrong one fails the test named after its mistake.
"""
import importlib.util
import json
import pathlib
import warnings

import numpy as np

ROOT = pathlib.Path(__file__).resolve().parent.parent
warnings.filterwarnings("ignore")


def load(path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class Cohort:
    """A population: marker frequencies and the response model (no effect when strength is 0)."""

    def __init__(self, rng, markers, causal, strength):
        self.freqs = rng.uniform(0.2, 0.5, markers)
        self.weights = rng.choice([-1, 1], causal) * rng.uniform(0.8, 1.2, causal) * strength
        self.rng = rng

    def patients(self, n):
        X = self.rng.binomial(2, self.freqs, size=(n, len(self.freqs)))
        causal = len(self.weights)
        z = (X[:, :causal] - 2 * self.freqs[:causal]) @ self.weights
        y = (self.rng.random(n) < 1 / (1 + np.exp(-z))).astype(int)
        return X, y


# folder, name, seed, patients, markers, causal markers, strength, held-out patients,
# held-out accuracy floor (None: no held-out check), tolerance of the estimate,
# wrong solutions this test must catch
TESTS = [
    ("sample", "1-responders", 1, 120, 300, 5, 1.6, 60, 0.60, 0.15, []),
    ("secret", "01-coin-flip-labels", 11, 220, 800, 0, 0.0, 0, None, 0.12,
     ["select_before_split", "training_accuracy"]),
    ("secret", "03-held-out-responders", 13, 200, 600, 6, 1.5, 150, 0.65, 0.12, ["all_markers"]),
    ("secret", "04-many-weak-markers", 15, 180, 800, 12, 1.1, 120, 0.58, 0.12,
     ["select_before_split", "training_accuracy"]),
]


def run(module, X, y, X_test):
    model = module.MarkerClassifier()
    model.fit(X.copy(), y.copy())
    estimate = float(model.cv_accuracy())
    predictions = None if X_test is None else np.asarray(model.predict(X_test.copy()))
    return model, estimate, predictions


def ndarray(a):
    return {"$ndarray": a.tolist(), "dtype": "int64"}


def main():
    accepted = {p.stem: load(p) for p in sorted((ROOT / "submissions/accepted").glob("*.py"))}
    wrong = {p.stem: load(p) for p in sorted((ROOT / "submissions/wrong_answer").glob("*.py"))}
    reference = accepted["nested_cv"]
    for folder, name, seed, n, markers, causal, strength, n_test, floor, tol, catches in TESTS:
        rng = np.random.default_rng(seed)
        cohort = Cohort(rng, markers, causal, strength)
        X, y = cohort.patients(n)
        X_test, y_test = cohort.patients(n_test) if n_test else (None, None)
        X_fresh, y_fresh = cohort.patients(4000)
        if strength == 0:
            truth = 0.5
        else:
            model, _, _ = run(reference, X, y, None)
            truth = round(float(np.mean(model.predict(X_fresh) == y_fresh)), 3)
        line = "%s: truth %.3f" % (name, truth)
        for stem, module in {**accepted, **wrong}.items():
            _, estimate, predictions = run(module, X, y, X_test)
            accuracy = None if predictions is None else float(np.mean(predictions == y_test))
            honest = abs(estimate - truth) <= tol
            good = floor is None or accuracy >= floor
            line += "; %s est %+.3f%s acc %s%s" % (
                stem, estimate - truth, "" if honest else "!",
                "-" if accuracy is None else "%.3f" % accuracy, "" if good else "!")
            if stem in accepted:
                assert abs(estimate - truth) <= tol - 0.03, (name, stem, estimate, truth)
                assert floor is None or accuracy >= floor + 0.03, (name, stem, accuracy)
            if stem in catches:
                assert not (honest and good), (name, stem, estimate, accuracy)
        print(line)
        calls = [
            {"new": "MarkerClassifier", "args": []},
            {"call": "fit", "args": [ndarray(X), ndarray(y)]},
            {"call": "cv_accuracy", "args": [], "expect": truth, "tolerance": {"abs": tol, "rel": 0}},
        ]
        what = "reported CV accuracy within %.2f of %.3f" % (tol, truth)
        if n_test:
            calls.append({
                "call": "predict",
                "args": [ndarray(X_test)],
                "metric": {"name": "accuracy", "labels": y_test.tolist(), "at_least": floor},
            })
            what += "; accuracy on %d held-out patients at least %.2f" % (n_test, floor)
        doc = {"description": "%d patients, %d markers: %s" % (n, markers, what), "calls": calls}
        out = ROOT / "data" / folder / (name + ".json")
        out.write_text(json.dumps(doc, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
