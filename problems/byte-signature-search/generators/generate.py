#!/usr/bin/env python3
"""Write the tests of byte-signature-search: `/usr/bin/python3 generators/generate.py`.

Every `expect` is computed by the Python reference in submissions/accepted/ and, on all but the
large tests, cross-checked against a comparison at every offset; random cases are seeded, so
running this again reproduces the same files.
"""

from __future__ import annotations

import importlib.util
import json
import random
import shutil
import sys
from pathlib import Path

MODULE = "signature_search.py"
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


def brute(stream: str, signature: str) -> list[int]:
    m = len(signature)
    return [i for i in range(len(stream) - m + 1) if stream[i:i + m] == signature]


def call(stream: str, signature: str, check: bool = True) -> dict:
    result = REFERENCE.find_signature(stream, signature)
    if check:
        assert result == brute(stream, signature), (stream, signature)
    return {"call": "find_signature", "args": [stream, signature], "expect": result}


def log_text(rng: random.Random, n: int) -> str:
    paths = ["/api/v1/items", "/api/v1/users", "/health", "/login", "/api/v2/items/abc"]
    lines = []
    while sum(map(len, lines)) < n:
        lines.append(f"{rng.choice(['GET', 'POST', 'PUT'])} {rng.choice(paths)} {rng.choice([200, 201, 404, 500])}\n")
    return "".join(lines)[:n]


def main() -> None:
    shutil.rmtree(ROOT / "data", ignore_errors=True)
    rng = random.Random(5150)
    write("sample/1-example", "the statement's examples", [
        call("GET /a\nGET /ab\nGET /abab\n", "ab"), call("PK", "PKZIP")])
    write("secret/01-empty-and-short", "empty stream, signature longer than or as long as the stream, empty signature", [
        call("", "a"), call("", "abc"), call("ab", "abc"), call("abc", "abc"), call("abc", "abd"),
        {"call": "find_signature", "args": ["abc", ""], "raises": True},
        {"call": "find_signature", "args": ["", ""], "raises": True}])
    write("secret/03-overlapping-hits", "hits that overlap the previous hit", [
        call("aaaa", "aa"), call("abababa", "aba"), call("xxxxyxxxx", "xx"), call("a" * 60, "a" * 10),
        call("abcabcabcab", "abcab")])
    write("secret/02-fall-back-to-border", "a failed partial match hides the start of a real hit", [
        call("aaab", "aab"), call("abcabcabd", "abcabd"), call("aabaabaaab", "aabaaab"),
        call("ababcabababcab", "ababcab"), call("zzzzzzy", "zzzy")])
    write("secret/04-hit-at-the-end", "the last hit ends at the last character; signature equal to the stream", [
        call("hello world", "world"), call("xyzxyz", "xyz"), call("q", "q"), call("abcabd", "abd"),
        call("MZMZMZ", "MZMZMZ")])
    write("secret/05-single-characters", "one-character signatures and streams", [
        call("banana", "a"), call("banana", "n"), call("banana", "z"), call("a", "b"),
        call("\n\n x\n", "\n")])
    calls = []
    for _ in range(60):
        alphabet = rng.choice(["ab", "abc", "aab", "xy\n"])
        stream = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        signature = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 6)))
        calls.append(call(stream, signature))
    write("secret/06-random-small", "small streams over two or three characters", calls)
    calls = []
    for _ in range(4):
        stream = log_text(rng, 20000)
        start = rng.randrange(len(stream) - 30)
        calls.append(call(stream, stream[start:start + rng.randint(3, 25)]))
    calls.append(call(log_text(rng, 20000), "/api/v1/"))
    write("secret/07-log-lines", "request logs of 20 000 characters", calls)
    # large: a scan that restarts at every offset compares ~m characters at each of ~n - m offsets.
    write("secret/large/1-one-byte-flood", "300 000 identical bytes; the signature differs in its last byte",
          [call("a" * 300000, "a" * 149999 + "b", check=False)])
    write("secret/large/2-periodic-flood", "a period-2 stream of 300 000 bytes; the signature breaks the period at its end",
          [call("ab" * 150000, "ab" * 74999 + "ac", check=False)])


if __name__ == "__main__":
    main()
