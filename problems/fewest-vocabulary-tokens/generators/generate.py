#!/usr/bin/env python3
"""Write the tests of fewest-vocabulary-tokens: `/usr/bin/python3 generators/generate.py`.

Every `expect` is computed by the Python reference in submissions/accepted/; random cases are
seeded, so running this again reproduces the same files.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import random
import shutil
import sys
from pathlib import Path


MODULE = "tokens.py"
ROOT = Path(__file__).resolve().parent.parent


def load_reference():
    path = ROOT / "submissions" / "accepted" / MODULE
    spec = importlib.util.spec_from_file_location("reference", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


REFERENCE = load_reference()


def call(function: str, *args, **extra) -> dict:
    """One call with its expected value, computed by the reference on a copy of the arguments."""
    result = getattr(REFERENCE, function)(*copy.deepcopy(args))
    return {"call": function, "args": list(args), "expect": result, **extra}


def write(name: str, description: str, calls: list[dict]) -> None:
    """Write data/NAME.json compactly (one call per line)."""
    path = ROOT / "data" / f"{name}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    body = ",\n".join(json.dumps(c, separators=(",", ":")) for c in calls)
    path.write_text(f'{{"description": {json.dumps(description)},\n"calls": [\n{body}\n]}}\n')


def clean() -> None:
    shutil.rmtree(ROOT / "data", ignore_errors=True)


def main() -> None:
    clean()
    f = "min_tokens"
    rng = random.Random(2000)
    write("sample/1-example", "the statement's examples", [
        call(f, "retrying", ["re", "try", "trying", "ing", "r", "e"]),
        call(f, "abcd", ["ab", "abc", "cd"]),
        call(f, "xyz", ["x", "y"]),
    ])
    write("secret/01-empty-text", "the empty text needs no tokens", [
        call(f, "", ["a"]), call(f, "", ["ab", "c"]),
    ])
    write("secret/02-whole-entry-and-impossible", "one token; a text the vocabulary cannot cover", [
        call(f, "timeout", ["time", "out", "timeout"]), call(f, "Error", ["error"]),
        call(f, "aaab", ["a", "aa"]),
    ])
    write("secret/03-longest-match-is-a-trap", "max-munch fails or is not minimal", [
        call(f, "abcd", ["ab", "abc", "cd"]),
        call(f, "aaaaaaa", ["a", "aaaaa", "aaa", "aaaa"]),
        call(f, "footballgame", ["football", "foot", "ballgame", "ball", "game", "footballg"]),
    ])
    write("secret/04-first-split-is-not-fewest", "the leftmost split uses more tokens", [
        call(f, "abcdef", ["a", "b", "c", "d", "e", "f", "abcdef", "bcdef"]),
        call(f, "xxyy", ["x", "y", "xxyy", "xy"]),
    ])
    write("secret/05-duplicate-entries", "the vocabulary lists an entry twice", [
        call(f, "abab", ["ab", "ab", "a", "b"]),
    ])
    pieces = ["err", "or", "time", "out", "re", "try", "ing", "node", "_", "-", "1", "0", "0x", "ff"]
    calls = []
    for _ in range(25):
        vocab = rng.sample(pieces, rng.randint(3, len(pieces)))
        vocab += ["".join(rng.sample(vocab, 2)) for _ in range(3)]
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 10)))
        calls.append(call(f, text, vocab))
    write("secret/06-random-small", "random texts from log-like pieces", calls)
    # large: 5 000 characters of 'a' then a 'b' the vocabulary lacks; every split of the a's is
    # valid, so a search without memo explores exponentially many before failing
    vocab_a = ["a" * k for k in range(1, 21)]
    vocab_mixed = ["".join(rng.choice("ab") for _ in range(rng.randint(1, 12))) for _ in range(1500)]
    text_mixed = "".join(rng.choice(vocab_mixed) for _ in range(600))[:5000]
    write("secret/large/1-long-texts", "5 000-character texts, one that cannot be covered", [
        call(f, "a" * 4999 + "b", vocab_a),
        call(f, "a" * 5000, vocab_a),
        call(f, text_mixed, vocab_mixed + ["a", "b"]),
    ])


if __name__ == "__main__":
    main()
