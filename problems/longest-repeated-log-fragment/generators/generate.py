#!/usr/bin/env python3
"""Write the tests of longest-repeated-log-fragment: `/usr/bin/python3 generators/generate.py`.

Every `expect` is computed by the Python reference in submissions/accepted/ and, on all but the
large tests, cross-checked against trying every length; random cases are seeded, so running this
again reproduces the same files. Large answers are checked to occur twice.
"""

from __future__ import annotations

import importlib.util
import json
import random
import shutil
import sys
from pathlib import Path

MODULE = "repeated_fragment.py"
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


def brute(line: str) -> str:
    n = len(line)
    for length in range(n - 1, 0, -1):
        first: dict[str, int] = {}
        best = -1
        for i in range(n - length + 1):
            j = first.setdefault(line[i:i + length], i)
            if j != i and (best == -1 or j < best):
                best = j
        if best >= 0:
            return line[best:best + length]
    return ""


def call(line: str, check: bool = True) -> dict:
    result = REFERENCE.longest_repeated_fragment(line)
    if check:
        assert result == brute(line), (line, result)
    else:
        assert result == "" or line.find(result, line.find(result) + 1) != -1
    return {"call": "longest_repeated_fragment", "args": [line], "expect": result}


def log_line(rng: random.Random, n: int) -> str:
    parts = []
    while sum(map(len, parts)) < n:
        parts.append(f"ts={rng.randint(10**9, 2 * 10**9)} user={rng.randint(1, 99999)} "
                     f"op={rng.choice(['get', 'put', 'del', 'scan'])} ms={rng.randint(0, 9999)}; ")
    return "".join(parts)[:n]


def main() -> None:
    shutil.rmtree(ROOT / "data", ignore_errors=True)
    rng = random.Random(2024)
    write("sample/1-example", "the statement's examples", [
        call("user=ann op=get user=bob op=get"), call("abca")])
    write("secret/01-empty-and-distinct", "empty line, one character, no repeated character", [
        call(""), call("a"), call("ab"), call("abcdefg"), call("0123456789=;")])
    write("secret/02-overlapping-repeats", "occurrences that overlap", [
        call("aaaa"), call("aa"), call("abcabca"), call("abababab"), call("zzzzzzzzzzq"), call("xaaax")])
    write("secret/03-tie-goes-to-earliest", "several longest fragments: the one that occurs first", [
        call("xyqxyrabsab"), call("zzqaa"), call("op=b op=a op=b op=a"), call("mnxmnyabzab"), call("cbcbxaxa"), call("ba ba ab ab")])
    write("secret/04-single-character-repeat", "only one character repeats", [
        call("abca"), call("xyzx"), call("q=1;q"), call("  ")])
    calls = []
    for _ in range(80):
        alphabet = rng.choice(["ab", "abc", "abcd=", "ab ;"])
        calls.append(call("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))))
    write("secret/05-random-small", "short random lines over a few characters", calls)
    calls = [call(log_line(rng, 400)) for _ in range(3)]
    plant = log_line(rng, 120)
    calls.append(call(log_line(rng, 150) + plant + log_line(rng, 150) + plant + log_line(rng, 100)))
    write("secret/06-log-lines", "log lines of a few hundred characters", calls)
    # large: a 60 000-character log line (long common prefixes between many offsets for the pair
    # scan), and a period-7 line whose longest repeat has length n - 7 (huge common prefixes).
    body = log_line(rng, 60000 - 2 * 2500)
    plant = log_line(rng, 2500)
    line = body[:20000] + plant + body[20000:40000] + plant + body[40000:]
    write("secret/large/1-long-log-line", "60 000 characters with a planted 2 500-character repeat",
          [call(line, check=False)])
    write("secret/large/2-periodic-line", "60 000 characters of a 7-character period, broken at the end",
          [call(("op=get;" * 9000)[:59990] + "op=put!!!!", check=False)])


if __name__ == "__main__":
    main()
