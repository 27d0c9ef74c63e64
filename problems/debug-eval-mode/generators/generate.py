#!/usr/bin/env python3
"""Generate the tests of debug-eval-mode from the fixed (accepted) code (deterministic)."""
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


ref = load_module("submissions/accepted/model.py")


def data(rng, n, d):
    return np.round(rng.normal(0, 1, size=(n, d)), 3)


def main() -> None:
    rng = np.random.default_rng(79)
    sample = []
    c = Calls(ref)
    c.new("MLP", 4, 8, 3, 0.5, 0)
    X = data(rng, 6, 4)
    c.call("forward", X, check_value=False)
    c.call("eval")
    first = len(c.calls) + 1
    c.call("forward", X, check_value=False)
    c.call("forward", X, check_value=False, same_as=first)
    c.call("forward", X[:1], check_value=False, same_as=first, slice=[[0, 1]])
    sample.append(("1-train-then-eval", "one training forward, then evaluation: repeatable and per-example", c.calls))
    write_group("sample", sample)

    secret = []
    c = Calls(ref)
    c.new("MLP", 5, 10, 2, 0.3, 1)
    for _ in range(3):
        c.call("forward", data(rng, 8, 5))
    c.call("running_stats")
    secret.append(("01-training-forward", "three training forwards: dropout masks and running statistics", c.calls))

    c = Calls(ref)
    c.new("MLP", 5, 10, 2, 0.3, 2)
    for _ in range(4):
        c.call("forward", data(rng, 16, 5))
    c.call("eval")
    c.call("running_stats")
    for _ in range(3):
        c.call("forward", data(rng, 16, 5))
    c.call("running_stats")
    secret.append(("02-eval-does-not-update", "evaluation must not change the running statistics", c.calls))

    c = Calls(ref)
    c.new("MLP", 3, 6, 4, 0.5, 3)
    c.call("forward", data(rng, 10, 3))
    c.call("eval")
    X = data(rng, 5, 3)
    first = len(c.calls) + 1
    c.call("forward", X)
    for i in range(5):
        c.call("forward", X[i:i + 1])
    c.call("forward", X[:2], same_as=first, slice=[[0, 2]])
    secret.append(("03-one-at-a-time", "in evaluation, each example's output does not depend on the batch", c.calls))

    c = Calls(ref)
    c.new("MLP", 4, 8, 3, 0.5, 4)
    c.call("forward", data(rng, 12, 4))
    c.call("eval")
    X = data(rng, 7, 4)
    first = len(c.calls) + 1
    c.call("forward", X)
    for _ in range(3):
        c.call("forward", X, same_as=first)
    secret.append(("04-repeatable", "evaluating the same batch four times gives the same output", c.calls))

    c = Calls(ref)
    c.new("MLP", 4, 8, 3, 0.0, 5)
    c.call("forward", data(rng, 6, 4))
    c.call("eval")
    c.call("forward", data(rng, 6, 4))
    secret.append(("05-no-dropout", "p_drop = 0: only batch normalization differs between modes", c.calls))

    c = Calls(ref)
    c.new("MLP", 4, 8, 3, 0.4, 6)
    c.call("forward", data(rng, 6, 4))
    c.call("eval")
    c.call("forward", data(rng, 6, 4))
    c.call("train")
    c.call("forward", data(rng, 6, 4))
    c.call("running_stats")
    secret.append(("06-back-to-training", "train() after eval() restores batch statistics and dropout", c.calls))

    c = Calls(ref)
    c.new("MLP", 16, 64, 5, 0.2, 7)
    for _ in range(5):
        c.call("forward", data(rng, 32, 16))
    c.call("eval")
    c.call("forward", data(rng, 32, 16))
    secret.append(("07-larger", "width 64, batches of 32", c.calls))
    c = Calls(ref)
    c.new("MLP", 3, 5, 2, 0.5, 8)
    for _ in range(6):
        c.call("forward", data(rng, 2, 3))
    c.call("running_stats")
    c.call("eval")
    for _ in range(3):
        c.call("forward", data(rng, 1, 3))
    c.call("running_stats")
    secret.append(("08-small-batches", "training on batches of two, then single-example evaluation", c.calls))
    write_group("secret", secret)


if __name__ == "__main__":
    main()
