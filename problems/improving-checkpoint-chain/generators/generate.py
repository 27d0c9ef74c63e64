#!/usr/bin/env python3
"""Write the tests of improving-checkpoint-chain: `/usr/bin/python3 generators/generate.py`.

Every `expect` is computed by the Python reference in submissions/accepted/ and, on all but the
large test, cross-checked against the quadratic DP; random cases are seeded, so running this again
reproduces the same files.
"""

from __future__ import annotations

import importlib.util
import json
import random
import shutil
import sys
from pathlib import Path

MODULE = "improving_chain.py"
ROOT = Path(__file__).resolve().parent.parent
INT_MIN, INT_MAX = -2**31, 2**31 - 1


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


def brute(scores: list[int]) -> int:
    best = [1] * len(scores)
    for i in range(len(scores)):
        for j in range(i):
            if scores[j] < scores[i]:
                best[i] = max(best[i], best[j] + 1)
    return max(best, default=0)


def call(scores: list[int], check: bool = True) -> dict:
    result = REFERENCE.longest_improving_chain(list(scores))
    if check:
        assert result == brute(scores), scores
    return {"call": "longest_improving_chain", "args": [scores], "expect": result}


def main() -> None:
    shutil.rmtree(ROOT / "data", ignore_errors=True)
    rng = random.Random(5203)
    write("sample/1-example", "the statement's example", [call([62, 64, 61, 63, 65, 60])])
    write("secret/01-empty-and-single", "no checkpoints, or just one",
          [call([]), call([7]), call([0]), call([-3])])
    write("secret/02-equal-scores-do-not-count", "a plateau is not an improvement",
          [call([5, 5, 5, 5]), call([1, 2, 2, 3]), call([3, 3, 4, 4, 5, 5]), call([9, 1, 1, 1, 1, 2]),
           call([4, 4]), call([2, 7, 7, 7, 7, 7, 8])])
    write("secret/03-chain-skips-checkpoints", "the best chain is never a run of consecutive checkpoints",
          [call([1, 9, 2, 8, 3, 7, 4]), call([10, 30, 20, 40]), call([5, 0, 6, 1, 7, 2, 8, 3, 9]),
           call([50, 10, 60, 20, 70, 30, 80, 40, 90, 50, 100])])
    write("secret/04-extreme-and-negative", "negative scores and the ends of the 32-bit range",
          [call([INT_MIN, INT_MAX, -5, 0, INT_MAX]), call([INT_MAX]), call([INT_MIN, INT_MIN]),
           call([-1, INT_MAX, -2, 0, INT_MAX - 1, INT_MAX]), call([-9, -8, -7, INT_MIN, -6]),
           call([INT_MAX, INT_MIN])])
    write("secret/05-monotone", "strictly rising, falling and saw-tooth runs",
          [call(list(range(1000))), call(list(range(1000, 0, -1))),
           call([i % 10 for i in range(200)]), call([-i for i in range(300)] + [5])])
    calls = []
    for _ in range(60):
        n = rng.randint(1, 14)
        calls.append(call([rng.randint(-6, 6) for _ in range(n)]))
    write("secret/06-random-small", "short runs with many equal scores", calls)
    calls = []
    for _ in range(4):
        n = rng.randint(1000, 2500)
        calls.append(call([rng.randint(INT_MIN, INT_MAX) for _ in range(n)]))
    calls.append(call([rng.randint(0, 50) + i // 20 for i in range(2000)]))
    write("secret/07-random-medium", "a few thousand checkpoints, a noisy upward trend in the last", calls)
    # large: 110 000 checkpoints with five-digit scores on a slow upward trend plus noise:
    # about 6 * 10^9 pairs for the quadratic DP, 120 000 binary searches for the tails.
    n = 110000
    scores = [min(99999, i * 80000 // n + rng.randint(0, 19999)) for i in range(n)]
    write("secret/large/1-long-training-run", "110 000 checkpoints", [call(scores, check=False)])


if __name__ == "__main__":
    main()
