#!/usr/bin/env python3
"""Write the tests of template-bracket-check: `/usr/bin/python3 generators/generate.py`.

Every `expect` is computed by the Python reference in submissions/accepted/; random cases are
seeded, so running this again reproduces the same files.
"""

from __future__ import annotations

MODULE = "bracket_check.py"

import copy
import importlib.util
import json
import random
import shutil
import sys
from pathlib import Path

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


def random_template(rng: random.Random, length: int, balanced: bool) -> str:
    """Random text with nested brackets and quoted strings; balanced ones are valid by construction."""
    out: list[str] = []
    stack: list[str] = []
    closer = {"(": ")", "[": "]", "{": "}"}
    while len(out) < length:
        r = rng.random()
        if r < 0.3:
            o = rng.choice("([{")
            stack.append(o)
            out.append(o)
        elif r < 0.55 and stack:
            out.append(closer[stack.pop()])
        elif r < 0.62:
            out.append('"' + "".join(rng.choice('ab(]}{ ') for _ in range(rng.randint(0, 4))) + '"')
        else:
            out.append(rng.choice("abc =,:1"))
    if balanced:
        out.extend(closer[o] for o in reversed(stack))
    return "".join(out)


def main() -> None:
    shutil.rmtree(ROOT / "data", ignore_errors=True)
    f = "first_bracket_error"
    write("sample/1-example", "the examples of the statement", [
        call(f, 'cfg = {"a(": [1, (2)]}'),
        call(f, "ports: [80, (8080]]"),
        call(f, 'x = {[( "]" '),
    ])
    write("secret/01-empty-and-plain", "no brackets at all", [
        call(f, ""), call(f, "plain text = 1"), call(f, "a"),
    ])
    write("secret/02-close-with-nothing-open", "a closing bracket first or after everything closed", [
        call(f, ")"), call(f, "]abc"), call(f, "(a)}"), call(f, "{[]}())"),
    ])
    write("secret/03-crossed-brackets", "every kind balances in count but not in order", [
        call(f, "([)]"), call(f, "{a[b}c]"), call(f, "((([]))]"), call(f, "[{(})]"),
    ])
    write("secret/04-brackets-inside-quotes", "quoted brackets are plain text", [
        call(f, '"("'), call(f, 'a = "]" + (")")'), call(f, '{"}": "{"}'),
        call(f, 'list["a]", "b)"]'), call(f, '("x)")'),
    ])
    write("secret/05-unclosed-at-end", "several openers left: the oldest is reported", [
        call(f, "{[("), call(f, "a{b}(c[d"), call(f, '([]"'), call(f, '"x" [ "y'),
        call(f, "{ [ ] ( ) [ "), call(f, '"open'),
    ])
    write("secret/06-deep-balanced", "deep but correct nesting", [
        call(f, "([{" * 300 + "}])" * 300),
        call(f, "(" * 1000 + ")" * 999),
        call(f, "[" * 1000 + "]" * 1000 + "]"),
    ])
    rng = random.Random(1402)
    calls = []
    for _ in range(60):
        t = random_template(rng, rng.randint(1, 40), rng.random() < 0.5)
        if rng.random() < 0.4 and t:
            i = rng.randrange(len(t))
            t = t[:i] + rng.choice('()[]{}"') + t[i + 1:]
        calls.append(call(f, t))
    write("secret/07-random-small", "random short templates, some corrupted", calls)
    calls = [call(f, random_template(rng, 20000, True)) for _ in range(2)]
    t = random_template(rng, 20000, True)
    calls.append(call(f, t[:15000] + "]" + t[15000:]))
    write("secret/08-random-medium", "random templates of 20 000 characters", calls)
    # large: 300 000 nested openers then their closers: scanning back per closer is ~10^10 steps
    depth = 300000
    t = "".join(rng.choice("([{") for _ in range(depth))
    closer = {"(": ")", "[": "]", "{": "}"}
    write("secret/large/09-deep-nesting", "600 000 characters, nested 300 000 deep", [
        call(f, t + "".join(closer[c] for c in reversed(t))),
    ])


if __name__ == "__main__":
    main()
