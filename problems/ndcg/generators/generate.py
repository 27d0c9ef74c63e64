#!/usr/bin/env python3
"""Generate the tests of ndcg from the reference solution (deterministic)."""
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


ref = load_module("submissions/accepted/ndcg.py")


def main() -> None:
    rng = np.random.default_rng(37)
    sample = []
    c = Calls(ref)
    scores = floats([0.9, 0.8, 0.7, 0.6, 0.5])
    rel = floats([3, 2, 3, 0, 1])
    c.call("dcg_at_k", rel, 3)
    c.call("ndcg_at_k", scores, rel, 3)
    c.call("ndcg_at_k", scores, rel, 5)
    sample.append(("1-five-items", "five items already sorted by score", c.calls))
    c = Calls(ref)
    c.call("ndcg_at_k", floats([0.1, 0.4, 0.35, 0.8]), floats([0, 1, 2, 3]), 2)
    sample.append(("2-unsorted-scores", "scores in arbitrary order", c.calls))
    write_group("sample", sample)

    secret = []
    c = Calls(ref)
    c.call("ndcg_at_k", floats([4, 3, 2, 1]), floats([3, 2, 1, 0]), 4)
    c.call("ndcg_at_k", floats([1, 2, 3, 4]), floats([3, 2, 1, 0]), 4)
    c.call("ndcg_at_k", floats([1, 2, 3]), floats([0, 0, 0]), 2)
    secret.append(("01-perfect-worst-empty", "ideal order gives 1, reversed less, no relevant items 0", c.calls))

    c = Calls(ref)
    scores = floats([0.9, 0.8, 0.7, 0.1, 0.05])
    rel = floats([0, 1, 0, 3, 2])
    for k in [1, 2, 3]:
        c.call("ndcg_at_k", scores, rel, k)
    secret.append(("02-relevant-below-k", "the most relevant items are ranked below k", c.calls))

    c = Calls(ref)
    c.call("ndcg_at_k", floats([0.5, 0.5, 0.5, 0.2]), floats([0, 1, 2, 0]), 1)
    c.call("ndcg_at_k", floats([0.5, 0.5, 0.5, 0.2]), floats([0, 1, 2, 0]), 2)
    c.call("ndcg_at_k", floats([1.0, 1.0]), floats([2, 0]), 1)
    secret.append(("03-score-ties", "equal scores: the smaller index ranks first", c.calls))

    c = Calls(ref)
    c.call("ndcg_at_k", floats([0.3, 0.2, 0.1]), floats([1, 0, 2]), 10)
    c.call("dcg_at_k", floats([1, 0, 2]), 10)
    secret.append(("04-k-larger-than-n", "k beyond the list length uses the whole list", c.calls))

    c = Calls(ref)
    c.call("dcg_at_k", floats([0.5, 1.5, 0.0, 2.25]), 4)
    c.call("ndcg_at_k", floats([0.2, 0.9, 0.4, 0.7]), floats([0.5, 1.5, 0.0, 2.25]), 3)
    secret.append(("05-fractional-grades", "non-integer relevance grades", c.calls))

    c = Calls(ref)
    for n, k in [(100, 10), (1000, 20), (1000, 1000)]:
        rel = rng.choice([0, 0, 0, 1, 1, 2, 3], size=n).astype(float)
        scores = np.round(rel * 0.3 + rng.normal(0, 0.5, size=n), 3)
        c.call("ndcg_at_k", scores, rel, k)
    secret.append(("06-random", "random lists of 100 and 1000 items, with some tied scores", c.calls))

    c = Calls(ref)
    c.call("ndcg_at_k", floats([0.7]), floats([2]), 1)
    c.call("ndcg_at_k", floats([-3.0, -1.0, -2.0]), floats([1, 3, 2]), 3)
    secret.append(("07-single-and-negative-scores", "one item; negative scores", c.calls))

    c = Calls(ref)
    c.raises("ndcg_at_k", floats([0.1, 0.2]), floats([1, 0]), 0)
    c.raises("ndcg_at_k", floats([0.1, 0.2]), floats([1, 0, 2]), 2)
    c.raises("ndcg_at_k", floats([0.1, 0.2]), floats([1, -1]), 2)
    c.raises("dcg_at_k", floats([1, 2]), 0)
    c.raises("dcg_at_k", floats([[3, 2, 1]]), 3)
    c.raises("dcg_at_k", floats([2, -1, 3]), 3)
    c.raises("ndcg_at_k", floats([[0.9, 0.1], [0.5, 0.4]]), floats([[3, 2], [1, 0]]), 2)
    secret.append(("08-bad-input", "k < 1, mismatched lengths, negative relevance, 2-D arrays", c.calls))

    c = Calls(ref)
    c.call("dcg_at_k", floats([3, 2, 3, 0, 1, 2]), 6)
    c.call("dcg_at_k", floats([3, 2, 3, 0, 1, 2]), 1)
    c.call("dcg_at_k", floats([10]), 1)
    secret.append(("09-dcg", "DCG values, including a large grade", c.calls))
    write_group("secret", secret)


if __name__ == "__main__":
    main()
