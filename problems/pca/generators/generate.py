#!/usr/bin/env python3
"""Generate the tests of pca from the reference solution (deterministic).

Every dataset is checked for well-separated variances (so components are unique up to sign) and a
clear largest-magnitude entry in each component (so the sign rule is unambiguous).
"""
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


ref = load_module("submissions/accepted/pca.py")


def data(rng, n, scales, shift=None, decimals=4):
    d = len(scales)
    q, _ = np.linalg.qr(rng.normal(size=(d, d)))
    X = rng.normal(size=(n, d)) * np.asarray(scales) @ q.T
    if shift is not None:
        X = X + np.asarray(shift)
    return np.round(X, decimals)


def posed(rng, k, *args, **kwargs):
    """Draw datasets until one is well posed for k components."""
    while True:
        X = data(rng, *args, **kwargs)
        try:
            well_posed(X, k)
            return X
        except AssertionError:
            pass


def well_posed(X, k):
    comps, var, _ = ref.pca(X, k)
    allvar = np.linalg.svd(X - X.mean(0), compute_uv=False) ** 2 / (len(X) - 1)
    gaps = np.abs(np.diff(allvar[: k + 1])) if k < len(allvar) else np.abs(np.diff(allvar[:k]))
    assert gaps.size == 0 or gaps.min() > 1e-3 * allvar[0], "variances too close"
    a = np.sort(np.abs(comps), axis=1)
    if comps.shape[1] > 1:
        assert (a[:, -1] - a[:, -2]).min() > 1e-6, "ambiguous sign entry"


def run(c: Calls, X, k, both=True):
    X = floats(X)
    well_posed(X, k)
    c.call("pca", X, k)
    if both:
        c.call("reconstruct", X, k)


def main() -> None:
    rng = np.random.default_rng(29)
    sample = []
    c = Calls(ref)
    X = floats([[2.0, 0.0], [0.0, 1.0], [-2.0, 0.0], [0.0, -1.0], [4.0, 0.5], [-4.0, -0.5]])
    run(c, X, 1)
    run(c, X, 2, both=False)
    sample.append(("1-ellipse", "six points stretched along the x axis", c.calls))
    write_group("sample", sample)

    secret = []
    c = Calls(ref)
    X = data(rng, 100, [5.0, 2.0, 1.0, 0.5], shift=[10.0, -3.0, 7.0, 100.0])
    for k in [1, 2, 4]:
        run(c, X, k)
    secret.append(("01-shifted", "data far from the origin: centring matters", c.calls))

    c = Calls(ref)
    X = data(rng, 200, [10.0, 6.0, 3.0, 1.5, 0.8, 0.4, 0.2, 0.1], shift=rng.normal(0, 3, 8))
    run(c, X, 3)
    secret.append(("02-eight-dims", "200 points in 8-D, k = 3", c.calls))

    c = Calls(ref)
    X = posed(rng, 4, 5, [3.0, 2.0, 1.0, 0.5, 0.3, 0.2])
    run(c, X, 4)
    secret.append(("03-wide", "fewer points than dimensions: k up to n - 1", c.calls))

    c = Calls(ref)
    X = data(rng, 50, [4.0, 1.0, 0.5])
    X = np.hstack([X, np.full((50, 1), 2.5)])
    run(c, X, 3)
    secret.append(("04-constant-column", "a constant feature gets zero weight", c.calls))

    c = Calls(ref)
    t = np.linspace(-3, 3, 40)
    X = np.round(np.column_stack([t, -2 * t + 1, 0.5 * t - 4]) + rng.normal(0, 0.01, size=(40, 3)), 5)
    run(c, X, 1)
    secret.append(("05-near-line", "points close to a line: one component explains almost everything", c.calls))

    c = Calls(ref)
    X = posed(rng, 2, 30, [2.0, 1.0, 0.5], decimals=3)
    run(c, -X, 2)
    run(c, X, 2)
    secret.append(("06-sign-convention", "X and -X give the same components (largest entry positive)", c.calls))

    c = Calls(ref)
    X = posed(rng, 1, 2, [3.0, 1.0, 0.5])
    run(c, X, 1)
    secret.append(("07-two-points", "two points: one component along their difference", c.calls))

    c = Calls(ref)
    X = data(rng, 10, [2.0, 1.0, 0.5])
    c.raises("pca", X, 0)
    c.raises("pca", X, 4)
    c.raises("pca", X[:1], 1)
    c.raises("pca", X[0], 1)
    c.raises("reconstruct", data(rng, 3, [2.0, 1.0, 0.5, 0.2]), 3)
    secret.append(("08-bad-arguments", "k out of range, a single row, a 1-D array", c.calls))

    c = Calls(ref)
    X = data(rng, 400, [8.0, 5.0, 3.0, 2.0, 1.4, 1.0, 0.7, 0.5, 0.35, 0.25, 0.18, 0.12], shift=rng.normal(0, 1, 12))
    run(c, X, 5)
    secret.append(("09-larger", "400 points in 12-D, k = 5", c.calls))

    c = Calls(ref)
    X = posed(np.random.default_rng(2910), 3, 60, [3.0, 1.5, 0.7], shift=[1.0e6, -2.0e6, 5.0e5])
    run(c, X, 1)
    run(c, X, 3)
    secret.append(("10-large-offset", "unit-scale spread around a mean of order 1e6: the covariance must come from centred data", c.calls))
    write_group("secret", secret)


if __name__ == "__main__":
    main()
