#!/usr/bin/env python3
"""Generate the tests of debug-training-loop from the fixed (accepted) code (deterministic)."""
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


ref = load_module("submissions/accepted/train.py")


def regression_data(rng, n, d_in=4, d_out=1):
    X = np.round(rng.normal(size=(n, d_in)), 3)
    y = np.sin(1.5 * X[:, :1]) + 0.5 * X[:, 1:2] * X[:, 2:3]
    if d_out > 1:
        y = np.hstack([y, np.cos(X[:, 3:4]) - 0.5])
    return X, np.round(y, 3)


def main() -> None:
    rng = np.random.default_rng(73)
    sample = []
    c = Calls(ref)
    X, y = regression_data(rng, 64)
    c.call("train", X, y, 8, 0.05, 0.9, 15, 16, 0)
    sample.append(("1-short-run", "15 steps with momentum 0.9: the loss curve and the final weights", c.calls))
    write_group("sample", sample)

    secret = []
    c = Calls(ref)
    X, y = regression_data(rng, 128)
    c.call("train", X, y, 16, 0.05, 0.0, 40, 32, 1)
    secret.append(("01-plain-sgd", "momentum 0", c.calls))

    c = Calls(ref)
    c.call("train", X, y, 16, 0.02, 0.9, 60, 32, 2)
    c.call("train", X, y, 16, 0.02, 0.5, 60, 32, 2)
    secret.append(("02-momentum", "momentum 0.9 and 0.5 give different curves", c.calls))

    c = Calls(ref)
    c.call("train", X, y, 16, 0.05, 0.9, 200, 32, 3)
    secret.append(("03-long-run", "200 steps: the loss keeps going down", c.calls))

    c = Calls(ref)
    X2, y2 = regression_data(rng, 48, d_out=2)
    c.call("train", X2, y2, 12, 0.1, 0.8, 25, 48, 4)
    secret.append(("04-full-batch-two-outputs", "full-batch steps, two regression targets", c.calls))

    c = Calls(ref)
    c.call("train", X, y, 16, 0.05, 0.9, 1, 32, 5)
    c.call("train", X, y, 16, 0.05, 0.9, 2, 32, 5)
    secret.append(("05-first-steps", "one and two steps", c.calls))

    c = Calls(ref)
    pred = np.round(rng.normal(size=(5, 2)), 3)
    target = np.round(rng.normal(size=(5, 2)), 3)
    c.call("mse_loss", pred, target)
    c.new("MLP", 3, 4, 2, 9)
    c.call("forward", np.round(rng.normal(size=(6, 3)), 3))
    secret.append(("06-building-blocks", "the loss and a forward pass of a fresh model", c.calls))
    c = Calls(ref)
    c.call("train", X, y, 16, 0.005, 0.9, 100, 32, 6)
    secret.append(("07-small-learning-rate", "a ten times smaller learning rate, 100 steps", c.calls))

    c = Calls(ref)
    X3, y3 = regression_data(rng, 256)
    c.call("train", X3, y3, 64, 0.03, 0.9, 50, 64, 7)
    secret.append(("08-wider-model", "64 hidden units, batches of 64 from 256 samples", c.calls))
    write_group("secret", secret)


if __name__ == "__main__":
    main()
