#!/usr/bin/env python3
"""Generate the tests of beam-search from the reference solution (deterministic).

Random tests replay the search and check that, at every step, the last selected candidate beats
the first rejected one by more than 1e-9, and that the winner beats the runner-up by as much, so
rounding differences cannot change the answer. Tie tests use a uniform table, whose candidate
scores are exactly equal.
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


ref = load_module("submissions/accepted/beam_search.py")


def margins_ok(table, prompt, width, max_new, eos, alpha):
    lp = ref.log_softmax(table)
    live, finished = [([], 0.0)], []
    for _ in range(max_new):
        cands = []
        for rank, (toks, score) in enumerate(live):
            last = toks[-1] if toks else prompt[-1]
            cands += [(score + float(lp[last, t]), rank, t) for t in range(table.shape[0])]
        cands.sort(key=lambda c: (-c[0], c[1], c[2]))
        if len(cands) > width:
            assert cands[width - 1][0] - cands[width][0] > 1e-9, "near-tie at the beam boundary"
        nxt = []
        for s, r, t in cands[:width]:
            (finished if t == eos else nxt).append((live[r][0] + [t], s))
        live = nxt
        if not live:
            break
    keys = sorted((s / len(t) ** alpha for t, s in finished + live), reverse=True)
    assert len(keys) < 2 or keys[0] - keys[1] > 1e-9, "near-tie in the final ranking"


def greedy(table, prompt, max_new, eos):
    lp = ref.log_softmax(table)
    out, total, last = [], 0.0, prompt[-1]
    for _ in range(max_new):
        last = int(np.argmax(lp[last]))
        out.append(last)
        total += float(lp[out[-2] if len(out) > 1 else prompt[-1], last])
        if last == eos:
            break
    return out, total


def search(c: Calls, table, prompt, width, max_new, eos=None, alpha=None, check=True):
    table = floats(table)
    if check and max_new > 0:
        margins_ok(table, prompt, width, max_new, eos, 0.0 if alpha is None else alpha)
    args = [table, list(prompt), width, max_new, eos] + ([] if alpha is None else [alpha])
    return c.call("beam_search", *args)


def table(rng, vocab, scale=1.5):
    return np.round(rng.normal(0, scale, size=(vocab, vocab)), 3)


def safe_table(rng, vocab, runs, scale=1.5, edit=None):
    """A random table on which every (prompt, width, max_new, eos, alpha) in `runs` has clear margins.

    Bigram models give exactly equal scores to sequences that use the same transitions in another
    order; such tables are drawn again.
    """
    while True:
        t = table(rng, vocab, scale)
        if edit is not None:
            edit(t)
        try:
            for prompt, width, max_new, eos, alpha in runs:
                margins_ok(t, prompt, width, max_new, eos, alpha)
            return t
        except AssertionError:
            continue


def main() -> None:
    rng = np.random.default_rng(61)
    example = np.log(floats([[0.05, 0.5, 0.4, 0.05],
                             [0.25, 0.3, 0.1, 0.35],
                             [0.02, 0.03, 0.05, 0.9],
                             [0.25, 0.25, 0.25, 0.25]]))
    sample = []
    c = Calls(ref)
    search(c, example, [0], 1, 3, 3)
    search(c, example, [0], 2, 3, 3)
    sample.append(("1-beats-greedy", "width 1 is greedy; width 2 finds a likelier sentence", c.calls))
    write_group("sample", sample)

    secret = []
    c = Calls(ref)
    for trial in range(3):
        t = safe_table(rng, 10, [([trial], 1, 8, 9, 0.0)])
        got = search(c, t, [trial], 1, 8, 9)
        want = greedy(t, [trial], 8, 9)
        assert got[0] == want[0] and abs(got[1] - want[1]) < 1e-12
    secret.append(("01-width-one-is-greedy", "beam width 1 returns the greedy decode", c.calls))

    c = Calls(ref)
    t = table(rng, 4)
    search(c, t, [1], 10, 3, None)
    search(c, t, [1], 10, 4, 0)
    secret.append(("02-wider-than-vocab", "a beam wider than the vocabulary keeps every candidate", c.calls))

    c = Calls(ref)
    t = safe_table(rng, 12, [([7], 3, 8, None, 0.0), ([7], 4, 6, None, 0.0)])
    search(c, t, [2, 7], 3, 8, None)
    search(c, t, [7], 4, 6, None)
    secret.append(("03-no-eos", "no end token: hypotheses of exactly max_new_tokens", c.calls))

    c = Calls(ref)
    def favour_end(t):
        t[:, 0] += 0.8

    t = safe_table(rng, 8, [([3], 3, 10, 0, a) for a in [0.0, 1.0, 2.0]], scale=1.0, edit=favour_end)
    for alpha in [0.0, 1.0, 2.0]:
        search(c, t, [3], 3, 10, 0, alpha)
    secret.append(("04-length-penalty", "length normalization changes which finished hypothesis wins", c.calls))

    c = Calls(ref)
    uniform = np.zeros((5, 5))
    search(c, uniform, [2], 3, 4, None, check=False)
    search(c, uniform, [2], 2, 3, 1, check=False)
    search(c, uniform, [0], 3, 3, 0, check=False)
    secret.append(("05-ties", "a uniform model: every score ties; the tie rules decide", c.calls))

    c = Calls(ref)
    def likely_end(t):
        t[:, 5] += 1.2

    t = safe_table(rng, 6, [([0], 3, 10, 5, 0.0)], edit=likely_end)
    search(c, t, [0], 3, 10, 5)
    secret.append(("06-early-stop", "every beam ends with the end token after a few steps", c.calls))

    c = Calls(ref)
    t = table(rng, 6)
    search(c, t, [4], 3, 0, 5)
    search(c, t, [4], 3, 1, 5)
    secret.append(("07-tiny-budgets", "zero and one new tokens", c.calls))

    c = Calls(ref)
    t = safe_table(rng, 30, [([3], 5, 20, 0, 1.0), ([11], 5, 20, None, 0.0)], scale=2.0)
    search(c, t, [1, 2, 3], 5, 20, 0, 1.0)
    search(c, t, [11], 5, 20, None)
    secret.append(("08-larger", "30-token vocabulary, width 5, 20 steps", c.calls))

    c = Calls(ref)
    t = table(rng, 4)
    c.raises("beam_search", t, [], 2, 3, None)
    c.raises("beam_search", t, [4], 2, 3, None)
    c.raises("beam_search", t, [1], 0, 3, None)
    c.raises("beam_search", t, [1], 2, -1, None)
    c.raises("beam_search", t[:3], [1], 2, 3, None)
    secret.append(("09-bad-arguments", "empty or unknown prompt, width 0, negative budget, non-square table", c.calls))

    c = Calls(ref)
    t = table(rng, 5)
    t[2] = t[2] * 400
    search(c, t, [2], 2, 3, None)
    secret.append(("10-extreme-logits", "a row with logits in the hundreds stays finite", c.calls))

    c = Calls(ref)
    c.call("log_softmax", floats([[1.0, 2.0, 3.0], [0.0, 0.0, 0.0]]))
    c.call("log_softmax", floats([[900.0, 899.0, 850.0], [-900.0, -905.0, -899.5], [750.0, -750.0, 0.0]]))
    c.call("log_softmax", floats([0.5, -1.25, 2.0, 0.0]))
    t = table(rng, 4)
    t[1] = np.array([820.0, 818.5, 100.0, 821.0])
    search(c, t, [1], 2, 3, None)
    secret.append(("11-log-softmax", "log_softmax on its own, with logits in the high hundreds; a search through such a row", c.calls))
    write_group("secret", secret)


if __name__ == "__main__":
    main()
