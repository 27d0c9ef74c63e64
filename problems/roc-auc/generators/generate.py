#!/usr/bin/env python3
"""Generate the tests of roc-auc from the reference solution (deterministic).

Every AUC is cross-checked against the O(n^2) pairwise definition.
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


ref = load_module("submissions/accepted/roc_auc.py")


def auc(c: Calls, y, s, curve=False):
    y, s = ints(y), floats(s)
    pos, neg = s[y == 1], s[y == 0]
    pairwise = ((pos[:, None] > neg[None]).sum() + 0.5 * (pos[:, None] == neg[None]).sum()) / (len(pos) * len(neg))
    assert abs(pairwise - ref.roc_auc(y, s)) < 1e-12
    c.call("roc_auc", y, s)
    if curve:
        c.call("roc_curve", y, s)


def main() -> None:
    rng = np.random.default_rng(31)
    sample = []
    c = Calls(ref)
    auc(c, [0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8], curve=True)
    sample.append(("1-four-samples", "four samples without ties", c.calls))
    c = Calls(ref)
    auc(c, [1, 0, 1, 1, 0, 0, 1, 0], [0.9, 0.8, 0.7, 0.6, 0.55, 0.54, 0.53, 0.1])
    sample.append(("2-eight-samples", "eight samples without ties", c.calls))
    write_group("sample", sample)

    secret = []
    c = Calls(ref)
    auc(c, [0, 0, 1, 1, 1], [0.1, 0.2, 0.3, 0.4, 0.5])
    auc(c, [1, 1, 0, 0, 0], [0.1, 0.2, 0.3, 0.4, 0.5])
    auc(c, [1, 0, 1, 0], [0.5, 0.5, 0.5, 0.5], curve=True)
    secret.append(("01-perfect-inverted-constant", "AUC 1, AUC 0, and all scores equal (0.5)", c.calls))

    c = Calls(ref)
    auc(c, [0, 1, 0, 1, 1, 0], [0.2, 0.2, 0.6, 0.6, 0.9, 0.1], curve=True)
    auc(c, [1, 1, 0, 0], [3.0, 1.0, 3.0, 1.0], curve=True)
    auc(c, [0, 1, 1, 0, 1], [7.0, 7.0, 7.0, 2.0, 9.0], curve=True)
    secret.append(("02-ties", "tied positive/negative pairs count one half", c.calls))

    c = Calls(ref)
    y = (rng.random(1000) < 0.3).astype(int)
    s = np.round(rng.normal(0, 1, 1000) + 1.2 * y, 6)
    auc(c, y, s)
    secret.append(("03-random-continuous", "1000 samples, overlapping classes", c.calls))

    c = Calls(ref)
    y = (rng.random(3000) < 0.1).astype(int)
    s = np.round(rng.random(3000) * 0.6 + 0.4 * y * rng.random(3000), 1)
    auc(c, y, s)
    auc(c, y, s, curve=True)
    secret.append(("04-heavy-ties", "3000 samples with scores rounded to one decimal", c.calls))

    c = Calls(ref)
    auc(c, [0, 1, 0, 1, 0, 1], [-1e6, 3e5, -2.5, 7.0, 1e6, -1e9], curve=True)
    secret.append(("05-any-real-scores", "negative and huge scores: only the order matters", c.calls))

    c = Calls(ref)
    auc(c, [1, 0], [0.3, 0.7], curve=True)
    auc(c, [0, 1], [0.3, 0.7])
    secret.append(("06-two-samples", "one positive and one negative", c.calls))

    c = Calls(ref)
    c.raises("roc_auc", ints([1, 1, 1]), floats([0.1, 0.2, 0.3]))
    c.raises("roc_auc", ints([0, 0]), floats([0.1, 0.2]))
    c.raises("roc_auc", ints([0, 2, 1]), floats([0.1, 0.2, 0.3]))
    c.raises("roc_auc", ints([0, 1, 1]), floats([0.1, 0.2]))
    c.raises("roc_curve", ints([1, 1]), floats([0.1, 0.2]))
    c.raises("roc_auc", ints([[0, 1], [1, 0]]), floats([[0.1, 0.4], [0.35, 0.8]]))
    secret.append(("07-bad-input", "a single class, labels other than 0/1, mismatched lengths", c.calls))

    c = Calls(ref)
    y = (rng.random(40) < 0.5).astype(int)
    s = np.round(rng.random(40), 2)
    auc(c, y, s, curve=True)
    secret.append(("08-curve", "a 40-sample ROC curve with a few ties", c.calls))

    c = Calls(ref)
    auc(c, [1, 0, 0, 1, 1, 0, 1, 0], [0.7 + 1e-9, 0.7, 0.7, 0.3 + 2e-10, 0.3, 0.3, 1 - 1e-10, 1 - 2e-10], curve=True)
    near = np.random.default_rng(3109)
    y = (near.random(200) < 0.4).astype(int)
    s = np.round(near.random(200), 2) + (near.integers(0, 3, 200) * 1e-10) * (2 * y - 1)
    auc(c, y, s, curve=True)
    secret.append(("09-near-ties", "scores that differ by 1e-10 are distinct; only exactly equal scores tie", c.calls))
    write_group("secret", secret)


if __name__ == "__main__":
    main()
