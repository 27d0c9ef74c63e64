#!/usr/bin/env python3
"""Write the tests of anagram-log-groups: `/usr/bin/python3 generators/generate.py`.

Every `expect` is computed by the Python reference in submissions/accepted/ and, on all but the
large test, cross-checked against a pairwise letter-count comparison; random cases are seeded, so
running this again reproduces the same files.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import random
import shutil
import sys
from pathlib import Path


MODULE = "anagram_groups.py"
ROOT = Path(__file__).resolve().parent.parent


def load_reference():
    path = ROOT / "submissions" / "accepted" / MODULE
    spec = importlib.util.spec_from_file_location("reference", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


REFERENCE = load_reference()


def write(name: str, description: str, calls: list[dict]) -> None:
    """Write data/NAME.json compactly (one call per line)."""
    path = ROOT / "data" / f"{name}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    body = ",\n".join(json.dumps(c, separators=(",", ":")) for c in calls)
    path.write_text(f'{{"description": {json.dumps(description)},\n"calls": [\n{body}\n]}}\n')


def pairwise(tokens):
    from collections import Counter
    groups = []
    for t in tokens:
        for g in groups:
            if Counter(g[0]) == Counter(t):
                g.append(t)
                break
        else:
            groups.append([t])
    return groups


def call(tokens: list[str], check: bool = True) -> dict:
    result = REFERENCE.group_anagrams(copy.deepcopy(tokens))
    if check:
        assert result == pairwise(tokens), tokens
    return {"call": "group_anagrams", "args": [tokens], "expect": result}


def shuffled(rng, token):
    chars = list(token)
    rng.shuffle(chars)
    return "".join(chars)


def log_tokens(rng, count, bases, alphabet, lo, hi):
    """Tokens drawn from `bases` random base tokens, each occurrence shuffled or kept as is."""
    base = ["".join(rng.choice(alphabet) for _ in range(rng.randint(lo, hi))) for _ in range(bases)]
    return [shuffled(rng, rng.choice(base)) if rng.random() < 0.7 else rng.choice(base) for _ in range(count)]


def main() -> None:
    shutil.rmtree(ROOT / "data", ignore_errors=True)
    rng = random.Random(8086)
    write("sample/1-example", "the statement's example", [call(["ab12", "x9", "1b2a", "9x", "ab12", "ba21", "zz"])])
    write("secret/01-empty-and-single", "no tokens, one token, empty tokens",
          [call([]), call(["a"]), call([""]), call(["", "a", "", "b"]), call(["abc"])])
    write("secret/02-same-letters-different-counts", "same set of characters, different counts",
          [call(["aab", "abb", "aba", "bab", "ab"]), call(["a1a1", "11a", "1aa", "a11a"])])
    write("secret/03-repeated-tokens", "tokens repeated in the log are kept, in input order",
          [call(["id7", "id7", "7di", "id7"]), call(["x", "x", "x"]), call(["ab", "ba", "ab", "ba"])])
    write("secret/04-order-of-first-appearance", "groups by their first token's position, not by key",
          [call(["zz9", "abc", "9zz", "cab", "m", "z9z"]), call(["ba", "c", "ab", "b", "a"]),
           call(["Zeta", "eatZ", "alpha", "ahlpa"])])
    write("secret/05-case-and-symbols", "case-sensitive, digits and dashes count",
          [call(["Ab", "bA", "ab", "BA", "a-b", "b-a", "ab-", "ab"])])
    calls = [call(log_tokens(rng, rng.randint(1, 15), rng.randint(1, 5), "ab1", 0, 4)) for _ in range(40)]
    write("secret/06-random-small", "small logs over a tiny alphabet", calls)
    calls = [call(log_tokens(rng, 2000, 600, "abcdef0123-", 1, 6)) for _ in range(2)]
    write("secret/07-random-medium", "2 000 tokens in about 600 groups", calls)
    # large: 40 000 tokens from 16 000 base tokens, ~14 000 groups: comparing each token with
    # every earlier group is ~3 * 10^8 comparisons; the canonical key makes it one pass.
    tokens = log_tokens(rng, 40000, 16000, "abcdefghijklmnopqrstuvwxyz0123456789", 3, 6)
    result = REFERENCE.group_anagrams(tokens)
    print("large:", len(result), "groups")
    write("secret/large/1-incident-log", "40 000 tokens in about 14 000 groups", [call(tokens, check=False)])


if __name__ == "__main__":
    main()
