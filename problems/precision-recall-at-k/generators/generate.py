#!/usr/bin/env python3
"""Generate the tests of precision-recall-at-k from the reference solution (deterministic)."""
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


ref = load_module("submissions/accepted/ranking_metrics.py")
ALL = ["precision_at_k", "recall_at_k", "average_precision_at_k"]


def every(c: Calls, rec, rel, k):
    for name in ALL:
        c.call(name, list(rec), list(rel), k)


def main() -> None:
    rng = np.random.default_rng(41)
    sample = []
    c = Calls(ref)
    every(c, [7, 3, 9, 1, 4], [3, 4, 8], 3)
    every(c, [7, 3, 9, 1, 4], [3, 4, 8], 5)
    sample.append(("1-one-user", "five recommendations, three relevant items, k = 3 and 5", c.calls))
    c = Calls(ref)
    c.call("mean_average_precision_at_k", [[1, 2, 3], [4, 5, 6]], [[2], [4, 6, 9]], 3)
    sample.append(("2-map", "MAP@3 over two users", c.calls))
    write_group("sample", sample)

    secret = []
    c = Calls(ref)
    every(c, [5, 6], [5, 8, 9], 4)
    every(c, [], [1, 2], 3)
    secret.append(("01-short-list", "fewer recommendations than k: missing slots are misses", c.calls))

    c = Calls(ref)
    every(c, [2, 2, 3, 2], [2, 3], 4)
    every(c, [1, 1, 1], [1], 3)
    secret.append(("02-duplicates", "a repeated item counts once", c.calls))

    c = Calls(ref)
    every(c, [1, 2, 3], [], 2)
    every(c, [1, 2, 3], [4, 5], 3)
    secret.append(("03-no-hits", "nothing relevant, or nothing found", c.calls))

    c = Calls(ref)
    every(c, [10, 20, 30, 40], [40, 30, 20, 10], 4)
    every(c, [10, 20, 30, 40], [10], 1)
    secret.append(("04-perfect", "every slot a hit", c.calls))

    c = Calls(ref)
    every(c, [9, 8, 7, 6, 5, 4], [4, 5, 6, 1, 1], 6)
    every(c, [9, 8, 7, 6, 5, 4], [9, 1, 2, 3, 5, 7, 11, 13], 2)
    secret.append(("05-order-matters", "hits late in the list, and more relevant items than k", c.calls))

    c = Calls(ref)
    every(c, [3, 1, 2], [1, 2, 3], 10)
    secret.append(("06-k-beyond-list", "k larger than the list", c.calls))

    c = Calls(ref)
    recs, rels = [], []
    for _ in range(200):
        rels.append([int(x) for x in rng.choice(500, size=int(rng.integers(0, 12)), replace=False)])
        pool = rels[-1] + [int(x) for x in rng.integers(0, 500, size=30)]
        recs.append([int(x) for x in rng.choice(pool, size=int(rng.integers(0, 25)))])
    for k in [1, 5, 20]:
        c.call("mean_average_precision_at_k", recs, rels, k)
    for i in range(0, 200, 40):
        every(c, recs[i], rels[i], 10)
    secret.append(("07-many-users", "MAP@k over 200 random users, and a few users in detail", c.calls))

    c = Calls(ref)
    c.raises("precision_at_k", [1, 2], [1], 0)
    c.raises("recall_at_k", [1, 2], [1], 0)
    c.raises("average_precision_at_k", [1, 2], [1], -1)
    c.raises("mean_average_precision_at_k", [[1]], [[1], [2]], 1)
    c.raises("mean_average_precision_at_k", [], [], 1)
    secret.append(("08-bad-input", "k < 1, mismatched user lists, no users", c.calls))
    write_group("secret", secret)


if __name__ == "__main__":
    main()
