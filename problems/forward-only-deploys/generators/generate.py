#!/usr/bin/env python3
"""Write the tests of forward-only-deploys: `/usr/bin/python3 generators/generate.py`.

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


MODULE = "forward_chain.py"
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


def deploy_log(rng: random.Random, n: int, spread: int) -> list[int]:
    """A drifting build number with rollbacks and re-deploys."""
    build, log = 1000, []
    for _ in range(n):
        r = rng.random()
        if r < 0.15 and log:
            log.append(log[-1])  # re-deploy
            continue
        build += rng.randint(-spread, 2 * spread)
        log.append(build)
    return log


def main() -> None:
    clean()
    f = "longest_forward_chain"
    rng = random.Random(121)
    write("sample/1-example", "the statement's example", [
        call(f, [120, 118, 121, 121, 119, 125, 122, 130]),
    ])
    write("secret/01-empty-and-single", "no deploys, one deploy", [
        call(f, []), call(f, [7]), call(f, [-2147483648]),
    ])
    write("secret/02-redeploys-do-not-count", "equal builds never extend a chain", [
        call(f, [5, 5, 5, 5]), call(f, [1, 2, 2, 3, 3, 3]), call(f, [4, 4, 5, 5, 4, 6]),
    ])
    write("secret/03-monotone-logs", "increasing and decreasing logs", [
        call(f, list(range(50))), call(f, list(range(50, 0, -1))),
    ])
    write("secret/04-greedy-from-first-fails", "a big first build hides a longer chain", [
        call(f, [900, 1, 2, 3, 4, 5]), call(f, [3, 10, 4, 5, 6, 1, 7]),
    ])
    write("secret/05-subsequence-not-run", "the best chain is spread out", [
        call(f, [1, 9, 2, 8, 3, 7, 4]), call(f, [10, 1, 11, 2, 12, 3, 13]),
    ])
    write("secret/06-extreme-values", "the whole int range", [
        call(f, [2147483647, -2147483648, 0, 2147483647, -1, 2147483646]),
    ])
    calls = [call(f, [rng.randint(0, 20) for _ in range(rng.randint(1, 25))]) for _ in range(30)]
    write("secret/07-random-small", "short logs with many repeats", calls)
    calls = [call(f, deploy_log(rng, 2000, rng.choice([3, 20, 200]))) for _ in range(4)]
    write("secret/08-random-medium", "2 000-deploy logs", calls)
    builds = [rng.randint(0, 99999) for _ in range(100000)]
    write("secret/large/1-hundred-thousand", "100 000 deploys", [call(f, builds)])


if __name__ == "__main__":
    main()
