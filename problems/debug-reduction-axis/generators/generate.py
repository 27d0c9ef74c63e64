#!/usr/bin/env python3
"""Generate the tests of debug-reduction-axis from the fixed (accepted) code (deterministic)."""
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


ref = load_module("submissions/accepted/classifier.py")


def params(rng, d, classes):
    gamma = np.round(1.0 + 0.2 * rng.normal(size=d), 3)
    beta = np.round(0.1 * rng.normal(size=d), 3)
    w = np.round(rng.normal(0, 1 / np.sqrt(d), size=(d, classes)), 3)
    b = np.round(0.1 * rng.normal(size=classes), 3)
    return gamma, beta, w, b


def main() -> None:
    rng = np.random.default_rng(83)
    sample = []
    c = Calls(ref)
    x = floats([[[1.0, 2.0, 3.0, 4.0]], [[2.0, 2.0, 2.0, 6.0]]])
    c.call("layer_norm", x, floats([1, 1, 1, 1]), floats([0, 0, 0, 0]))
    c.call("softmax", floats([[1.0, 2.0, 3.0], [0.0, 0.0, 0.0]]), check="probabilities")
    sample.append(("1-normalize-and-softmax", "layer norm of two vectors; softmax of two rows", c.calls))
    c = Calls(ref)
    gamma, beta, w, b = params(rng, 6, 3)
    x = np.round(rng.normal(size=(4, 5, 6)), 3)
    first = len(c.calls) + 1
    c.call("classify", x, gamma, beta, w, b, check="probabilities")
    c.call("classify", x[:1], gamma, beta, w, b, same_as=first, slice=[[0, 1]])
    sample.append(("2-batch-of-one", "a sequence classified alone or inside a batch of four gets the same probabilities", c.calls))
    write_group("sample", sample)

    secret = []
    c = Calls(ref)
    x = np.round(rng.normal(2, 3, size=(3, 4, 8)), 3)
    gamma, beta, _, _ = params(rng, 8, 2)
    first = len(c.calls) + 1
    c.call("layer_norm", x, gamma, beta)
    c.call("layer_norm", x[1:2], gamma, beta)
    c.call("layer_norm", x[:2], gamma, beta, same_as=first, slice=[[0, 2]])
    secret.append(("01-layer-norm-3d", "layer norm of (B, T, D) activations, whole batch and slices", c.calls))

    c = Calls(ref)
    x = np.round(rng.normal(0, 1, size=(5, 7)), 3)
    c.call("layer_norm", x, np.ones(7), np.zeros(7))
    c.call("layer_norm", x, np.ones(7), np.zeros(7), 1e-2)
    secret.append(("02-layer-norm-2d", "a 2-D batch of vectors, and a larger epsilon", c.calls))

    c = Calls(ref)
    logits = np.round(rng.normal(0, 3, size=(6, 5)), 3)
    c.call("softmax", logits, check="probabilities")
    c.call("softmax", logits[:1], check="probabilities")
    c.call("softmax", floats([[1000.0, 999.0, -1000.0]]), check="probabilities")
    secret.append(("03-softmax-rows", "softmax of several rows, one row, and huge logits", c.calls))

    c = Calls(ref)
    gamma, beta, w, b = params(rng, 8, 4)
    x = np.round(rng.normal(size=(6, 10, 8)), 3)
    c.call("classify", x, gamma, beta, w, b, check="probabilities")
    for i in range(3):
        c.call("classify", x[i:i + 1], gamma, beta, w, b)
    secret.append(("04-classify", "classification of a batch and of single sequences", c.calls))

    c = Calls(ref)
    probs = ref.softmax(np.round(rng.normal(size=(4, 3)), 3))
    targets = ints([0, 2, 1, 1])
    first = len(c.calls) + 1
    c.call("nll_loss", probs, targets)
    c.call("nll_loss", np.concatenate([probs, probs]), np.concatenate([targets, targets]), same_as=first)
    secret.append(("05-loss-per-example", "the loss is a mean: duplicating the batch leaves it unchanged", c.calls))

    c = Calls(ref)
    gamma, beta, w, b = params(rng, 16, 5)
    x = np.round(rng.normal(size=(8, 12, 16)), 3)
    probs = ref.classify(x, gamma, beta, w, b)
    c.call("classify", x, gamma, beta, w, b, check="probabilities")
    c.call("nll_loss", probs, rng.integers(0, 5, size=8))
    secret.append(("06-larger", "batch 8, 12 tokens, width 16, 5 classes, with the loss", c.calls))
    c = Calls(ref)
    gamma, beta, w, b = params(rng, 4, 4)
    x = np.round(rng.normal(size=(4, 4, 4)), 3)
    c.call("classify", x, gamma, beta, w, b, check="probabilities")
    c.call("layer_norm", x, gamma, beta)
    c.call("softmax", np.round(rng.normal(size=(4, 4)), 3), check="probabilities")
    secret.append(("07-square-shapes", "B = T = D = C = 4: no shape error can reveal a wrong axis", c.calls))

    c = Calls(ref)
    gamma, beta, w, b = params(rng, 5, 3)
    for _ in range(3):
        c.call("classify", np.round(rng.normal(size=(1, 6, 5)), 3), gamma, beta, w, b, check="probabilities")
    c.call("nll_loss", floats([[0.2, 0.5, 0.3]]), ints([1]))
    secret.append(("08-batch-of-one", "single sequences give different, valid distributions", c.calls))

    c = Calls(ref)
    logits = floats([[0.0, 1.0, 2.0], [1000.0, 999.0, -1000.0], [-500.0, -501.0, -499.0]])
    first = len(c.calls) + 1
    c.call("softmax", logits[:1], check="probabilities")
    c.call("softmax", logits, check="probabilities")
    c.raw({"call": "softmax", "args": [encode(logits)], "same_as": first, "slice": [[0, 1]]})
    secret.append(("09-rows-far-apart", "rows whose logits are far apart: each row is stabilized on its own", c.calls))
    write_group("secret", secret)


if __name__ == "__main__":
    main()
