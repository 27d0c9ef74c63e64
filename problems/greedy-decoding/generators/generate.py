#!/usr/bin/env python3
"""Generate the tests of greedy-decoding from the reference solution (deterministic).

Random tables are checked step by step: the best and second-best next tokens must differ in
log-probability by more than 1e-9, so the argmax is unambiguous.
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


ref = load_module("submissions/accepted/greedy.py")


def margins_ok(table, prompt, max_new, eos, penalty):
    context = list(prompt)
    for _ in range(max_new):
        lp = ref.log_softmax(ref.apply_repetition_penalty(table[context[-1]], context, penalty))
        top2 = np.sort(lp)[-2:]
        assert top2[1] - top2[0] > 1e-9, "near-tie in a random greedy test"
        token = int(np.argmax(lp))
        context.append(token)
        if token == eos:
            return


def decode(c: Calls, table, prompt, max_new, eos=None, penalty=None, check=True):
    table = floats(table)
    if check:
        margins_ok(table, prompt, max_new, eos, 1.0 if penalty is None else penalty)
    args = [table, list(prompt), max_new, eos] + ([] if penalty is None else [penalty])
    c.call("greedy_decode", *args)


def table(rng, vocab, scale=2.0):
    return np.round(rng.normal(0, scale, size=(vocab, vocab)), 3)


def main() -> None:
    rng = np.random.default_rng(47)
    sample = []
    c = Calls(ref)
    t = floats([[0.0, 2.0, 1.0, 0.5, -1.0],
                [0.1, 0.0, 3.0, 0.2, 0.0],
                [1.0, 0.5, 0.0, 0.3, 2.5],
                [0.0, 0.0, 0.0, 0.0, 0.0],
                [1.0, 1.0, 1.0, 1.0, 1.0]])
    decode(c, t, [0], 6, 4)
    decode(c, t, [3], 2, None, check=False)
    sample.append(("1-reaches-eos", "five-token vocabulary; stops after the end token 4", c.calls))
    c = Calls(ref)
    t = floats([[0.0, 3.0, 1.0, 0.5],
                [2.8, 0.0, 1.5, 0.2],
                [0.3, 0.4, 0.0, 2.0],
                [1.0, 1.1, 1.2, 0.0]])
    decode(c, t, [0], 6, None)
    decode(c, t, [0], 6, None, 2.0)
    sample.append(("2-repetition-penalty", "greedy loops 0 -> 1 -> 0; a penalty of 2 breaks the loop", c.calls))
    write_group("sample", sample)

    secret = []
    c = Calls(ref)
    c.call("log_softmax", floats([1000.0, 999.0, -1000.0]), check="finite")
    c.call("log_softmax", floats([[0.0, 0.0], [-800.0, 800.0]]))
    secret.append(("01-log-softmax", "log-softmax of huge logits and of a 2-D batch", c.calls))

    c = Calls(ref)
    t = table(rng, 6)
    t[2, 5] = 10.0
    decode(c, t, [2], 5, 5)
    secret.append(("02-eos-first", "the first generated token is the end token", c.calls))

    c = Calls(ref)
    t = table(rng, 10)
    decode(c, t, [3], 12, None)
    decode(c, t, [3], 0, 1)
    secret.append(("03-no-eos-and-zero-budget", "no end token: exactly max_new_tokens; a zero budget", c.calls))

    c = Calls(ref)
    t = floats([[1.0, 2.0, 2.0, 0.0],
                [0.5, 0.5, 0.5, 0.5],
                [3.0, 0.0, 3.0, 3.0],
                [0.0, 0.0, 0.0, 0.0]])
    decode(c, t, [0], 4, None, check=False)
    decode(c, t, [3], 3, None, check=False)
    secret.append(("04-ties", "equal logits: the smallest token id wins", c.calls))

    c = Calls(ref)
    t = floats([[-1.0, -0.5, -3.0, -2.0],
                [-0.2, -1.0, -0.6, -2.5],
                [-0.4, -0.3, -1.0, -0.8],
                [-0.1, -0.9, -0.7, -1.0]])
    decode(c, t, [0], 6, None)
    decode(c, t, [0], 6, None, 1.8)
    decode(c, t, [2, 1], 5, 3, 1.3)
    secret.append(("05-penalty-negative-logits", "the penalty multiplies negative logits", c.calls))

    c = Calls(ref)
    c.call("apply_repetition_penalty", floats([2.0, -2.0, 0.0, 1.0, -0.5]), [0, 1, 2, 0, 1], 2.0)
    c.call("apply_repetition_penalty", floats([2.0, -2.0, 0.0, 1.0]), [], 3.0)
    c.call("apply_repetition_penalty", floats([2.0, -2.0, 0.0, 1.0]), [3, 1], 1.0)
    secret.append(("06-penalty-function", "penalty on positive, negative and zero logits; repeated ids once", c.calls))

    c = Calls(ref)
    t = table(rng, 64, scale=3.0)
    decode(c, t, [5, 17, 42], 40, 0, 1.2)
    decode(c, t, [9], 40, None)
    secret.append(("07-larger-vocab", "64-token vocabulary, 40 steps, with and without a penalty", c.calls))

    c = Calls(ref)
    t = table(rng, 8)
    t[4] = t[4] * 300
    decode(c, t, [4], 3, None)
    secret.append(("08-extreme-logits", "a row with logits in the hundreds: finite log-probabilities", c.calls))

    c = Calls(ref)
    t = table(rng, 5)
    c.raises("greedy_decode", t, [], 3, None)
    c.raises("greedy_decode", t, [5], 3, None)
    c.raises("greedy_decode", t, [1], -1, None)
    c.raises("greedy_decode", t[:4], [1], 3, None)
    c.raises("greedy_decode", t, [1], 3, None, 0.0)
    c.raises("greedy_decode", t, [2, -1], 3, None)
    c.raises("greedy_decode", np.zeros((3, 3, 3)), [1], 3, None)
    secret.append(("09-bad-input", "empty prompt, unknown token, negative budget, non-square table, bad penalty", c.calls))

    c = Calls(ref)
    t = table(rng, 6, scale=1.0)
    for a, b in [(1, 3), (3, 4), (4, 0), (2, 5), (5, 0), (0, 2)]:
        t[a, b] = 6.0
    decode(c, t, [1], 10, 0)
    decode(c, t, [0, 2], 10, 0)
    decode(c, t, [1], 10, 0, 1.5)
    secret.append(("10-eos-mid-generation", "end token id 0 reached after a few steps; an end token inside the prompt does not stop generation", c.calls))
    write_group("secret", secret)


if __name__ == "__main__":
    main()
