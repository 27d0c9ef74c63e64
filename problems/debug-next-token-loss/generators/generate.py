#!/usr/bin/env python3
"""Generate the tests of debug-next-token-loss from the fixed (accepted) code (deterministic)."""
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


ref = load_module("submissions/accepted/lm_loss.py")
GRAD_TOL = {"rel": 1e-5, "abs": 1e-7}
PAD = 0


def corpus(rng, batch, max_len, min_len=3):
    """Sequences over tokens 1..5 where 1 -> 2 -> 3 -> (4 or 5) -> 1, right-padded with 0."""
    follow = {1: [2], 2: [3], 3: [4, 5], 4: [1], 5: [1]}
    rows = []
    for _ in range(batch):
        length = int(rng.integers(min_len, max_len + 1))
        seq = [int(rng.integers(1, 6))]
        while len(seq) < length:
            options = follow[seq[-1]]
            seq.append(options[int(rng.integers(len(options)))])
        rows.append(seq + [PAD] * (max_len - length))
    return ints(rows)


def gradcheck(c: Calls, logits, tokens):
    args = [encode(logits), encode(tokens), PAD]
    k = c.raw({"numgrad": "next_token_loss", "args": args, "wrt": 0, "pick": 0, "weights": 1.0})
    c.raw({"call": "next_token_loss", "args": args, "pick": 1, "same_as": k, "tolerance": GRAD_TOL})


def main() -> None:
    rng = np.random.default_rng(71)
    sample = []
    c = Calls(ref)
    logits = np.round(rng.normal(0, 1, size=(1, 4, 4)), 3)
    c.call("next_token_loss", logits, ints([[2, 3, 1, 2]]), PAD)
    sample.append(("1-one-sequence", "one sequence of four tokens, vocabulary of four", c.calls))
    c = Calls(ref)
    tokens = corpus(rng, 16, 10)
    c.call("train_bigram", tokens, 6, 200, 2.0, PAD)
    W, _ = ref.train_bigram(tokens, 6, 200, 2.0, PAD)
    c.call("generate", W, [1], 6)
    sample.append(("2-train-and-generate", "200 steps on a tiny corpus, then greedy generation from token 1", c.calls))
    write_group("sample", sample)

    secret = []
    c = Calls(ref)
    logits = np.round(rng.normal(0, 1, size=(3, 5, 6)), 3)
    tokens = ints([[1, 2, 3, 4, 1], [3, 5, 1, 0, 0], [2, 3, 0, 0, 0]])
    c.call("next_token_loss", logits, tokens, PAD)
    secret.append(("01-padded-batch", "a right-padded batch: padding targets do not count", c.calls))

    c = Calls(ref)
    logits = np.round(rng.normal(0, 1, size=(2, 4, 5)), 3)
    tokens = ints([[1, 2, 3, 4], [4, 1, 0, 0]])
    first = len(c.calls) + 1
    c.call("next_token_loss", logits, tokens, PAD, pick=0)
    more = np.concatenate([logits, np.round(rng.normal(0, 1, size=(2, 3, 5)), 3)], axis=1)
    c.raw({"call": "next_token_loss", "args": [encode(more), encode(np.pad(tokens, ((0, 0), (0, 3)))), PAD],
           "pick": 0, "same_as": first})
    secret.append(("02-more-padding", "padding the batch further leaves the loss unchanged", c.calls))

    c = Calls(ref)
    gradcheck(c, np.round(rng.normal(0, 1, size=(2, 5, 4)), 3), ints([[1, 2, 3, 1, 2], [3, 1, 2, 0, 0]]))
    secret.append(("03-gradient-check", "the gradient matches finite differences of the loss", c.calls))

    c = Calls(ref)
    logits = np.round(rng.normal(0, 1, size=(2, 3, 4)), 3)
    c.call("next_token_loss", logits, ints([[1, 0, 0], [2, 0, 0]]), PAD)
    c.call("next_token_loss", logits[:, :1], ints([[1], [2]]), PAD)
    secret.append(("04-nothing-to-predict", "no counted target: loss 0.0 and a zero gradient", c.calls))

    c = Calls(ref)
    logits = np.round(rng.normal(0, 2, size=(2, 6, 6)), 3)
    tokens = ints([[5, 5, 2, 3, 4, 1], [1, 1, 1, 1, 1, 1]])
    c.call("next_token_loss", logits, tokens, 3)
    secret.append(("05-other-pad-id", "pad id 3 instead of 0", c.calls))

    c = Calls(ref)
    tokens = corpus(rng, 24, 12)
    c.call("train_bigram", tokens, 6, 300, 2.0, PAD)
    W, _ = ref.train_bigram(tokens, 6, 300, 2.0, PAD)
    c.call("generate", W, [3, 4], 8)
    c.call("generate", W, [2], 5)
    secret.append(("06-training", "training curve and generations of the bigram model", c.calls))

    c = Calls(ref)
    logits = np.round(rng.normal(0, 1, size=(8, 24, 30)), 3)
    tokens = rng.integers(1, 30, size=(8, 24))
    for row, length in enumerate(rng.integers(5, 25, size=8)):
        tokens[row, length:] = PAD
    c.call("next_token_loss", logits, tokens, PAD)
    secret.append(("07-larger", "batch 8, 24 positions, vocabulary 30", c.calls))
    c = Calls(ref)
    tokens = corpus(rng, 10, 8, min_len=2)
    c.call("train_bigram", tokens, 6, 120, 0.5, PAD)
    W, _ = ref.train_bigram(tokens, 6, 120, 0.5, PAD)
    c.call("generate", W, [5], 6)
    secret.append(("08-slower-training", "a smaller learning rate and shorter sequences", c.calls))
    write_group("secret", secret)


if __name__ == "__main__":
    main()
