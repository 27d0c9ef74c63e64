#!/usr/bin/env python3
"""Write the tests of compressed-log-lookup: `/usr/bin/python3 generators/generate.py`.

Every `expect` is computed by the Python reference in submissions/accepted/; on the small and
medium tests it is also checked against a plain decoder. Random cases are seeded, so running this
again reproduces the same files.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import random
import shutil
import sys
from pathlib import Path


MODULE = "compressed_log.py"
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


def decode(encoded: str) -> str:
    """The plain decoder, for checking the reference on texts small enough to materialise."""
    stack = [["", 1]]
    i = 0
    while i < len(encoded):
        ch = encoded[i]
        if ch.isdigit():
            j = i
            while encoded[j].isdigit():
                j += 1
            stack.append(["", int(encoded[i:j])])
            i = j + 1
        elif ch == "]":
            text, times = stack.pop()
            stack[-1][0] += text * times
            i += 1
        else:
            stack[-1][0] += ch
            i += 1
    return stack[0][0]


def checked(encoded: str, offsets: list[int]) -> dict:
    c = call("chars_at", encoded, offsets)
    text = decode(encoded)
    assert c["expect"] == "".join(text[o] for o in offsets), encoded
    return c


def random_encoding(rng: random.Random, depth: int, max_times: int) -> str:
    parts = []
    for _ in range(rng.randint(1, 3)):
        if depth > 0 and rng.random() < 0.5:
            parts.append(f"{rng.randint(1, max_times)}[{random_encoding(rng, depth - 1, max_times)}]")
        else:
            parts.append("".join(rng.choice("abcxyz") for _ in range(rng.randint(0, 3))))
    return "".join(parts) or "q"


def length_of(encoded: str) -> int:
    return REFERENCE._parse(encoded).length


def main() -> None:
    clean()
    rng = random.Random(1015)
    write("sample/1-example", "the statement's examples", [
        checked("2[ab3[c]]d", [0, 2, 5, 9, 10]), checked("x12[ab]y", [0, 1, 24, 25]),
    ])
    write("secret/01-no-repeats", "plain text and single repeats", [
        checked("a", [0]), checked("heartbeat", [0, 4, 8]), checked("1[abc]", [0, 1, 2]),
    ])
    write("secret/02-empty-blocks", "blocks that decode to nothing", [
        checked("a5[]b", [0, 1]), checked("3[2[]]z", [0]), checked("x1000000000[]y", [0, 1]),
    ])
    write("secret/03-multi-digit-counts", "repeat counts with several digits", [
        checked("10[a]b", [0, 9, 10]), checked("12[ab]c", [22, 23, 24]), checked("2[10[x]y]", [10, 21]),
    ])
    write("secret/04-deep-nesting", "twenty levels of brackets", [
        checked("2[" * 20 + "ab" + "]" * 20 + "c", [0, 1, 2 ** 21 - 1, 2 ** 21]),
    ])
    big = "ok199[" + "1000[" * 4 + "retry" + "]" * 5 + "done"  # 199 * 10^12 * 5 + 6 characters
    size = length_of(big)
    write("secret/05-past-two-to-the-31", "a text of about 10^15 characters", [
        call("chars_at", big, [0, 1, 2, 3, 2 ** 31, 2 ** 31 + 1, 2 ** 32 + 7, size - 5, size - 1]),
    ])
    calls = []
    for _ in range(40):
        encoded = random_encoding(rng, 3, 4)
        n = length_of(encoded)
        if n == 0:
            encoded += "e"
            n = 1
        calls.append(checked(encoded, [rng.randrange(n) for _ in range(rng.randint(1, 10))]))
    write("secret/06-random-small", "random nested encodings", calls)
    # large 1: decodes to exactly 10^7 characters; 2 000 offsets (decoding per offset is too slow)
    medium = "10[" + "5[ab" + "1000[xy]" + "cd]" + "99[q]" + "]"
    medium = f"{10**7 // length_of(medium)}[{medium}]"
    n = length_of(medium)
    write("secret/large/1-ten-million", f"a text of {n} characters", [
        call("chars_at", medium, [rng.randrange(n) for _ in range(2000)]),
    ])
    # large 2: 10^15 characters from a long encoding with many items per level
    items = []
    for _ in range(300):
        items.append("".join(rng.choice("abcdefgh") for _ in range(rng.randint(1, 8))))
        items.append(f"{rng.randint(2, 999)}[{random_encoding(rng, 3, 50)}]")
    body = "".join(items)
    huge = f"{10**15 // length_of(body)}[{body}]"
    n = length_of(huge)
    write("secret/large/2-petabyte", f"a text of {n} characters", [
        call("chars_at", huge, [rng.randrange(n) for _ in range(2000)]),
    ])


if __name__ == "__main__":
    main()
