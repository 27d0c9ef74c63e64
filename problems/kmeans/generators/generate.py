#!/usr/bin/env python3
"""Generate the tests of kmeans from the reference solution (deterministic).

Every test is checked for near-ties: no point may be within 1e-9 of being equally close to two
final centroids, so that any correct implementation returns the same labels.
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


ref = load_module("submissions/accepted/kmeans.py")


def blobs(rng, centers, per, spread, decimals=3):
    parts = [rng.normal(c, spread, size=(per, len(c))) for c in centers]
    return np.round(np.concatenate(parts), decimals)


def safe(X, k, seed, max_iters=100):
    X = floats(X)
    centers, labels = ref.kmeans(X, k, seed, max_iters)
    d = np.sort(ref._squared_distances(X, centers), axis=1)
    if k > 1:
        assert (d[:, 1] - d[:, 0]).min() > 1e-9, "near-tie in the final assignment"


def tied_run(c: Calls, X, k, seed, max_iters):
    """Like run, for small-integer X whose k-means++ seeds leave some point exactly equidistant
    from two seeds (exact in floating point, so the smaller-index rule decides it). Every later
    assignment must be free of near-ties."""
    X = floats(X)
    assert np.array_equal(X, np.round(X)) and np.abs(X).max() <= 16
    rng = np.random.default_rng(seed)
    centers = ref._init_plus_plus(X, k, rng)
    d = np.sort(ref._squared_distances(X, centers), axis=1)
    assert (d[:, 1] == d[:, 0]).any(), "no exact tie at the seeds"
    labels = ref._assign(X, centers)
    for _ in range(max_iters):
        centers = ref._update(X, labels, centers)
        d = np.sort(ref._squared_distances(X, centers), axis=1)
        assert (d[:, 1] - d[:, 0]).min() > 1e-9, "near-tie after an update"
        new_labels = ref._assign(X, centers)
        if np.array_equal(new_labels, labels):
            break
        labels = new_labels
    c.call("kmeans", X, k, seed, max_iters)


def run(c: Calls, X, k, seed, max_iters=None):
    if max_iters is None:
        safe(X, k, seed)
        c.call("kmeans", floats(X), k, seed)
    else:
        safe(X, k, seed, max_iters)
        c.call("kmeans", floats(X), k, seed, max_iters)


def main() -> None:
    rng = np.random.default_rng(11)
    small = floats([[0.0, 0.0], [0.5, 0.2], [0.1, 0.6], [0.4, 0.5],
                    [5.0, 5.0], [5.5, 4.8], [4.6, 5.3], [5.2, 5.6],
                    [0.0, 6.0], [0.4, 6.5], [-0.3, 5.6], [0.2, 5.9]])
    sample = []
    c = Calls(ref)
    run(c, small, 3, 0)
    sample.append(("1-three-blobs", "three tight blobs, k = 3, seed 0", c.calls))
    c = Calls(ref)
    run(c, small, 3, 0, 0)
    run(c, small, 3, 1, 0)
    sample.append(("2-seeding-only", "max_iters = 0 returns the k-means++ seeds and their labels", c.calls))
    write_group("sample", sample)

    secret = []
    c = Calls(ref)
    X = blobs(rng, [(0, 0), (4, 0), (2, 3)], 20, 0.8)
    for seed in [3, 4, 5, 6]:
        run(c, X, 3, seed, 0)
    X = rng.normal(size=(50, 4)).round(3)
    run(c, X, 5, 42, 0)
    secret.append(("01-seeding", "k-means++ seeds for several seeds (max_iters = 0)", c.calls))

    c = Calls(ref)
    X = blobs(rng, [(0, 0), (6, 1), (3, 7)], 50, 1.0)
    run(c, X, 3, 2024)
    secret.append(("02-blobs-2d", "150 points in three 2-D blobs", c.calls))

    c = Calls(ref)
    centers = rng.normal(0, 6, size=(6, 5))
    X = blobs(rng, [tuple(r) for r in centers], 60, 1.5)
    run(c, X, 6, 8)
    secret.append(("03-blobs-5d", "360 points in six 5-D blobs", c.calls))

    c = Calls(ref)
    X = rng.normal(size=(30, 3)).round(3)
    run(c, X, 1, 0)
    secret.append(("04-one-cluster", "k = 1: the centroid is the mean of all points", c.calls))

    c = Calls(ref)
    X = rng.normal(size=(7, 2)).round(3)
    run(c, X, 7, 9)
    secret.append(("05-k-equals-n", "k = n: every point is its own cluster, in seeding order", c.calls))

    c = Calls(ref)
    X = floats([[4.5], [4.6], [5.0], [6.9], [7.02], [7.04], [9.0]])
    run(c, X, 3, 141)
    run(c, X, 3, 141, 1)
    secret.append(("06-empty-cluster", "a cluster loses all its points and keeps its centroid", c.calls))

    c = Calls(ref)
    X = blobs(rng, [(0, 0), (2.5, 0), (1.2, 2)], 40, 1.0)
    for it in [1, 2, 3]:
        run(c, X, 3, 77, it)
    run(c, X, 3, 77)
    secret.append(("07-few-iterations", "max_iters = 1, 2, 3 stop early; then to convergence", c.calls))

    c = Calls(ref)
    base = blobs(rng, [(0, 0), (5, 5)], 6, 0.5)
    X = np.concatenate([base, base[:4], base[:2]])
    run(c, X, 2, 13)
    run(c, X, 4, 13)
    secret.append(("08-duplicate-points", "repeated points are fine as long as k distinct points exist", c.calls))

    c = Calls(ref)
    X = blobs(rng, [(0, 0, 0), (1.5, 1.5, 0), (0, 1.5, 1.5), (1.5, 0, 1.5)], 75, 0.9)
    for seed in [1, 2]:
        run(c, X, 4, seed)
    secret.append(("09-overlapping", "300 points in four overlapping 3-D blobs, two seeds", c.calls))

    c = Calls(ref)
    X = rng.normal(size=(5, 2)).round(3)
    c.raises("kmeans", X, 0, 1)
    c.raises("kmeans", X, 6, 1)
    c.raises("kmeans", floats([1.0, 2.0, 3.0]), 1, 1)
    c.raises("kmeans", floats([[1.0, 1.0], [1.0, 1.0], [2.0, 2.0]]), 3, 1)
    c.raises("kmeans", X, 2, 1, -1)
    secret.append(("10-bad-arguments", "invalid k, 1-D X, too few distinct points, negative max_iters", c.calls))

    c = Calls(ref)
    X = blobs(rng, [tuple(r) for r in rng.normal(0, 5, size=(8, 8))], 100, 2.0)
    run(c, X, 8, 31337)
    secret.append(("11-larger", "800 points in 8-D, k = 8", c.calls))

    c = Calls(ref)
    X = [[0, 0], [2, 0], [4, 0], [0, 2], [2, 2], [4, 2], [0, 4], [2, 4], [4, 4],
         [1, 1], [3, 3], [1, 3], [3, 1], [6, 2], [2, 6]]
    tied_run(c, X, 3, 6, 0)
    tied_run(c, X, 4, 11, 0)
    tied_run(c, X, 2, 1, 100)
    tied_run(c, X, 3, 7, 100)
    secret.append(("12-assignment-ties", "integer grid: points exactly halfway between two seeds go to the smaller index", c.calls))
    write_group("secret", secret)


if __name__ == "__main__":
    main()
