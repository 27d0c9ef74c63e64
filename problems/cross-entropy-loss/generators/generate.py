#!/usr/bin/env python3
"""Generate the tests of cross-entropy-loss from the reference solution (deterministic)."""
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


ref = load_module("submissions/accepted/cross_entropy.py")
GRAD_TOL = {"rel": 1e-5, "abs": 1e-7}


def gradcheck(c: Calls, logits, targets, *rest):
    """Numerical gradient of the candidate's loss, then its analytic gradient against it."""
    args = [encode(logits), encode(targets)] + [encode(r) for r in rest]
    k = c.raw({"numgrad": "cross_entropy", "args": args, "wrt": 0, "pick": 0, "weights": 1.0})
    c.raw({"call": "cross_entropy", "args": args, "pick": 1, "same_as": k, "tolerance": GRAD_TOL})


def main() -> None:
    rng = np.random.default_rng(7)
    sample = []
    c = Calls(ref)
    logits = floats([[2.0, 1.0, 0.1], [0.5, 2.5, 0.3]])
    c.call("softmax", logits, check="probabilities")
    c.call("cross_entropy", logits, ints([0, 1]))
    sample.append(("1-two-rows", "two rows, three classes", c.calls))
    c = Calls(ref)
    logits = floats([[0.0, 0.0, 0.0, 0.0]])
    c.call("cross_entropy", logits, ints([3]))
    logits = floats([[1.0, -1.0], [3.0, 0.0], [-2.0, 2.0]])
    c.call("cross_entropy", logits, ints([1, 0, 1]))
    sample.append(("2-uniform-and-binary", "uniform logits give log C; a two-class batch", c.calls))
    write_group("sample", sample)

    secret = []
    c = Calls(ref)
    for n, k in [(4, 5), (16, 10), (32, 50)]:
        logits = np.round(rng.normal(0, 2, size=(n, k)), 4)
        targets = rng.integers(0, k, size=n)
        c.call("cross_entropy", logits, targets)
        c.call("softmax", logits, check="probabilities")
    secret.append(("01-random", "random batches", c.calls))

    c = Calls(ref)
    logits = floats([[1000.0, 0.0, -1000.0], [-800.0, 800.0, 0.0], [5000.0, 5001.0, 4999.0]])
    c.call("softmax", logits, check="probabilities")
    c.call("cross_entropy", logits, ints([0, 1, 2]))
    c.call("cross_entropy", logits, ints([2, 0, 0]), check="finite")
    secret.append(("02-huge-logits", "logits in the thousands: no overflow, exact large losses", c.calls))

    c = Calls(ref)
    logits = floats([[-1000.0, -1001.0, -1002.0], [-700.0, -750.0, -800.0]])
    c.call("softmax", logits, check="probabilities")
    c.call("cross_entropy", logits, ints([1, 2]))
    secret.append(("03-very-negative-logits", "all logits very negative: no underflow to 0/0", c.calls))

    c = Calls(ref)
    logits = np.round(rng.normal(0, 1, size=(6, 4)), 4)
    c.call("cross_entropy", logits, ints([1, -100, 3, -100, 0, 2]))
    c.call("cross_entropy", logits, ints([1, 7, 3, 7, 0, 2]), 7)
    secret.append(("04-ignore-index", "rows with the ignore index do not count in the mean", c.calls))

    c = Calls(ref)
    logits = np.round(rng.normal(0, 1, size=(3, 4)), 4)
    c.call("cross_entropy", logits, ints([-100, -100, -100]))
    secret.append(("05-all-ignored", "every row ignored: loss 0.0 and a zero gradient", c.calls))

    c = Calls(ref)
    logits = np.round(rng.normal(0, 1.5, size=(5, 6)), 4)
    gradcheck(c, logits, ints([0, 5, 2, 2, 1]))
    gradcheck(c, np.round(rng.normal(0, 1, size=(4, 3)), 4), ints([2, -100, 0, 1]))
    secret.append(("06-gradient-check", "the gradient matches finite differences of the loss", c.calls))

    c = Calls(ref)
    logits = np.round(rng.normal(0, 1, size=(2, 3, 5)), 4)
    c.call("softmax", logits, check="probabilities")
    c.call("softmax", floats([3.0, 1.0, -2.0]), check="probabilities")
    secret.append(("07-softmax-any-shape", "softmax over the last axis of 1-D and 3-D inputs", c.calls))

    c = Calls(ref)
    logits = floats([[5.0, 5.0, 5.0], [0.0, 30.0, 0.0], [0.0, 30.0, 0.0]])
    c.call("cross_entropy", logits, ints([2, 1, 0]))
    secret.append(("08-confident", "a confident right answer and a confident wrong one", c.calls))

    c = Calls(ref)
    logits = np.round(rng.normal(0, 3, size=(128, 50)), 3)
    targets = rng.integers(0, 50, size=128)
    targets[rng.random(128) < 0.2] = -100
    c.call("cross_entropy", logits, targets)
    secret.append(("09-larger-batch", "128 rows, 50 classes, 20% ignored", c.calls))

    c = Calls(ref)
    logits = np.round(rng.normal(0, 1, size=(3, 4)), 4)
    c.raises("cross_entropy", logits, ints([0, 4, 1]))
    c.raises("cross_entropy", logits, ints([0, -1, 1]))
    c.raises("cross_entropy", logits, ints([0, 1]))
    c.call("cross_entropy", logits, ints([0, -1, 1]), -1)
    secret.append(("10-bad-targets", "targets out of range or of the wrong length raise ValueError", c.calls))
    write_group("secret", secret)


if __name__ == "__main__":
    main()
