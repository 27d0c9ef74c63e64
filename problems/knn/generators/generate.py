#!/usr/bin/env python3
"""Generate the tests of knn from the reference solution (deterministic).

Random tests are checked for near-ties at the k-th neighbour; tie tests use integer coordinates,
whose squared distances are exact in float64 however they are computed.
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


ref = load_module("submissions/accepted/knn.py")


def no_near_ties(Xtr, Xq, k):
    d = np.sort(((Xq[:, None, :] - Xtr[None]) ** 2).sum(-1), axis=1)
    if k < d.shape[1]:
        assert (d[:, k] - d[:, k - 1]).min() > 1e-9, "near-tie at the k-th neighbour"


def main() -> None:
    rng = np.random.default_rng(5)
    sample = []
    c = Calls(ref)
    Xtr = floats([[1.0, 1.0], [1.5, 2.0], [3.0, 4.0], [5.0, 7.0], [3.5, 5.0], [4.5, 5.0], [3.5, 4.5]])
    ytr = ints([0, 0, 1, 1, 1, 1, 1])
    Xq = floats([[1.2, 1.4], [4.0, 5.0], [2.0, 2.5]])
    c.call("knn_predict", Xtr, ytr, Xq, 3)
    c.call("knn_predict", Xtr, ytr, Xq, 1)
    sample.append(("1-two-classes", "seven training points, three queries, k = 3 and k = 1", c.calls))
    write_group("sample", sample)

    secret = []
    c = Calls(ref)
    Xtr = floats([[0, 0], [2, 0], [0, 3], [5, 5]])
    ytr = ints([1, 0, 2, 2])
    Xq = floats([[1, 0], [0, 1]])
    c.call("knn_predict", Xtr, ytr, Xq, 2)
    c.call("knn_predict", Xtr, ytr, floats([[1, 1]]), 2)
    secret.append(("01-vote-tie", "a 1-1 vote goes to the label of the nearer neighbour", c.calls))

    c = Calls(ref)
    Xtr = floats([[1, 0], [0, 1], [-1, 0], [0, -1], [3, 3]])
    ytr = ints([4, 9, 9, 4, 4])
    Xq = floats([[0, 0]])
    for k in [1, 2, 3, 4, 5]:
        c.call("knn_predict", Xtr, ytr, Xq, k)
    secret.append(("02-distance-ties", "four equidistant neighbours: lower training index first", c.calls))

    c = Calls(ref)
    Xtr = floats([[0], [1], [2], [3], [4], [5]])
    ytr = ints([7, 3, 3, 7, 5, 5])
    Xq = floats([[2.5], [0.0], [10.0]])
    c.call("knn_predict", Xtr, ytr, Xq, 6)
    c.call("knn_predict", Xtr, ytr, Xq, 4)
    secret.append(("03-three-way-tie", "k = n: a three-way tie over the whole training set", c.calls))

    c = Calls(ref)
    Xtr = np.round(rng.normal(size=(20, 3)), 3)
    ytr = rng.integers(0, 4, size=20)
    c.call("knn_predict", Xtr, ytr, Xtr, 1)
    secret.append(("04-query-is-training-point", "k = 1 on the training set returns the training labels", c.calls))

    c = Calls(ref)
    Xtr = floats([[0, 0], [10, 10], [0, 1], [10, 11]])
    ytr = ints([-5, 100, -5, 100])
    c.call("knn_predict", Xtr, ytr, floats([[1, 1], [9, 9]]), 2)
    secret.append(("05-arbitrary-labels", "labels need not be 0..C-1", c.calls))

    c = Calls(ref)
    centers = rng.normal(0, 3, size=(5, 8))
    labels = rng.integers(0, 5, size=1000)
    Xtr = np.round(centers[labels] + rng.normal(0, 1.5, size=(1000, 8)), 3)
    qlab = rng.integers(0, 5, size=200)
    Xq = np.round(centers[qlab] + rng.normal(0, 1.5, size=(200, 8)), 3)
    for k in [1, 5, 15]:
        no_near_ties(Xtr, Xq, k)
        c.call("knn_predict", Xtr, labels, Xq, k)
    secret.append(("06-larger-random", "1000 training points, 200 queries, 8-D, k = 1, 5, 15", c.calls))

    c = Calls(ref)
    grid = np.array([[x, y] for x in range(6) for y in range(6)], dtype=float)
    ytr = rng.integers(0, 3, size=len(grid))
    Xq = rng.integers(0, 6, size=(30, 2)).astype(float) + 0.5
    for k in [2, 4, 6]:
        c.call("knn_predict", grid, ytr, Xq, k)
    secret.append(("07-grid-ties", "queries at cell centres of an integer grid: many ties at once", c.calls))

    c = Calls(ref)
    Xtr = floats([[0.0, 0.0], [1.0, 1.0]])
    c.raises("knn_predict", Xtr, ints([0, 1]), floats([[0.0, 0.0]]), 0)
    c.raises("knn_predict", Xtr, ints([0, 1]), floats([[0.0, 0.0]]), 3)
    c.raises("knn_predict", Xtr, ints([0, 1]), floats([[0.0, 0.0, 0.0]]), 1)
    c.raises("knn_predict", Xtr, ints([0, 1, 1]), floats([[0.0, 0.0]]), 1)
    secret.append(("08-bad-arguments", "k out of range and mismatched shapes raise ValueError", c.calls))
    write_group("secret", secret)


if __name__ == "__main__":
    main()
