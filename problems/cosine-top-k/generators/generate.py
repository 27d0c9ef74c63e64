#!/usr/bin/env python3
"""Generate the tests of cosine-top-k from the reference solution (deterministic).

Tie tests use vectors whose normalized entries are exact binary fractions (entries in {0, +-1}
with 1 or 4 non-zeros, possibly scaled by powers of two), so tied scores are bit-identical however
they are computed. Random tests are checked for near-ties inside the top k + 1.
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


ref = load_module("submissions/accepted/cosine_top_k.py")


def top(c: Calls, Q, C, k, random=False):
    Q, C = floats(Q), floats(C)
    if random:
        s = -np.sort(-ref.cosine_similarity(Q, C), axis=1)[:, : k + 1]
        gaps = np.abs(np.diff(s, axis=1))
        assert gaps.size == 0 or gaps.min() > 1e-9, "near-tie in a random test"
    c.call("cosine_top_k", Q, C, k)


def main() -> None:
    rng = np.random.default_rng(43)
    sample = []
    c = Calls(ref)
    corpus = floats([[1.0, 0.0, 0.0], [0.6, 0.8, 0.0], [0.0, 2.0, 0.0], [1.0, 1.0, 1.0], [-1.0, 0.0, 0.5]])
    queries = floats([[1.0, 0.2, 0.0], [0.0, 1.0, 1.0]])
    c.call("cosine_similarity", queries, corpus)
    top(c, queries, corpus, 2, random=True)
    sample.append(("1-small", "two queries against five documents", c.calls))
    write_group("sample", sample)

    secret = []
    c = Calls(ref)
    corpus = floats([[1, 1, 1, 1], [1, 0, 0, 0], [1, 1, 1, 1], [0, 1, 0, 0], [1, 1, 1, 1]])
    top(c, floats([[1, 1, 1, 1], [1, 1, 0, 0]]), corpus, 3)
    secret.append(("01-duplicate-documents", "identical documents tie: increasing index", c.calls))

    c = Calls(ref)
    corpus = floats([[0, 4, 0, 0], [1, -1, 1, 1], [0, 1, 0, 0], [4, -4, 4, 4], [0, 0.5, 0, 0]])
    top(c, floats([[0, 1, 0, 0], [1, -1, 1, 1]]), corpus, 5)
    secret.append(("02-scaled-copies", "a vector and its multiples have the same score", c.calls))

    c = Calls(ref)
    corpus = floats([[0, 0, 0], [1, 0, 0], [0, 1, 0], [0, 0, 0], [0, 0, 1]])
    top(c, floats([[1, 0, 0], [0, 0, 0]]), corpus, 4)
    c.call("cosine_similarity", floats([[0, 0, 0], [2, 0, 0]]), corpus)
    secret.append(("03-zero-vectors", "zero vectors have similarity 0 with everything", c.calls))

    c = Calls(ref)
    corpus = floats([[1, 2], [3, -1], [-2, 0.5]])
    top(c, floats([[1, 1]]), corpus, 10)
    secret.append(("04-k-larger-than-corpus", "k beyond the corpus size returns every document", c.calls))

    c = Calls(ref)
    corpus = floats([[-1, 0], [1, 0], [0, -1], [0, 1]])
    top(c, floats([[1, 0], [-1, -1]]), corpus, 4)
    secret.append(("05-negative-similarity", "opposite vectors score -1 and rank last", c.calls))

    c = Calls(ref)
    corpus = np.round(rng.normal(size=(500, 32)), 3)
    queries = np.round(corpus[rng.choice(500, size=20, replace=False)] + rng.normal(0, 0.5, size=(20, 32)), 3)
    top(c, queries, corpus, 10, random=True)
    secret.append(("06-embeddings", "20 noisy copies of documents among 500 embeddings of width 32", c.calls))

    c = Calls(ref)
    corpus = np.round(rng.normal(size=(50, 8)), 3)
    queries = np.round(rng.normal(size=(5, 8)), 3)
    top(c, queries, corpus, 1, random=True)
    c.call("cosine_similarity", queries[:2], corpus[:6])
    secret.append(("07-k-equals-one", "k = 1 is the argmax", c.calls))

    c = Calls(ref)
    c.raises("cosine_top_k", floats([[1, 0]]), floats([[1, 0]]), 0)
    c.raises("cosine_top_k", floats([[1, 0, 0]]), floats([[1, 0]]), 1)
    c.raises("cosine_top_k", floats([1, 0]), floats([[1, 0]]), 1)
    c.raises("cosine_similarity", floats([[1, 0]]), floats([1, 0]))
    secret.append(("08-bad-input", "k < 1, mismatched widths, 1-D inputs", c.calls))

    c = Calls(ref)
    v = floats([1.0, -2.0, 0.5, 3.0, -1.0, 0.25])
    corpus = np.round(rng.normal(size=(64, 6)), 3)
    for i in range(64):
        if i % 3:
            corpus[i] = v * 2.0 ** (i % 4 - 1)        # power-of-two multiples: exactly equal scores
    queries = np.vstack([v, np.zeros(6), -v])
    top(c, queries, corpus, 50)
    secret.append(("09-large-tie-groups", "tie groups of 40 and more documents, beyond what a small sort keeps stable by accident", c.calls))
    write_group("secret", secret)


if __name__ == "__main__":
    main()
