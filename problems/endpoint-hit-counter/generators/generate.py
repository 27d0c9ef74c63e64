#!/usr/bin/env python3
"""Write the tests of endpoint-hit-counter: `/usr/bin/python3 generators/generate.py`.

Every `expect` is computed by the Python reference in submissions/accepted/; random sessions are
seeded, so running this again reproduces the same files.
"""

from __future__ import annotations

MODULE = "hit_counter.py"

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



def write(name: str, description: str, calls: list[dict]) -> None:
    """Write data/NAME.json compactly (one call per line)."""
    path = ROOT / "data" / f"{name}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    body = ",\n".join(json.dumps(c, separators=(",", ":")) for c in calls)
    path.write_text(f'{{"description": {json.dumps(description)},\n"calls": [\n{body}\n]}}\n')


class Session:
    """Builds the calls of one session against a fresh reference counter."""

    def __init__(self, window: int) -> None:
        self.counter = REFERENCE.HitCounter(window)
        self.calls: list[dict] = [{"new": "HitCounter", "args": [window]}]

    def record(self, timestamps: list[int]) -> None:
        self.counter.record(list(timestamps))
        self.calls.append({"call": "record", "args": [timestamps], "expect": None})

    def count(self, now: int) -> None:
        self.calls.append({"call": "count", "args": [now], "expect": self.counter.count(now)})


def random_session(rng: random.Random, window: int, steps: int, gap: int, batch: int) -> Session:
    s = Session(window)
    t = rng.randint(1, 50)
    for _ in range(steps):
        if rng.random() < 0.5:
            times = []
            for _ in range(rng.randint(0, batch)):
                t += rng.choice([0, 0, 1, rng.randint(0, gap)])
                times.append(t)
            s.record(times)
        else:
            t += rng.randint(0, gap)
            s.count(t)
    return s


def main() -> None:
    shutil.rmtree(ROOT / "data", ignore_errors=True)
    s = Session(300)
    s.record([1, 2, 2, 300]); s.count(300); s.count(301); s.record([450]); s.count(601); s.count(750)
    write("sample/1-example", "the example of the statement", s.calls)
    s = Session(10)
    s.count(1); s.record([]); s.count(5); s.record([5]); s.count(5); s.record([]); s.count(14)
    write("secret/01-empty", "queries before any hit, and empty batches", s.calls)
    s = Session(60)
    s.record([100, 100, 101]); s.count(159); s.count(160); s.count(161); s.count(162)
    s2 = Session(1)
    s2.record([7, 7]); s2.count(7); s2.record([8]); s2.count(8); s2.count(9)
    write("secret/02-window-edge", "a hit exactly window seconds old has expired", s.calls + s2.calls)
    s = Session(100)
    s.record([10, 20, 30]); s.count(30); s.count(500); s.record([501]); s.count(501)
    s.record([600]); s.count(700); s.count(1000000000)
    write("secret/03-query-after-silence", "long silences between calls, stale hits must go", s.calls)
    s = Session(5)
    s.record([1, 2, 3]); s.count(3); s.record([8, 9]); s.count(9); s.record([13]); s.count(13)
    s.record([106, 107]); s.count(110); s.count(111); s.count(112)
    write("secret/04-gap-longer-than-window", "silences longer than the window wrap any ring of buckets", s.calls)
    s = Session(1000000)
    s.record([1] * 50 + [999999, 1000000]); s.count(1000000); s.count(1000001); s.count(1999999)
    s.count(2000000)
    write("secret/05-big-window-many-per-second", "a long window and bursts within one second", s.calls)
    rng = random.Random(1405)
    calls: list[dict] = []
    for _ in range(30):
        calls += random_session(rng, rng.choice([1, 3, 10, 60]), 12, 15, 5).calls
    write("secret/06-random-small", "random short sessions", calls)
    calls = []
    for _ in range(3):
        calls += random_session(rng, rng.choice([300, 3600]), 600, 40, 30).calls
    write("secret/07-random-medium", "random sessions of 600 calls", calls)
    # large: 60 000 hits in 60 batches, 4 000 queries: scanning every kept hit per query is
    # ~1.2 * 10^8 steps, far too slow in Python
    s = Session(300)
    t = 1000
    for b in range(60):
        times = []
        for _ in range(1000):
            t += rng.choice([0, 0, 1])
            times.append(t)
        s.record(times)
        for _ in range(66):
            t += rng.randint(0, 1)
            s.count(t)
    write("secret/large/08-busy-endpoint", "60 000 hits and ~4 000 queries", s.calls)


if __name__ == "__main__":
    main()
