#!/usr/bin/env python3
"""Generate the tests of logistic-regression from the reference solution (deterministic)."""
import importlib.util
import json
import pathlib
import shutil

import numpy as np

ROOT = pathlib.Path(__file__).resolve().parent.parent


def load_module(relative_path: str):
    """Import a Python file of this package (the reference solution) as a module."""
    path = ROOT / relative_path
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def encode(value):
    """Turn a Python / NumPy value into the JSON form of an api test."""
    if isinstance(value, np.ndarray):
        if value.size == 0:
            # An empty array's nested lists cannot say its shape: the harness takes it from here.
            kind = "float64" if value.dtype.kind == "f" else "int64"
            return {"$ndarray": [], "dtype": kind, "shape": list(value.shape)}
        if value.dtype.kind == "f":
            return {"$ndarray": value.astype(np.float64).tolist(), "dtype": "float64"}
        if value.dtype.kind in "iu":
            return {"$ndarray": value.astype(np.int64).tolist(), "dtype": "int64"}
        if value.dtype.kind == "b":
            return {"$ndarray": value.tolist(), "dtype": "bool"}
        raise TypeError(f"cannot encode dtype {value.dtype}")
    if isinstance(value, (list, tuple)):
        return [encode(v) for v in value]
    if isinstance(value, dict):
        return {str(k): encode(v) for k, v in value.items()}
    if isinstance(value, np.bool_):
        return bool(value)
    if isinstance(value, np.integer):
        return int(value)
    if isinstance(value, np.floating):
        return float(value)
    return value


def as_harness_sees(value):
    """What the harness hands the candidate for an encoded argument."""
    if isinstance(value, dict):
        if "$ndarray" in value:
            return np.array(value["$ndarray"], dtype=value.get("dtype", "float64"))
        return {k: as_harness_sees(v) for k, v in value.items()}
    if isinstance(value, list):
        return [as_harness_sees(v) for v in value]
    return value


def floats(a) -> np.ndarray:
    return np.asarray(a, dtype=np.float64)


def ints(a) -> np.ndarray:
    return np.asarray(a, dtype=np.int64)


class Calls:
    """Build the calls of one test, computing every expected value with the reference module."""

    def __init__(self, module):
        self.module = module
        self.calls = []
        self.instance = None

    def _args(self, args):
        encoded = [encode(a) for a in args]
        return encoded, [as_harness_sees(a) for a in encoded]

    def new(self, cls: str, *args):
        encoded, decoded = self._args(args)
        self.instance = getattr(self.module, cls)(*decoded)
        self.calls.append({"new": cls, "args": encoded})
        return self

    def call(self, name: str, *args, check_value: bool = True, **extra):
        """Call `name` on the reference and record its result as the expected value."""
        encoded, decoded = self._args(args)
        owner = self.instance if self.instance is not None else self.module
        result = getattr(owner, name)(*decoded)
        entry = {"call": name, "args": encoded}
        if "pick" in extra:
            result = result[extra["pick"]]
        if check_value:
            entry["expect"] = encode(result)
        entry.update(extra)
        self.calls.append(entry)
        return result

    def raises(self, name: str, *args, error: str = "ValueError"):
        encoded, decoded = self._args(args)
        owner = self.instance if self.instance is not None else self.module
        try:
            getattr(owner, name)(*decoded)
        except Exception as e:  # noqa: BLE001 - the reference must raise exactly `error`
            assert type(e).__name__ == error, f"{name} raised {type(e).__name__}, not {error}"
        else:
            raise AssertionError(f"the reference {name}{tuple(args)!r} did not raise {error}")
        self.calls.append({"call": name, "args": encoded, "raises": error})

    def raw(self, entry: dict):
        """Append a call the judge evaluates by itself (numgrad, same_as, check)."""
        self.calls.append(entry)
        return len(self.calls)


def write_group(group: str, tests: list) -> None:
    """Write data/<group>/NAME.json for each (name, description, calls) in `tests`, replacing the group."""
    out = ROOT / "data" / group
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    for name, description, calls in tests:
        lines = ",\n  ".join(json.dumps(c) for c in calls)
        text = '{"description": ' + json.dumps(description) + ',\n "calls": [\n  ' + lines + "\n]}\n"
        (out / f"{name}.json").write_text(text)


ref = load_module("submissions/accepted/logistic_regression.py")
GRAD_TOL = {"rel": 1e-5, "abs": 1e-7}


def dataset(rng, n, d, margin=1.0):
    X = np.round(rng.normal(0, 1, size=(n, d)), 4)
    w = rng.normal(0, 2, size=d)
    p = ref.sigmoid(margin * (X @ w) - 0.3)
    y = (rng.random(n) < p).astype(np.float64)
    return X, y


def gradcheck(c: Calls, X, y, w, b, l2):
    args = [encode(X), encode(y), encode(w), b, l2]
    k = c.raw({"numgrad": "loss", "args": args, "wrt": 2, "weights": 1.0})
    c.raw({"call": "gradient", "args": args, "pick": 0, "same_as": k, "tolerance": GRAD_TOL})


