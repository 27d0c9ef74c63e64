#!/usr/bin/env python3
"""Write the tests of status-stretch-after-fixes: `/usr/bin/python3 generators/generate.py`.

Every `expect` is computed by the Python reference in submissions/accepted/ and, on all but the
large test, cross-checked against growing a window from every start; random cases are seeded, so
running this again reproduces the same files.
"""

from __future__ import annotations

import importlib.util
import json
import random
import shutil
import string
import sys
from collections import Counter
from pathlib import Path

MODULE = "status_stretch.py"
ROOT = Path(__file__).resolve().parent.parent
INT_MAX = 2**31 - 1


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


def brute(statuses: str, k: int) -> int:
    best = 0
    for i in range(len(statuses)):
        for j in range(i + 1, len(statuses) + 1):
            window = statuses[i:j]
            if len(window) - max(Counter(window).values()) <= k:
                best = max(best, j - i)
    return best


def call(statuses: str, k: int, check: bool = True) -> dict:
    result = REFERENCE.longest_stretch(statuses, k)
    if check:
        assert result == brute(statuses, k), (statuses, k)
    return {"call": "longest_stretch", "args": [statuses, k], "expect": result}


def main() -> None:
    shutil.rmtree(ROOT / "data", ignore_errors=True)
    rng = random.Random(8086)
    write("sample/1-example", "the statement's examples", [call("UUUUDWWU", 1), call("UUUUDWWU", 2)])
    write("secret/01-empty-and-one", "no readings, one reading", [
        call("", 0), call("", 5), call("U", 0), call("D", 3)])
    write("secret/02-no-corrections", "k = 0: the longest recorded run", [
        call("UUDDDUW", 0), call("ABCDEF", 0), call("WWWW", 0), call("UDUDUDUU", 0)])
    write("secret/03-fixes-join-runs", "corrections between short runs beat extending the longest run", [
        call("UDUDU", 2), call("UUUDUUDUUUDUU", 3), call("ABABABAB", 2), call("DDDUUDUUDUUXD", 2),
        call("WUWUUWUUUW", 3)])
    write("secret/04-rare-status-wins", "the best stretch is of a status that is rare in the whole log", [
        call("UUUDDUUUWWWWUUUDUDUUU", 0), call("AAAAAABBBBBCCCCCCCCAAA", 0), call("UUUUDUDDDDDUUUUUUUU", 1)])
    write("secret/05-k-covers-the-log", "k at least the length, up to 2^31 - 1 (an int sum overflows)", [
        call("UUDUUWUU", 8), call("ABCDE", 100), call("UUDUUWUU", INT_MAX), call("ZYXWVUTSRQ", INT_MAX),
        call("Q", INT_MAX)])
    write("secret/06-one-status", "every reading the same", [call("U" * 50, 0), call("D" * 50, 3)])
    calls = []
    for _ in range(60):
        letters = rng.choice(["UD", "UDW", string.ascii_uppercase[:6]])
        statuses = "".join(rng.choice(letters) for _ in range(rng.randint(0, 30)))
        calls.append(call(statuses, rng.randint(0, 6)))
    write("secret/07-random-small", "short random logs over two to six statuses", calls)
    calls = []
    for _ in range(3):
        statuses = "".join(rng.choice("UUUUUUDW") for _ in range(3000))
        calls.append(call(statuses, rng.randint(0, 300), check=False))
    write("secret/08-random-medium", "logs of 3 000 readings, mostly up", calls)
    # large: 300 000 readings over all 26 letters and k = 100 000: every start's window runs about
    # 104 000 readings, ~3 * 10^10 steps for the brute force, one pass for the sliding window.
    statuses = "".join(rng.choice(string.ascii_uppercase) for _ in range(300000))
    write("secret/large/1-noisy-day", "300 000 readings over 26 statuses, k = 100 000",
          [call(statuses, 100000, check=False)])


if __name__ == "__main__":
    main()
