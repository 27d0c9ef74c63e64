#!/usr/bin/env python3
"""Generate the tests of sampling-top-k from the reference solution (deterministic).

Sampling tests pin the exact tokens for a fixed seed (the statement fixes the draw:
rng.choice with the top-k probabilities); distribution tests check probabilities that sum to 1.
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


ref = load_module("submissions/accepted/top_k_sampling.py")


def probs(c: Calls, logits, k, t):
    c.call("top_k_probs", floats(logits), k, t, check="probabilities")


def main() -> None:
    rng = np.random.default_rng(53)
    sample = []
    c = Calls(ref)
    logits = floats([2.0, 1.0, 0.5, 0.0, -1.0])
    probs(c, logits, 2, 1.0)
    probs(c, logits, 3, 0.5)
    c.call("sample_top_k", logits, 2, 1.0, 0, 10)
    sample.append(("1-five-tokens", "top-2 and top-3 distributions, then 10 draws with seed 0", c.calls))
    c = Calls(ref)
    table = floats([[0.0, 2.0, 1.0, -1.0], [1.0, 0.0, 1.5, 0.5], [2.0, 0.5, 0.0, 1.0], [0.0, 0.0, 0.0, 0.0]])
    c.call("generate", table, [0], 8, 2, 1.0, 7, 3)
    c.call("generate", table, [1], 5, 2, 0.0, 7)
    sample.append(("2-generate", "sampling a continuation from a 4-token bigram model", c.calls))
    write_group("sample", sample)

    secret = []
    c = Calls(ref)
    logits = np.round(rng.normal(0, 2, size=12), 3)
    probs(c, logits, 12, 1.0)
    probs(c, logits, 50, 0.7)
    probs(c, logits, 1, 1.3)
    secret.append(("01-k-extremes", "k >= V keeps everything; k = 1 is greedy", c.calls))

    c = Calls(ref)
    probs(c, floats([1.0, 3.0, 3.0, 3.0, 0.0]), 2, 1.0)
    probs(c, floats([5.0, 4.0, 4.0, 2.0, 4.0, 1.0]), 3, 2.0)
    c.call("sample_top_k", floats([1.0, 3.0, 3.0, 3.0, 0.0]), 2, 1.0, 11, 20)
    secret.append(("02-boundary-ties", "tokens tied with the k-th largest logit are all kept", c.calls))

    c = Calls(ref)
    probs(c, floats([0.5, 2.0, 2.0, -1.0]), 3, 0.0)
    c.call("sample_top_k", floats([0.5, 2.0, 2.0, -1.0]), 3, 0.0, 5, 4)
    secret.append(("03-temperature-zero", "temperature 0: all mass on the first maximum", c.calls))

    c = Calls(ref)
    logits = floats([50.0, 49.0, 10.0, -50.0, 48.5])
    probs(c, logits, 3, 0.05)
    probs(c, logits, 3, 100.0)
    probs(c, floats([1000.0, 999.0, 998.0]), 2, 1.0)
    secret.append(("04-temperature-range", "very low and very high temperatures, huge logits", c.calls))

    c = Calls(ref)
    logits = np.round(rng.normal(0, 1.5, size=(4, 9)), 3)
    probs(c, logits, 4, 0.8)
    secret.append(("05-batch", "a (B, V) batch: one distribution per row", c.calls))

    c = Calls(ref)
    logits = np.round(rng.normal(0, 1.5, size=30), 3)
    for seed, k, t in [(1, 5, 1.0), (2, 10, 0.7), (3, 30, 1.5)]:
        c.call("sample_top_k", logits, k, t, seed, 1000)
    secret.append(("06-many-draws", "1000 draws for three seeds and settings", c.calls))

    c = Calls(ref)
    table = np.round(rng.normal(0, 2, size=(20, 20)), 3)
    c.call("generate", table, [3, 4], 60, 5, 1.0, 99)
    c.call("generate", table, [0], 60, 3, 0.8, 100, 7)
    c.call("generate", table, [0], 0, 3, 0.8, 100, 7)
    # eos ids that the runs above actually reach, mid-way: the stop (eos included) is exercised
    for args in ([[3, 4], 60, 5, 1.0, 99, 9], [[0], 60, 3, 0.8, 100, 17]):
        out = ref.generate(table, *args)
        assert out[-1] == args[-1] and 10 < len(out) < 60, out
        c.call("generate", table, *args)
    secret.append(("07-generate", "60-step generations; one rng for the whole loop", c.calls))

    c = Calls(ref)
    c.call("sample_top_k", floats([1.0, 2.0]), 1, 1.0, 0, 0)
    c.call("sample_top_k", floats([1.0, 2.0, 3.0]), 2, 1.0, 123)
    secret.append(("08-sample-sizes", "zero draws, and the default of one draw", c.calls))

    c = Calls(ref)
    c.raises("top_k_probs", floats([1.0, 2.0]), 0, 1.0)
    c.raises("top_k_probs", floats([1.0, 2.0]), 1, -0.5)
    c.raises("sample_top_k", floats([1.0, 2.0]), 1, 1.0, 0, -1)
    c.raises("generate", floats([[1.0, 2.0]]), [0], 3, 1, 1.0, 0)
    c.raises("generate", floats([[1.0, 2.0], [0.0, 0.0]]), [], 3, 1, 1.0, 0)
    secret.append(("09-bad-arguments", "k < 1, negative temperature or sample count, bad table or prompt", c.calls))
    write_group("secret", secret)


if __name__ == "__main__":
    main()
