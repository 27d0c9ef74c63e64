#!/usr/bin/env python3
"""Write the tests of gpu-queue-cooldown: `/usr/bin/python3 generators/generate.py`.

Every `expect` is computed by the Python reference in submissions/accepted/ and cross-checked
against an independent heap simulation (every test) and a slot-by-slot simulation (small tests);
random cases are seeded, so running this again reproduces the same files.
"""

from __future__ import annotations

import copy
import heapq
import importlib.util
import json
import random
import shutil
import sys
from collections import Counter, deque
from pathlib import Path


MODULE = "gpu_cooldown.py"
ROOT = Path(__file__).resolve().parent.parent


def load_reference():
    path = ROOT / "submissions" / "accepted" / MODULE
    spec = importlib.util.spec_from_file_location("reference", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


REFERENCE = load_reference()


def heap_schedule(kinds: list[str], cooldown: int) -> int:
    """Greedy simulation: run the ready kind with most jobs left; jump over idle stretches."""
    ready = [-c for c in Counter(kinds).values()]
    heapq.heapify(ready)
    waiting: deque[tuple[int, int]] = deque()  # (first slot it may run again, -jobs left)
    time = 0
    while ready or waiting:
        if not ready:
            time = max(time, waiting[0][0])
        while waiting and waiting[0][0] <= time:
            heapq.heappush(ready, waiting.popleft()[1])
        left = heapq.heappop(ready) + 1
        if left < 0:
            waiting.append((time + cooldown + 1, left))
        time += 1
    return time


def slot_by_slot(kinds: list[str], cooldown: int) -> int:
    left = Counter(kinds)
    last: dict[str, int] = {}
    slot = 0
    while any(left.values()):
        choices = [k for k in left if left[k] and slot - last.get(k, -10**18) > cooldown]
        if choices:
            best = max(choices, key=lambda k: left[k])
            left[best] -= 1
            last[best] = slot
        slot += 1
    return slot


def call(function: str, *args, brute: bool = False) -> dict:
    """One call with its expected value, computed by the reference on a copy of the arguments."""
    result = getattr(REFERENCE, function)(*copy.deepcopy(args))
    assert result == heap_schedule(*args), args
    if brute:
        assert result == slot_by_slot(*args), args
    return {"call": function, "args": list(args), "expect": result}


def write(name: str, description: str, calls: list[dict]) -> None:
    """Write data/NAME.json compactly (one call per line)."""
    path = ROOT / "data" / f"{name}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    body = ",\n".join(json.dumps(c, separators=(",", ":")) for c in calls)
    path.write_text(f'{{"description": {json.dumps(description)},\n"calls": [\n{body}\n]}}\n')


def main() -> None:
    shutil.rmtree(ROOT / "data", ignore_errors=True)
    f = "min_slots"
    rng = random.Random(621)
    write("sample/1-example", "the statement's examples", [
        call(f, ["train", "train", "train", "eval", "eval", "tune"], 2, brute=True),
        call(f, ["a", "a", "a", "b"], 1, brute=True),
    ])
    write("secret/01-empty-and-single", "no jobs, one job", [
        call(f, [], 0), call(f, [], 7), call(f, ["x"], 0), call(f, ["x"], 1000000000),
    ])
    write("secret/02-no-cooldown", "cooldown 0: never idle", [
        call(f, ["a", "a", "a", "a"], 0, brute=True),
        call(f, ["a", "b", "a", "c", "a"], 0, brute=True),
    ])
    write("secret/03-ties-at-max-frequency", "several kinds share the top count", [
        call(f, ["a", "a", "b", "b"], 3, brute=True),
        call(f, ["p", "q", "r", "p", "q", "r", "p", "q", "r"], 4, brute=True),
        call(f, ["x", "y", "x", "y", "z"], 2, brute=True),
        call(f, ["m"] * 3 + ["n"] * 3 + ["o"] * 3 + ["s"], 5, brute=True),
    ])
    write("secret/04-more-kinds-than-gaps", "enough other jobs to fill every gap: no idle slot", [
        call(f, ["a", "a", "b", "c", "d", "e", "f"], 1, brute=True),
        call(f, ["a", "a", "a", "b", "b", "c", "c", "d", "d", "e"], 2, brute=True),
        call(f, [f"k{i % 9}" for i in range(40)], 3, brute=True),
    ])
    write("secret/05-answer-beyond-int", "the slot count passes 2^31 - 1", [
        call(f, ["a"] * 5, 1000000000),
        call(f, ["a"] * 3 + ["b"] * 3, 1000000000),
        call(f, ["hot"] * 300 + ["cold"], 1000000000),
    ])
    write("secret/06-labels-compare-exactly", "labels differing in case or suffix are different kinds", [
        call(f, ["Eval", "eval", "EVAL"], 10, brute=True),
        call(f, ["job-1", "job-1", "job-10"], 2, brute=True),
    ])
    calls = []
    for _ in range(40):
        pool = [f"k{i}" for i in range(rng.randint(1, 6))]
        kinds = [rng.choice(pool) for _ in range(rng.randint(1, 14))]
        calls.append(call(f, kinds, rng.randint(0, 6), brute=True))
    write("secret/07-random-small", "small random queues", calls)
    calls = []
    for _ in range(12):
        pool = [f"kind-{i}" for i in range(rng.randint(2, 30))]
        weights = [rng.random() ** 3 for _ in pool]
        kinds = rng.choices(pool, weights, k=rng.randint(50, 300))
        calls.append(call(f, kinds, rng.randint(0, 40), brute=True))
    write("secret/08-random-medium", "medium queues with skewed kinds", calls)
    # large: 100 000 jobs of 1 500 kinds, cooldown 10^6: about 10^8 slots to simulate one by one,
    # each scanning every kind.
    pool = [f"j{i:x}" for i in range(1500)]
    kinds = rng.choices(pool, [1.0 / (i + 1) for i in range(1500)], k=100000)
    write("secret/large/1-night-queue", "100 000 jobs of 1 500 kinds, cooldown 10^6",
          [call(f, kinds, 1000000)])


if __name__ == "__main__":
    main()
