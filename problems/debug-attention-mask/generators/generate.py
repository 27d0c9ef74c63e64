#!/usr/bin/env python3
"""Generate the tests of debug-attention-mask from the fixed (accepted) code (deterministic)."""
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


ref = load_module("submissions/accepted/attention.py")


def weights_of(rng, batch, seq, dim, scale=0.5):
    w_qkv = np.round(rng.normal(0, scale, size=(dim, 3 * dim)), 4)
    w_out = np.round(rng.normal(0, scale, size=(dim, dim)), 4)
    return w_qkv, w_out


def causality(c: Calls, rng, x, w_qkv, w_out, heads, cut, pin=True):
    """Call on x, then on x with every position >= cut replaced: positions < cut must not move.

    With pin=False the first call's value is not checked, so the causality check is what fails.
    """
    first = len(c.calls) + 1
    c.call("causal_self_attention", x, w_qkv, w_out, heads, check_value=pin)
    changed = x.copy()
    changed[:, cut:, :] = np.round(rng.normal(0, 1, size=changed[:, cut:, :].shape), 4)
    entry = {"call": "causal_self_attention", "args": [encode(changed), encode(w_qkv), encode(w_out), heads],
             "same_as": first, "slice": [None, [0, cut]]}
    c.raw(entry)


def main() -> None:
    rng = np.random.default_rng(67)
    sample = []
    c = Calls(ref)
    q = floats([[[[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]]]])
    k = floats([[[[1.0, 0.0], [1.0, 1.0], [0.0, 2.0]]]])
    c.call("attention_weights", q, k, check="probabilities")
    sample.append(("1-attention-rows", "one head, three positions: rows must be distributions over the past", c.calls))
    c = Calls(ref)
    x = np.round(rng.normal(0, 1, size=(1, 5, 4)), 4)
    w_qkv, w_out = weights_of(rng, 1, 5, 4)
    causality(c, rng, x, w_qkv, w_out, 1, 2, pin=False)
    sample.append(("2-no-peeking", "editing positions 2..4 must not change the outputs at positions 0 and 1", c.calls))
    write_group("sample", sample)

    secret = []
    c = Calls(ref)
    q = np.round(rng.normal(0, 1, size=(2, 3, 5, 4)), 4)
    k = np.round(rng.normal(0, 1, size=(2, 3, 5, 4)), 4)
    c.call("attention_weights", q, k, check="probabilities")
    secret.append(("01-weights-multihead", "attention weights for 2 x 3 heads over 5 positions", c.calls))

    c = Calls(ref)
    x = np.round(rng.normal(0, 1, size=(2, 6, 8)), 4)
    w_qkv, w_out = weights_of(rng, 2, 6, 8)
    c.call("causal_self_attention", x, w_qkv, w_out, 1)
    secret.append(("02-one-head", "a single head", c.calls))

    c = Calls(ref)
    c.call("causal_self_attention", x, w_qkv, w_out, 2)
    c.call("causal_self_attention", x, w_qkv, w_out, 4)
    secret.append(("03-several-heads", "2 and 4 heads on the same input", c.calls))

    c = Calls(ref)
    x = np.round(rng.normal(0, 1, size=(2, 7, 8)), 4)
    w_qkv, w_out = weights_of(rng, 2, 7, 8)
    for cut in [1, 3, 6]:
        causality(c, rng, x, w_qkv, w_out, 4, cut)
    secret.append(("04-causal-multihead", "with 4 heads, editing the future leaves the past unchanged", c.calls))

    c = Calls(ref)
    x = np.round(rng.normal(0, 1, size=(3, 1, 6)), 4)
    w_qkv, w_out = weights_of(rng, 3, 1, 6)
    c.call("causal_self_attention", x, w_qkv, w_out, 3)
    secret.append(("05-single-position", "one position: the output is its own value vector, projected", c.calls))

    c = Calls(ref)
    x = np.arange(2 * 3 * 6, dtype=np.float64).reshape(2, 3, 6)
    c.call("split_heads", x, 3)
    c.call("merge_heads", ref.split_heads(x, 3))
    secret.append(("06-head-layout", "head h holds features [h*Dh, (h+1)*Dh) of every position", c.calls))

    c = Calls(ref)
    x = np.round(rng.normal(0, 1, size=(4, 16, 32)), 3)
    w_qkv, w_out = weights_of(rng, 4, 16, 32, scale=0.2)
    c.call("causal_self_attention", x, w_qkv, w_out, 4)
    secret.append(("07-larger", "batch 4, 16 positions, width 32, 4 heads", c.calls))

    c = Calls(ref)
    q = np.round(rng.normal(0, 40, size=(1, 2, 6, 4)), 3)
    k = np.round(rng.normal(0, 40, size=(1, 2, 6, 4)), 3)
    c.call("attention_weights", q, k, check="probabilities")
    secret.append(("08-large-scores", "scores in the hundreds: still exact distributions over the past", c.calls))
    write_group("secret", secret)


if __name__ == "__main__":
    main()