def main() -> None:
    rng = np.random.default_rng(17)
    sample = []
    c = Calls(ref)
    X = floats([[-2.0], [-1.0], [1.0], [3.0]])
    y = floats([0, 0, 1, 1])
    c.call("sigmoid", floats([-2.0, 0.0, 2.0]))
    c.call("loss", X, y, floats([0.0]), 0.0)
    c.call("gradient", X, y, floats([0.0]), 0.0)
    c.call("fit", X, y, 0.5, 1)
    c.call("fit", X, y, 0.5, 100, 0.1)
    c.call("predict_proba", X, floats([1.5]), -0.5)
    sample.append(("1-one-feature", "four points on a line", c.calls))
    write_group("sample", sample)

    secret = []
    c = Calls(ref)
    c.call("sigmoid", floats([-1000.0, -745.0, -30.0, -1e-9, 0.0, 1e-9, 30.0, 745.0, 1000.0]), check="finite")
    c.call("sigmoid", floats([[0.5, -0.5], [4.0, -4.0]]))
    secret.append(("01-sigmoid-extremes", "sigmoid of huge, tiny and 2-D inputs", c.calls))

    c = Calls(ref)
    X, y = dataset(rng, 50, 4)
    w = np.round(rng.normal(0, 1, size=4), 3)
    for l2 in [0.0, 0.1]:
        c.call("loss", X, y, w, 0.25, l2)
        c.call("gradient", X, y, w, 0.25, l2)
    secret.append(("02-loss-and-gradient", "loss and gradient at a random point, with and without l2", c.calls))

    c = Calls(ref)
    X, y = dataset(rng, 30, 5)
    gradcheck(c, X, y, np.round(rng.normal(0, 1, size=5), 3), -0.4, 0.0)
    gradcheck(c, X, y, np.round(rng.normal(0, 1, size=5), 3), 0.7, 0.3)
    secret.append(("03-gradient-check", "the gradient matches finite differences of the loss", c.calls))

    c = Calls(ref)
    X = floats([[1.0], [-1.0], [0.5]])
    y = floats([0, 1, 1])
    c.call("loss", X, y, floats([800.0]), 0.0)
    c.call("gradient", X, y, floats([800.0]), 0.0)
    c.call("loss", X, floats([1, 0, 1]), floats([800.0]), 0.0)
    secret.append(("04-confidently-wrong", "logits of +-800: the loss is large but finite", c.calls))

    c = Calls(ref)
    X, y = dataset(rng, 40, 3)
    for steps in [0, 1, 5]:
        c.call("fit", X, y, 0.3, steps, 0.05)
    secret.append(("05-fit-steps", "fit after 0, 1 and 5 steps with l2 = 0.05", c.calls))

    c = Calls(ref)
    X, y = dataset(rng, 80, 2, margin=50.0)
    c.call("fit", X, y, 1.0, 2000, 0.1)
    c.call("fit", X, y, 1.0, 200, 0.0)
    secret.append(("06-separable", "nearly separable data; l2 keeps the weights finite", c.calls))

    c = Calls(ref)
    X, y = dataset(rng, 20, 3)
    c.call("predict_proba", X, floats([2.0, -1.0, 0.5]), 0.1)
    c.call("predict_proba", X, floats([200.0, -100.0, 50.0]), 0.0)
    secret.append(("07-predict-proba", "probabilities, including saturated ones", c.calls))

    c = Calls(ref)
    X, y = dataset(rng, 5, 2)
    c.raises("loss", X, floats([0, 1, 2, 0, 1]), floats([0.0, 0.0]), 0.0)
    c.raises("loss", X, y[:3], floats([0.0, 0.0]), 0.0)
    c.raises("fit", X, y, 0.0, 10)
    c.raises("fit", X, y, 0.1, -1)
    c.raises("fit", X, y, 0.1, 10, -0.5)
    w0 = floats([0.0, 0.0])
    for name, extra in [("loss", [w0, 0.0]), ("gradient", [w0, 0.0]), ("fit", [0.1, 10])]:
        c.raises(name, X, floats([0, 1, 0.5, 0, 1]), *extra)
        c.raises(name, X, floats([0, 1, -1, 0, 1]), *extra)
        c.raises(name, X, y.reshape(-1, 1), *extra)
        c.raises(name, X, y[:4], *extra)
        c.raises(name, X[:, 0], y, *extra)
        c.raises(name, np.zeros((0, 2)), np.zeros(0), *extra)
    c.raises("loss", X, y, w0, 0.0, -0.1)
    c.raises("gradient", X, y, w0, 0.0, -0.1)
    secret.append(("08-bad-arguments", "labels other than 0/1, bad shapes (y as an (n, 1) column too), lr, "
                   "steps or l2, in loss, gradient and fit", c.calls))

    c = Calls(ref)
    X, y = dataset(rng, 800, 10)
    c.call("fit", X, y, 0.5, 300, 0.01)
    secret.append(("09-larger", "800 rows, 10 features, 300 steps", c.calls))
    write_group("secret", secret)


if __name__ == "__main__":
    main()
