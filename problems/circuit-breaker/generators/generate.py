#!/usr/bin/env python3
"""Write the tests of circuit-breaker: `python3 generators/generate.py` (from any directory).

Each test is a script of calls run against the Python reference solution in submissions/accepted/;
every `expect` is the reference's answer (a call on which the reference raises is written with
`"raises": true`). Random scripts are seeded, so running this again reproduces the same files.
"""

from __future__ import annotations

import importlib.util
import json
import random
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODULE = "circuit_breaker.py"
CLASS = "CircuitBreaker"


def load_reference():
    path = ROOT / "submissions" / "accepted" / MODULE
    spec = importlib.util.spec_from_file_location("reference", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


REFERENCE = load_reference()


class Script:
    """Calls against a fresh reference instance; `script.get(...)` records the call and its answer."""

    def __init__(self, description: str, *args) -> None:
        self.description = description
        self.instance = getattr(REFERENCE, CLASS)(*args)
        self.calls: list[dict] = [{"new": CLASS, "args": list(args)}]

    def __getattr__(self, method: str):
        def call(*args):
            try:
                result = getattr(self.instance, method)(*args)
            except (ValueError, KeyError, IndexError) as error:
                self.calls.append({"call": method, "args": list(args), "raises": True})
                return error
            self.calls.append({"call": method, "args": list(args), "expect": result})
            return result

        return call


def write(level: int, kind: str, name: str, script: Script) -> None:
    path = ROOT / "data" / f"level-{level}" / kind / f"{name}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = ",\n".join("    " + json.dumps(call) for call in script.calls)
    description = json.dumps(script.description)
    path.write_text(f'{{\n  "description": {description},\n  "calls": [\n{lines}\n  ]\n}}\n')


def clean() -> None:
    for level in range(1, 5):
        shutil.rmtree(ROOT / "data" / f"level-{level}", ignore_errors=True)


# Level 1: closed and open ------------------------------------------------------------------------


def level_1() -> None:
    s = Script("three failures in a row open the breaker; after the cooldown it closes again", 3, 10)
    s.allow_request(1)
    s.record_failure(1)
    s.allow_request(2)
    s.record_failure(2)
    s.record_success(3)
    s.record_failure(4)
    s.record_failure(5)
    s.record_failure(6)
    s.state(7)
    s.allow_request(8)
    s.allow_request(17)
    s.state(18)
    write(1, "sample", "01-open-and-close", s)

    s = Script("a threshold of 1 opens on the first failure", 1, 5)
    s.state(0)
    s.record_failure(3)
    s.state(3)
    s.allow_request(3)
    s.allow_request(7)
    s.allow_request(8)
    s.record_failure(8)
    s.allow_request(12)
    s.allow_request(13)
    write(1, "secret", "01-threshold-one", s)

    s = Script("a success resets the count of consecutive failures", 3, 10)
    for t in range(1, 30, 3):
        s.record_failure(t)
        s.record_failure(t + 1)
        s.record_success(t + 2)
        s.state(t + 2)
    s.record_failure(40)
    s.record_failure(41)
    s.record_failure(42)
    s.state(42)
    write(1, "secret", "02-success-resets", s)

    s = Script("the breaker reopens for requests exactly when the cooldown ends", 2, 10)
    s.record_failure(100)
    s.record_failure(105)
    s.allow_request(105)
    s.allow_request(114)
    s.state(114)
    s.allow_request(115)
    s.state(115)
    write(1, "secret", "03-cooldown-boundary", s)

    s = Script("outcomes reported while open are ignored", 2, 10)
    s.record_failure(0)
    s.record_failure(1)
    s.record_failure(2)
    s.record_failure(9)
    s.record_success(10)
    s.state(10)
    s.allow_request(11)
    s.state(11)
    s.record_failure(12)
    s.state(12)
    s.record_failure(13)
    s.state(13)
    write(1, "secret", "04-outcomes-while-open", s)

    s = Script("after closing, the count starts from zero", 3, 5)
    s.record_failure(1)
    s.record_failure(2)
    s.record_failure(3)
    s.state(8)
    s.record_failure(9)
    s.record_failure(10)
    s.state(10)
    s.record_failure(11)
    s.state(11)
    write(1, "secret", "05-count-restarts", s)

    s = Script("a long silence, then requests", 2, 1000)
    s.record_failure(5)
    s.record_failure(6)
    s.state(1005)
    s.allow_request(1006)
    s.state(1_000_000_000_000)
    s.allow_request(1_000_000_000_000)
    write(1, "secret", "06-long-gap", s)

    s = Script("many failures at the same timestamp", 3, 2)
    for _ in range(3):
        s.record_failure(4)
    s.allow_request(4)
    s.allow_request(5)
    s.allow_request(6)
    write(1, "secret", "07-same-timestamp", s)

    for index, (size, threshold, cooldown) in enumerate([(150, 2, 4), (600, 3, 6), (1500, 4, 10)], start=8):
        rng = random.Random(100 + index)
        s = Script(f"{size} random calls, threshold {threshold}, cooldown {cooldown}", threshold, cooldown)
        random_ops(s, rng, size, level=1)
        write(1, "secret", f"{index:02d}-random-{size}", s)


# Level 2: statistics and history ---------------------------------------------------------------


def level_2() -> None:
    s = Script("counts, the transition log and time spent per state", 2, 10)
    s.allow_request(1)
    s.record_failure(1)
    s.allow_request(2)
    s.record_failure(2)
    s.allow_request(3)
    s.stats()
    s.allow_request(12)
    s.record_success(12)
    s.transitions(20)
    s.time_in_state("open", 20)
    write(2, "sample", "01-stats", s)

    s = Script("a cooldown ends at its own time, even when nobody looks until much later", 1, 10)
    s.record_failure(5)
    s.transitions(100)
    s.time_in_state("open", 100)
    s.time_in_state("closed", 100)
    s.record_failure(200)
    s.transitions(203)
    s.time_in_state("open", 203)
    write(2, "secret", "01-transition-at-expiry", s)

    s = Script("the state the breaker is in counts up to the asked timestamp", 2, 50)
    s.time_in_state("closed", 0)
    s.time_in_state("closed", 7)
    s.record_failure(10)
    s.record_failure(12)
    s.time_in_state("open", 12)
    s.time_in_state("open", 40)
    s.time_in_state("closed", 40)
    s.time_in_state("open", 80)
    s.time_in_state("closed", 80)
    s.time_in_state("half_open", 80)
    s.time_in_state("broken", 80)
    write(2, "secret", "02-time-in-current-state", s)

    s = Script("every allowed and rejected request and every outcome is counted", 1, 5)
    s.stats()
    s.allow_request(1)
    s.record_success(1)
    s.allow_request(2)
    s.record_failure(2)
    s.allow_request(3)
    s.allow_request(4)
    s.record_failure(4)
    s.record_success(4)
    s.stats()
    s.allow_request(7)
    s.stats()
    write(2, "secret", "03-stats", s)

    s = Script("no transitions yet", 3, 5)
    s.transitions(0)
    s.record_failure(1)
    s.record_failure(2)
    s.transitions(3)
    s.stats()
    write(2, "secret", "04-no-transitions", s)

    s = Script("several open-close cycles", 2, 3)
    t = 0
    for cycle in range(5):
        t += cycle + 1
        s.record_failure(t)
        s.record_failure(t + 1)
        t += 2
    s.transitions(t + 10)
    for state in ("closed", "open"):
        s.time_in_state(state, t + 10)
    s.stats()
    write(2, "secret", "05-cycles", s)

    for index, (size, threshold, cooldown) in enumerate([(150, 2, 4), (600, 3, 6), (1000, 3, 8)], start=6):
        rng = random.Random(200 + index)
        s = Script(f"{size} random calls of levels 1-2, threshold {threshold}, cooldown {cooldown}", threshold, cooldown)
        random_ops(s, rng, size, level=2)
        write(2, "secret", f"{index:02d}-random-{size}", s)


# Level 3: half-open trials ----------------------------------------------------------------------


def level_3() -> None:
    s = Script("after the cooldown, two trial requests decide whether to close", 2, 5, 2)
    s.record_failure(1)
    s.record_failure(2)
    s.state(7)
    s.allow_request(7)
    s.allow_request(8)
    s.record_success(9)
    s.record_success(10)
    s.state(10)
    s.allow_request(11)
    write(3, "sample", "01-half-open", s)

    s = Script("half-open lets through only the configured number of trials", 1, 10, 3)
    s.record_failure(0)
    for t in range(10, 16):
        s.allow_request(t)
    s.stats()
    s.state(16)
    write(3, "secret", "01-trial-limit", s)

    s = Script("the breaker closes only after every trial succeeded", 1, 10, 3)
    s.record_failure(0)
    for t in (10, 11, 12):
        s.allow_request(t)
    s.record_success(13)
    s.state(13)
    s.record_success(14)
    s.state(14)
    s.record_success(15)
    s.state(15)
    write(3, "secret", "02-all-trials-must-succeed", s)

    s = Script("a failed trial reopens the breaker and restarts the cooldown", 1, 10, 2)
    s.record_failure(0)
    s.allow_request(10)
    s.record_success(11)
    s.allow_request(12)
    s.record_failure(13)
    s.state(13)
    s.allow_request(22)
    s.state(23)
    s.allow_request(23)
    s.allow_request(24)
    s.allow_request(25)
    s.transitions(25)
    write(3, "secret", "03-failed-trial", s)

    s = Script("one trial", 3, 4, 1)
    for t in (1, 2, 3):
        s.record_failure(t)
    s.allow_request(7)
    s.allow_request(7)
    s.record_success(8)
    s.state(8)
    s.allow_request(9)
    s.allow_request(10)
    write(3, "secret", "04-single-trial", s)

    s = Script("time in half-open, and half-open entered while nobody looked", 1, 10, 2)
    s.record_failure(0)
    s.time_in_state("half_open", 50)
    s.transitions(50)
    s.allow_request(51)
    s.allow_request(52)
    s.record_success(60)
    s.record_success(70)
    s.time_in_state("half_open", 80)
    s.time_in_state("open", 80)
    s.time_in_state("closed", 80)
    write(3, "secret", "05-time-in-half-open", s)

    s = Script("outcomes reported in half-open count even without an allowed trial", 1, 5, 2)
    s.record_failure(0)
    s.record_success(5)
    s.record_success(6)
    s.state(6)
    s.record_failure(7)
    s.record_failure(7)
    s.state(7)
    s.record_failure(12)
    s.state(12)
    write(3, "secret", "06-outcomes-in-half-open", s)

    s = Script("zero trials keeps the level 1 behaviour", 1, 5, 0)
    s.record_failure(0)
    s.state(5)
    s.allow_request(5)
    s.transitions(6)
    write(3, "secret", "07-zero-trials", s)

    for index, (size, threshold, cooldown, trials) in enumerate(
        [(150, 2, 4, 1), (600, 3, 6, 2), (1000, 3, 8, 3)], start=8
    ):
        rng = random.Random(300 + index)
        s = Script(f"{size} random calls with {trials} half-open trials", threshold, cooldown, trials)
        random_ops(s, rng, size, level=3)
        write(3, "secret", f"{index:02d}-random-{size}", s)


# Level 4: a sliding window of failures ----------------------------------------------------------


def level_4() -> None:
    s = Script("with a window, failures count even when successes come between them", 3, 10, 0, 5)
    s.record_failure(1)
    s.record_failure(2)
    s.record_success(3)
    s.state(3)
    s.record_failure(4)
    s.state(4)
    s.state(14)
    s.record_failure(20)
    s.record_failure(22)
    s.record_failure(26)
    s.state(26)
    write(4, "sample", "01-window", s)

    s = Script("the window holds the last `window` time units and no more", 3, 10, 0, 5)
    s.record_failure(1)
    s.record_failure(2)
    s.record_failure(6)
    s.state(6)
    s.record_failure(7)
    s.state(7)
    write(4, "secret", "01-window-boundary", s)

    s = Script("successes do not clear the window", 2, 10, 0, 100)
    s.record_failure(0)
    for t in range(1, 50, 7):
        s.record_success(t)
    s.state(50)
    s.record_failure(60)
    s.state(60)
    write(4, "secret", "02-successes-do-not-clear", s)

    s = Script("closing clears the window", 2, 10, 0, 100)
    s.record_failure(0)
    s.record_failure(1)
    s.state(11)
    s.record_failure(12)
    s.state(12)
    s.record_failure(13)
    s.state(13)
    write(4, "secret", "03-closing-clears", s)

    s = Script("failures reported while open do not fill the window", 3, 10, 0, 50)
    s.record_failure(0)
    s.record_failure(1)
    s.record_failure(2)
    s.record_failure(5)
    s.record_failure(6)
    s.record_failure(7)
    s.state(12)
    s.record_failure(13)
    s.state(13)
    write(4, "secret", "04-failures-while-open", s)

    s = Script("a window together with half-open trials", 2, 5, 2, 10)
    s.record_failure(0)
    s.record_success(1)
    s.record_failure(9)
    s.state(9)
    s.allow_request(14)
    s.record_success(14)
    s.allow_request(15)
    s.record_success(15)
    s.state(15)
    s.record_failure(16)
    s.record_success(17)
    s.record_failure(25)
    s.state(25)
    s.record_failure(26)
    s.state(26)
    s.transitions(26)
    write(4, "secret", "05-window-and-trials", s)

    s = Script("window 0 keeps the consecutive-failure rule", 2, 5, 0, 0)
    s.record_failure(0)
    s.record_success(1)
    s.record_failure(2)
    s.state(2)
    s.record_failure(3)
    s.state(3)
    write(4, "secret", "06-window-zero", s)

    s = Script("a window of one time unit counts failures at the same timestamp only", 3, 5, 0, 1)
    s.record_failure(1)
    s.record_failure(2)
    s.record_failure(3)
    s.state(3)
    s.record_failure(3)
    s.record_failure(3)
    s.state(3)
    write(4, "secret", "07-window-one", s)

    for index, (size, threshold, cooldown, trials, window) in enumerate(
        [(150, 2, 4, 0, 6), (600, 3, 6, 2, 10), (1000, 4, 8, 2, 15)], start=8
    ):
        rng = random.Random(400 + index)
        s = Script(
            f"{size} random calls, window {window}, {trials} half-open trials",
            threshold, cooldown, trials, window,
        )
        random_ops(s, rng, size, level=4)
        write(4, "secret", f"{index:02d}-random-{size}", s)


# Random scripts ------------------------------------------------------------------------------------


def random_ops(s: Script, rng: random.Random, size: int, level: int) -> None:
    """Append `size` random calls of the methods of levels 1..`level`, at non-decreasing times."""
    t = 0
    fail_rate = 0.5
    for _ in range(size):
        t += rng.choice([0, 1, 1, 1, 2, 3])
        if rng.random() < 0.05:
            fail_rate = rng.choice([0.1, 0.5, 0.9])  # the backend's health changes
        ops = ["call", "call", "call", "outcome", "state"]
        if level >= 2:
            ops += ["stats", "transitions", "time"]
        op = rng.choice(ops)
        if op == "call":
            if s.allow_request(t):
                s.record_failure(t) if rng.random() < fail_rate else s.record_success(t)
        elif op == "outcome":
            s.record_failure(t) if rng.random() < fail_rate else s.record_success(t)
        elif op == "state":
            s.state(t)
        elif op == "stats":
            s.stats()
        elif op == "transitions":
            if rng.random() < 0.08:  # the log grows; sample it
                s.transitions(t)
        elif op == "time":
            s.time_in_state(rng.choice(["closed", "open", "half_open"]), t)
    s.stats()
    if level >= 2:
        s.transitions(t)


def main() -> None:
    clean()
    level_1()
    level_2()
    level_3()
    level_4()


if __name__ == "__main__":
    main()
