#!/usr/bin/env python3
"""Write the tests of expand-repeat-template: `/usr/bin/python3 generators/generate.py`.

Every `expect` is computed by the Python reference in submissions/accepted/ and, on all but the
large test, cross-checked against the innermost-first expansion; random cases are seeded, so
running this again reproduces the same files.
"""

from __future__ import annotations

import importlib.util
import json
import random
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LITERALS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_./:"


def load(relative: str):
    path = ROOT / relative
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


REFERENCE = load("submissions/accepted/repeat_template.py")
BRUTE = load("submissions/time_limit_exceeded/expand_innermost_first.py")


def write(name: str, description: str, calls: list[dict]) -> None:
    """Write data/NAME.json compactly (one call per line)."""
    path = ROOT / "data" / f"{name}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    body = ",\n".join(json.dumps(c, separators=(",", ":")) for c in calls)
    path.write_text(f'{{"description": {json.dumps(description)},\n"calls": [\n{body}\n]}}\n')


def call(template: str, check: bool = True) -> dict:
    result = REFERENCE.expand_template(template)
    assert len(template) <= 300000 and len(result) <= 400000
    if check:
        assert result == BRUTE.expand_template(template), template
    return {"call": "expand_template", "args": [template], "expect": result}


def random_template(rng: random.Random, budget: int, depth: int) -> str:
    """A random template whose expansion stays within budget characters."""
    out = []
    length = 0
    for _ in range(rng.randint(1, 4)):
        if depth > 0 and rng.random() < 0.5:
            k = rng.choice([0, 1, 2, 3, 5, 10, 12, 100]) if rng.random() < 0.3 else rng.randint(1, 4)
            inner_budget = (budget - length) // max(k, 1)
            inner = random_template(rng, inner_budget, depth - 1) if inner_budget > 0 else ""
            piece = REFERENCE.expand_template(inner)
            if len(piece) * k + length > budget:
                continue
            out.append(f"{k}[{inner}]")
            length += len(piece) * k
        elif length < budget:
            word = "".join(rng.choice(LITERALS) for _ in range(rng.randint(1, 3)))
            word = word[: budget - length]
            out.append(word)
            length += len(word)
    return "".join(out)


def main() -> None:
    shutil.rmtree(ROOT / "data", ignore_errors=True)
    rng = random.Random(31337)
    write("sample/1-example", "the statement's examples",
          [call("3[GET-2[retry.]]"), call("a2[b3[c]]d")])
    write("secret/01-empty", "the empty template and templates that expand to nothing",
          [call(""), call("0[ab]"), call("4[]"), call("3[0[x]]"), call("2[1[]]")])
    write("secret/02-plain-text", "no blocks at all, or a single character",
          [call("x"), call("GET/api/status:health"), call("1[z]")])
    write("secret/03-multi-digit-counts", "counts of two to four digits",
          [call("12[ab]"), call("10[x]y"), call("1000[a]"), call("2[20[q]]"), call("100[ab]3[c]")])
    write("secret/04-zero-counts", "disabled blocks inside and between others",
          [call("ping10[x]0[skip]"), call("a0[b]c"), call("2[x0[y]z]"), call("0[10[abc]]done")])
    write("secret/05-punctuation-literals", "every kind of literal character",
          [call("2[GET-/api/vA.]"), call("a_b3[:]c.d"), call("2[x-1[_y/]Z]")])
    write("secret/06-sequential-and-nested", "blocks side by side, text around and between them",
          [call("ab2[c]de3[f]g"), call("2[a]3[b]4[c]"), call("2[a3[b]c]x2[y]"), call("3[z]2[2[y]pq4[2[jk]e1[f]]]ef")])
    deep = "".join("2[" if i % 10 == 0 else "1[" for i in range(100)) + "q" + "]" * 100
    wide = "".join("1[a" for _ in range(100)) + "]" * 100
    write("secret/07-deep-nesting", "blocks nested 100 deep", [call(deep), call(wide)])
    calls = [call(random_template(rng, rng.randint(1, 60), 4)) for _ in range(60)]
    write("secret/08-random-small", "small random templates", calls)
    calls = [call(random_template(rng, 5000, 6)) for _ in range(6)]
    write("secret/09-random-medium", "medium random templates", calls)
    # large: 55 000 blocks side by side (every 50th nested), 330 000 characters out. The
    # innermost-first rewrite copies the whole string once per block: about 2 * 10^10 characters.
    parts = ["2[a1[b]]" if i % 50 == 0 else rng.choice(("3[ab]", "2[xyz]", "6[q]")) for i in range(55000)]
    write("secret/large/1-many-blocks", "55 000 blocks side by side", [call("".join(parts), check=False)])

if __name__ == "__main__":
    main()
