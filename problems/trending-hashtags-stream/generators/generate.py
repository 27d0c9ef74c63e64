#!/usr/bin/env python3
"""Write the tests of trending-hashtags-stream: `/usr/bin/python3 generators/generate.py`.

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

MODULE = "trending.py"
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

ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789"


def tag_name(i: int) -> str:
    """Hashtag number i as '#' plus three base-36 characters."""
    return "#" + ALPHABET[i // 1296 % 36] + ALPHABET[i // 36 % 36] + ALPHABET[i % 36]


def drifting_batches(rng: random.Random, batches: int, per_batch: int, universe: int,
                     phase: int, hot: int) -> list[list[str]]:
    """Mostly background uses, plus a hot set that changes every `phase` batches and climbs."""
    out = []
    hot_set = [rng.randrange(universe) for _ in range(hot)]
    for b in range(batches):
        if b % phase == 0:
            hot_set = [rng.randrange(universe) for _ in range(hot)]
        batch = []
        for _ in range(rng.randint(per_batch // 2, per_batch + per_batch // 2)):
            if rng.random() < 0.25:
                batch.append(tag_name(rng.choice(hot_set)))
            else:
                batch.append(tag_name(rng.randrange(universe)))
        out.append(batch)
    return out


def main() -> None:
    clean()
    f = "trending_after_batches"
    rng = random.Random(1414)
    write("sample/1-example", "the statement's example", [
        call(f, [["#ml", "#gpu", "#ml"], ["#gpu", "#jax"], ["#jax", "#jax", "#rust"]], 2),
    ])
    write("secret/01-no-batches-and-empty-batches", "nothing to count yet, empty batches", [
        call(f, [], 3), call(f, [[], []], 1), call(f, [["#a"], [], ["#b", "#b"], []], 2),
    ])
    write("secret/02-fewer-distinct-than-k", "the panel lists every hashtag seen", [
        call(f, [["#x"], ["#y", "#y"]], 5), call(f, [["#only"] * 4], 50),
    ])
    write("secret/03-ties-go-lexicographic", "equal counts listed in character order, not arrival",
          [call(f, [["#zeta", "#beta", "#alpha"], ["#mu", "#mu"], ["#zeta"]], 3),
           call(f, [["#b_2", "#b_10", "#b1", "#a"], ["#b_10", "#b_2"]], 2),
           call(f, [["#z", "#y", "#x", "#w", "#v"]], 4)])
    write("secret/04-counts-add-up-across-batches", "an old leader stays on top through quiet batches",
          [call(f, [["#llm"] * 5, ["#rag", "#rag"], ["#rag", "#gpu"], ["#gpu", "#gpu", "#gpu"]], 2),
           call(f, [["#a", "#a", "#a"], ["#b"], ["#c"], ["#b"], ["#c"]], 1)])
    write("secret/05-late-climber-overtakes", "a hashtag first seen late climbs onto the panel", [
        call(f, [["#a", "#b", "#c"], ["#a", "#b"], ["#d", "#d"], ["#d", "#d"], ["#e"] * 7], 2),
        call(f, [["#p", "#q"], ["#r"], ["#r"], ["#s"], ["#s"], ["#s"]], 2),
    ])
    calls = []
    for _ in range(40):
        k = rng.randint(1, 6)
        universe = rng.randint(1, 15)
        batches = [[tag_name(rng.randrange(universe)) for _ in range(rng.randint(0, 6))]
                   for _ in range(rng.randint(1, 12))]
        calls.append(call(f, batches, k))
    write("secret/06-random-small", "small random streams, many ties", calls)
    calls = [call(f, drifting_batches(rng, 300, 8, 400, 60, 5), k) for k in (1, 7, 50)]
    write("secret/07-random-medium", "300 batches with a drifting hot set", calls)
    write("secret/large/1-six-thousand-batches",
          "6 000 batches, 60 000 uses, over 20 000 distinct hashtags, k = 5",
          [call(f, drifting_batches(rng, 6000, 10, 36 ** 3, 400, 6), 5)])


if __name__ == "__main__":
    main()
