#!/usr/bin/env python3
"""Generate the tests of decision-tree-split from the reference solution (deterministic).

Random tests are checked to have a best split that beats every other candidate by more than 1e-9,
so the tie rule only matters in the tests built for it.
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


ref = load_module("submissions/accepted/tree_split.py")


def candidates(X, y):
    n = len(y)
    out = []
    for j in range(X.shape[1]):
        values = np.unique(X[:, j])
        for a, b in zip(values[:-1], values[1:]):
            t = (a + b) / 2
            m = X[:, j] <= t
            w = (m.sum() * ref.gini(y[m]) + (~m).sum() * ref.gini(y[~m])) / n
            out.append((j, t, ref.gini(y) - w))
    return out


def split(c: Calls, X, y, unique=True):
    X, y = floats(X), ints(y)
    if unique:
        gains = sorted(g for _, _, g in candidates(X, y))
        if gains and gains[-1] > 1e-12:
            assert len(gains) < 2 or gains[-1] - gains[-2] > 1e-9, "near-tie between candidate splits"
    c.call("best_split", X, y)


def main() -> None:
    rng = np.random.default_rng(23)
    sample = []
    c = Calls(ref)
    X = floats([[2.0, 7.0], [3.0, 1.0], [10.0, 6.0], [19.0, 2.0], [4.0, 8.0], [12.0, 3.0]])
    y = ints([0, 0, 1, 1, 0, 1])
    c.call("gini", y)
    split(c, X, y)
    split(c, X, ints([0, 0, 1, 1, 1, 1]))
    sample.append(("1-two-features", "six samples, two features", c.calls))
    write_group("sample", sample)

    secret = []
    c = Calls(ref)
    c.call("gini", ints([]))
    c.call("gini", ints([3, 3, 3]))
    c.call("gini", ints([0, 1, 2, 0, 1, 2]))
    c.call("gini", ints([5, 9, 9, 9]))
    secret.append(("01-gini", "impurity of empty, pure, uniform and skewed label sets", c.calls))

    c = Calls(ref)
    split(c, floats([[1.0, 5.0], [2.0, 3.0], [3.0, 1.0]]), ints([4, 4, 4]))
    split(c, floats([[1.0, 2.0], [1.0, 2.0], [1.0, 2.0]]), ints([0, 1, 0]))
    split(c, floats([[7.0]]), ints([1]))
    secret.append(("02-nothing-to-split", "a pure node, constant features, a single sample: None", c.calls))

    c = Calls(ref)
    X = np.round(rng.normal(size=(60, 3)), 3)
    y = (X[:, 1] > 0.2).astype(int) + (X[:, 2] > 0.8).astype(int)
    split(c, X, y)
    secret.append(("03-three-classes", "three classes", c.calls))

    c = Calls(ref)
    base = floats([[1.0], [2.0], [3.0], [4.0], [5.0]])
    X = np.hstack([base * 0 + floats([[3.0], [1.0], [4.0], [1.0], [5.0]]), base, base])
    split(c, X, ints([0, 0, 1, 1, 1]), unique=False)
    secret.append(("04-tie-between-features", "two identical columns: the smaller feature index", c.calls))

    c = Calls(ref)
    split(c, floats([[1.0], [2.0], [3.0], [4.0]]), ints([0, 1, 1, 0]), unique=False)
    split(c, floats([[4.0, 0.0], [3.0, 0.0], [2.0, 0.0], [1.0, 0.0]]), ints([0, 1, 1, 0]), unique=False)
    secret.append(("05-tie-between-thresholds", "equal gains on one feature: the smaller threshold", c.calls))

    c = Calls(ref)
    split(c, floats([[1.0], [2.0], [3.0], [4.0], [5.0]]), ints([0, 0, 0, 0, 1]))
    split(c, floats([[9.0, 1.0], [1.0, 2.0], [2.0, 3.0], [3.0, 4.0]]), ints([1, 0, 0, 0]), unique=False)
    secret.append(("06-largest-value-alone", "the best split isolates the largest value", c.calls))

    c = Calls(ref)
    X = floats([[1.0], [1.0], [2.0], [2.0], [2.0], [3.0]])
    split(c, X, ints([0, 1, 1, 1, 1, 1]), unique=False)
    split(c, floats([[1.0], [1.0], [1.0], [2.0]]), ints([0, 1, 0, 1]))
    secret.append(("07-repeated-values", "thresholds only between distinct values", c.calls))

    c = Calls(ref)
    X = np.round(rng.normal(0, 5, size=(300, 6)), 3)
    y = ((X[:, 3] + 0.3 * X[:, 0] + rng.normal(0, 2, size=300)) > 1).astype(int)
    y[rng.random(300) < 0.2] = 2
    split(c, X, y)
    secret.append(("08-noisy-random", "300 samples, 6 features, noisy labels", c.calls))

    c = Calls(ref)
    X = np.round(rng.normal(0, 1, size=(1000, 8)), 3)
    y = (X[:, 5] - X[:, 2] > 0.5).astype(int)
    split(c, X, y)
    secret.append(("09-larger", "1000 samples, 8 features", c.calls))

    c = Calls(ref)
    c.raises("best_split", floats([1.0, 2.0, 3.0]), ints([0, 1, 0]))
    c.raises("best_split", floats([[1.0], [2.0]]), ints([0, 1, 0]))
    c.raises("best_split", floats([[1.0], [2.0], [3.0]]), ints([[0], [1], [0]]))
    secret.append(("10-bad-shapes", "X not 2-D, or y of the wrong length or an (n, 1) column: ValueError", c.calls))

    c = Calls(ref)
    split(c, floats([[-3.5], [-1.25], [0.0], [0.5]]), ints([7, 7, -2, -2]))
    secret.append(("11-negative-values-and-labels", "negative feature values and arbitrary label ids", c.calls))

    # Gains that are equal in exact arithmetic but differ in the last bits once computed in floating
    # point (different class counts on each side); a later candidate comes out a few ulps larger, so
    # only the 1e-12 tie rule picks the smaller feature / threshold.
    c = Calls(ref)
    for X, y in [
        ([[5, 2], [8, 6], [6, 4], [2, 9], [5, 6], [5, 9], [1, 6], [6, 6], [3, 4]], [1, 1, 0, 1, 0, 1, 1, 0, 1]),
        ([[9, 6], [8, 3], [5, 8], [3, 1], [1, 6], [4, 2], [5, 2], [3, 5], [6, 1]], [1, 1, 0, 1, 0, 1, 1, 1, 0]),
        ([[5, 6, 5], [8, 9, 3], [1, 2, 8], [1, 7, 6], [1, 7, 4], [3, 1, 9], [9, 3, 5], [5, 1, 3], [7, 9, 2],
          [9, 5, 2]], [1, 1, 1, 0, 0, 1, 1, 0, 1, 0]),
        ([[1, 9, 1], [5, 5, 3], [9, 8, 2], [2, 6, 9], [7, 5, 2], [1, 1, 1], [1, 4, 8]], [1, 1, 0, 2, 2, 1, 2]),
        ([[1], [8], [6], [4], [5], [3], [4], [6], [1], [7]], [1, 0, 0, 0, 1, 0, 0, 0, 0, 1]),
    ]:
        split(c, X, y, unique=False)
    secret.append(("12-ties-within-rounding", "equal gains that differ only by rounding error: still ties", c.calls))

    # Every split keeps the class mix of the parent: the gain is 0 in exact arithmetic but can come
    # out a few ulps above 0, which the 1e-12 rule must still treat as "no useful split".
    c = Calls(ref)
    for pattern, blocks in [([0, 0, 0, 1, 1], 3), ([0, 1, 2], 3), ([4, 9, 9], 4)]:
        y = ints(pattern * blocks)
        X = np.repeat(np.arange(1.0, blocks + 1), len(pattern))[:, None]
        split(c, np.hstack([X, X[::-1]]), y, unique=False)
    secret.append(("13-uninformative-splits", "splits that leave the class mix unchanged: None", c.calls))
    write_group("secret", secret)


if __name__ == "__main__":
    main()
