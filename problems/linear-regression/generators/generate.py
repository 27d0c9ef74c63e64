#!/usr/bin/env python3
"""Generate the tests of linear-regression from the reference solution (deterministic)."""
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


ref = load_module("submissions/accepted/linear_regression.py")


def dataset(rng, n, d, noise=0.1, scale=1.0):
    X = np.round(rng.normal(0, scale, size=(n, d)), 4)
    w = np.round(rng.normal(0, 2, size=d), 2)
    y = np.round(X @ w + 0.7 + rng.normal(0, noise, size=n), 4)
    return X, y


def main() -> None:
    rng = np.random.default_rng(3)
    sample = []
    c = Calls(ref)
    X = floats([[0.0], [1.0], [2.0], [3.0]])
    y = floats([1.0, 3.0, 5.0, 7.0])
    c.call("fit_closed_form", X, y)
    c.call("fit_gradient_descent", X, y, 0.1, 1)
    c.call("fit_gradient_descent", X, y, 0.1, 3)
    c.call("predict", X, floats([2.0]), 1.0)
    sample.append(("1-line", "y = 2x + 1 exactly; one and three gradient steps", c.calls))
    c = Calls(ref)
    X = floats([[1.0, 2.0], [2.0, 0.0], [3.0, 1.0], [0.0, 1.0], [4.0, 3.0]])
    y = floats([3.1, 2.9, 4.2, 1.1, 7.3])
    c.call("fit_closed_form", X, y)
    c.call("fit_closed_form", X, y, 0.5)
    sample.append(("2-two-features", "least squares and ridge with l2 = 0.5", c.calls))
    write_group("sample", sample)

    secret = []
    c = Calls(ref)
    X, y = dataset(rng, 100, 5)
    c.call("fit_closed_form", X, y)
    X, y = dataset(rng, 40, 12, noise=1.0, scale=3.0)
    c.call("fit_closed_form", X, y)
    secret.append(("01-least-squares", "ordinary least squares on noisy data", c.calls))

    c = Calls(ref)
    X, y = dataset(rng, 60, 4, noise=0.5)
    for l2 in [0.01, 0.3, 5.0]:
        c.call("fit_closed_form", X, y, l2)
    secret.append(("02-ridge", "ridge for three strengths; the intercept is not penalized", c.calls))

    c = Calls(ref)
    X0, y = dataset(rng, 30, 3)
    X = np.hstack([X0, X0[:, :1]])
    c.call("fit_closed_form", X, y)
    X, y = dataset(rng, 4, 7)
    c.call("fit_closed_form", X, y)
    secret.append(("03-rank-deficient", "a duplicated column, and more features than rows: minimum-norm w", c.calls))

    c = Calls(ref)
    X, y = dataset(rng, 50, 3)
    for steps in [0, 1, 2, 10]:
        c.call("fit_gradient_descent", X, y, 0.05, steps)
    c.call("fit_gradient_descent", X, y, 0.05, 10, 0.5)
    secret.append(("04-gd-steps", "gradient descent after 0, 1, 2 and 10 steps, with and without l2", c.calls))

    c = Calls(ref)
    X, y = dataset(rng, 200, 4)
    for l2 in [0.0, 0.2]:
        w_gd, b_gd = ref.fit_gradient_descent(X, y, 0.3, 3000, l2)
        w_cf, b_cf = ref.fit_closed_form(X, y, l2)
        assert np.allclose(w_gd, w_cf, atol=1e-9) and abs(b_gd - b_cf) < 1e-9
        c.call("fit_gradient_descent", X, y, 0.3, 3000, l2)
        c.call("fit_closed_form", X, y, l2)
    secret.append(("05-gd-converges", "3000 steps of gradient descent reach the closed form", c.calls))

    c = Calls(ref)
    X, y = dataset(rng, 25, 3)
    c.call("predict", X, floats([0.5, -1.0, 2.0]), -0.25)
    secret.append(("06-predict", "predictions X w + b", c.calls))

    c = Calls(ref)
    c.call("fit_closed_form", floats([[2.0, -1.0]]), floats([3.5]))
    c.call("fit_gradient_descent", floats([[2.0, -1.0]]), floats([3.5]), 0.1, 5)
    secret.append(("07-single-row", "one training row: w = 0 and b = y", c.calls))

    c = Calls(ref)
    X, y = dataset(rng, 20, 2)
    X = np.hstack([X, np.full((20, 1), 4.0)])
    c.call("fit_closed_form", X, y)
    c.call("fit_closed_form", X, y, 0.1)
    secret.append(("08-constant-column", "a constant feature gets weight 0", c.calls))

    c = Calls(ref)
    X, y = dataset(rng, 5, 2)
    c.raises("fit_closed_form", X, y[:4])
    c.raises("fit_closed_form", X[0], y)
    c.raises("fit_closed_form", X, y, -1.0)
    c.raises("fit_gradient_descent", X, y, 0.0, 10)
    c.raises("fit_gradient_descent", X, y, 0.1, -1)
    c.raises("fit_gradient_descent", X, y, 0.1, 10, -0.5)
    c.raises("fit_closed_form", X, y.reshape(-1, 1))
    c.raises("fit_gradient_descent", X, y.reshape(-1, 1), 0.1, 10)
    c.raises("fit_closed_form", np.zeros((0, 2)), np.zeros(0))
    c.raises("fit_gradient_descent", np.zeros((0, 2)), np.zeros(0), 0.1, 10)
    secret.append(("09-bad-arguments", "bad shapes (y as an (n, 1) column too), negative l2 in both fits, "
                   "non-positive lr, negative steps", c.calls))

    c = Calls(ref)
    X, y = dataset(rng, 600, 10, noise=2.0)
    c.call("fit_closed_form", X, y, 0.05)
    c.call("fit_gradient_descent", X, y, 0.2, 200, 0.05)
    secret.append(("10-larger", "600 rows, 10 features", c.calls))
    write_group("secret", secret)


if __name__ == "__main__":
    main()
