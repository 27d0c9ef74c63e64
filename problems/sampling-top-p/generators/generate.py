#!/usr/bin/env python3
"""Generate the tests of sampling-top-p from the reference solution (deterministic).

Random tests are checked so that no cumulative probability lies within 1e-9 of p, which would make
the nucleus depend on summation order. The one exact-boundary test uses probabilities that are
exact binary fractions.
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


ref = load_module("submissions/accepted/top_p_sampling.py")


def clear_of_boundary(logits, p, t):
    z = floats(logits) / t
    probs = np.exp(z - z.max(axis=-1, keepdims=True))
    probs /= probs.sum(axis=-1, keepdims=True)
    s = -np.sort(-probs, axis=-1)
    before = np.cumsum(s, axis=-1) - s
    assert np.abs(before - p).min() > 1e-9, "a cumulative probability sits on p"


def probs(c: Calls, logits, p, t, exact=False):
    if t > 0 and not exact:
        clear_of_boundary(logits, p, t)
    c.call("top_p_probs", floats(logits), p, t, check="probabilities")


def main() -> None:
    rng = np.random.default_rng(59)
    sample = []
    c = Calls(ref)
    logits = floats([2.0, 1.0, 0.5, 0.0, -1.0])
    probs(c, logits, 0.9, 1.0)
    probs(c, logits, 0.5, 1.0)
    c.call("sample_top_p", logits, 0.9, 1.0, 0, 10)
    sample.append(("1-five-tokens", "nucleus of mass 0.9 and 0.5, then 10 draws with seed 0", c.calls))
    write_group("sample", sample)

    secret = []
    c = Calls(ref)
    logits = np.round(rng.normal(0, 2, size=12), 3)
    probs(c, logits, 1.0, 1.0)
    probs(c, logits, 0.95, 1.0)
    secret.append(("01-p-one", "p = 1 keeps every token", c.calls))

    c = Calls(ref)
    probs(c, floats([5.0, 1.0, 0.0, -1.0]), 0.5, 1.0)
    probs(c, floats([5.0, 1.0, 0.0, -1.0]), 0.9, 1.0)
    c.call("sample_top_p", floats([5.0, 1.0, 0.0, -1.0]), 0.5, 1.0, 3, 5)
    secret.append(("02-top-token-alone", "the most likely token alone exceeds p: a one-token nucleus", c.calls))

    c = Calls(ref)
    logits = floats([2.0, 1.5, 1.0, 0.5, 0.0, -0.5])
    for t in [0.5, 1.0, 2.0]:
        probs(c, logits, 0.8, t)
    secret.append(("03-temperature-changes-nucleus", "temperature is applied before choosing the nucleus", c.calls))

    c = Calls(ref)
    probs(c, floats([0.5, 2.0, 2.0, -1.0]), 0.3, 0.0)
    secret.append(("04-temperature-zero", "temperature 0: greedy, first maximum", c.calls))

    c = Calls(ref)
    logits = np.round(rng.normal(0, 1.5, size=(5, 10)), 3)
    probs(c, logits, 0.7, 0.9)
    secret.append(("05-batch", "a (B, V) batch: one nucleus per row", c.calls))

    c = Calls(ref)
    probs(c, floats([1.0, 1.0, 1.0, 1.0]), 0.5, 1.0, exact=True)
    probs(c, floats([1.0, 1.0, 1.0, 1.0]), 0.6, 1.0, exact=True)
    probs(c, floats([0.0, 3.0, 3.0, 3.0, 3.0]), 0.3, 1.0)
    # 40 tokens in three tie groups, interleaved: a cut inside a group needs a stable order by id
    # (np.argsort's default quicksort is not stable at this size)
    interleaved = [1.0, 0.0, 2.0, 0.0, 1.0] * 8
    probs(c, floats(interleaved), 0.5, 1.0)
    probs(c, floats(interleaved), 0.7, 1.0)
    secret.append(("06-ties", "equally likely tokens enter the nucleus by increasing id", c.calls))

    c = Calls(ref)
    logits = np.round(rng.normal(0, 1.5, size=40), 3)
    for seed, p, t in [(1, 0.9, 1.0), (2, 0.5, 0.7), (3, 0.99, 1.3)]:
        clear_of_boundary(logits, p, t)
        c.call("sample_top_p", logits, p, t, seed, 1000)
    secret.append(("07-many-draws", "1000 draws for three seeds and settings", c.calls))

    c = Calls(ref)
    probs(c, floats([3000.0, 2999.0, 2990.0]), 0.9, 1.0)
    probs(c, floats([30.0, 29.5, 10.0, -5.0]), 0.9, 0.05)
    secret.append(("08-extreme-logits", "huge logits and a tiny temperature stay finite", c.calls))

    c = Calls(ref)
    c.raises("top_p_probs", floats([1.0, 2.0]), 0.0, 1.0)
    c.raises("top_p_probs", floats([1.0, 2.0]), 1.5, 1.0)
    c.raises("top_p_probs", floats([1.0, 2.0]), 0.5, -1.0)
    c.raises("sample_top_p", floats([1.0, 2.0]), 0.5, 1.0, 0, -1)
    c.raises("sample_top_p", floats([[1.0, 2.0]]), 0.5, 1.0, 0, 1)
    secret.append(("09-bad-arguments", "p outside (0, 1], negative temperature, bad sample count or shape", c.calls))
    write_group("secret", secret)


if __name__ == "__main__":
    main()
