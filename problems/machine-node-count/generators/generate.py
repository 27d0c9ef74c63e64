#!/usr/bin/env python3
"""Write the tests of machine-node-count: `python3 generators/generate.py` (from any directory).

Each test is a script of calls run against the Python reference solution in submissions/accepted/;
every `expect` is the reference's answer, and a call on which the reference raises is written with
`"raises": true`. Random scripts are seeded, so running this again reproduces the same files.
"""

from __future__ import annotations

import importlib.util
import json
import random
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLASS = "Network"


def load_reference():
    path = ROOT / "submissions" / "accepted" / "network.py"
    spec = importlib.util.spec_from_file_location("reference", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


REFERENCE = load_reference()


class Script:
    """Calls against reference instances; `script.count(0)` records the call and its answer."""

    def __init__(self, description: str) -> None:
        self.description = description
        self.instance = None
        self.calls: list[dict] = []

    def new(self, parents: list[int]) -> bool:
        entry = {"new": CLASS, "args": [parents]}
        try:
            self.instance = REFERENCE.Network(parents)
        except ValueError:
            entry["raises"] = True
            self.calls.append(entry)
            return False
        self.calls.append(entry)
        return True

    def __getattr__(self, method: str):
        def call(*args):
            entry = {"call": method, "args": list(args)}
            try:
                result = getattr(self.instance, method)(*args)
            except ValueError:
                entry["raises"] = True
                self.calls.append(entry)
                return None
            entry["expect"] = result
            self.calls.append(entry)
            return result

        return call


def write(level: int, kind: str, name: str, script: Script) -> None:
    path = ROOT / "data" / f"level-{level}" / kind / f"{name}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = ",\n".join("    " + json.dumps(call) for call in script.calls)
    description = json.dumps(script.description)
    path.write_text(f'{{\n  "description": {description},\n  "calls": [\n{lines}\n  ]\n}}\n')


EXAMPLE = [-1, 0, 0, 1, 1, 2]


def random_tree(rng: random.Random, n: int, shape: str = "mixed") -> list[int]:
    """A random tree whose root is a random machine: shape chain, star, bushy or mixed."""
    order = list(range(n))
    rng.shuffle(order)
    parents = [0] * n
    parents[order[0]] = -1
    for i in range(1, n):
        if shape == "chain":
            j = i - 1
        elif shape == "star":
            j = 0
        elif shape == "bushy":
            j = rng.randrange(max(0, i - 4), i) if rng.random() < 0.3 else rng.randrange(i)
        else:
            j = rng.randrange(max(0, i - 3), i) if rng.random() < 0.6 else rng.randrange(i)
        parents[order[i]] = order[j]
    return parents


def random_script(description: str, seed: int, level: int, n: int, operations: int, links: int = 0) -> Script:
    rng = random.Random(seed)
    s = Script(description)
    parents = random_tree(rng, n)
    s.new(parents)
    root = parents.index(-1)
    inner = sorted({p for p in parents if p != -1})
    for _ in range(links):
        s.add_link(rng.randrange(n), rng.randrange(n))
    kinds = ["count"] * 6 + ["messages"] * 2
    if level >= 2:
        kinds += ["set_value"] * 4 + ["stats"] * 4
    if level >= 3:
        kinds += ["last_duration"] * 2 + ["set_fanout"] * 2 + ["set_timeout"] * 2 + ["fail"] * 2 + ["recover"] * 2
    if level >= 4:
        kinds += ["add_link"] * 3
    failed: set[int] = set()
    for _ in range(operations):
        kind = rng.choice(kinds)
        machine = rng.randrange(n)
        if kind in ("count", "stats"):
            roll = rng.random()
            start = root if roll < 0.4 else rng.choice(inner) if roll < 0.85 else machine
            getattr(s, kind)(start)
        elif kind in ("messages", "last_duration"):
            getattr(s, kind)()
        elif kind == "set_value":
            s.set_value(machine, rng.randint(-1000, 1000))
        elif kind == "set_fanout":
            s.set_fanout(rng.choice([0, 0, 1, 2, 3]))
        elif kind == "set_timeout":
            s.set_timeout(rng.choice([0, 0, 2, 3, 5, 8, 12, 20, 40, 100, 1000]))
        elif kind == "fail":
            if len(failed) < 3:
                failed.add(machine)
                s.fail(machine)
        elif kind == "recover":
            if failed and rng.random() < 0.8:
                machine = rng.choice(sorted(failed))
            failed.discard(machine)
            s.recover(machine)
        else:
            s.add_link(machine, rng.randrange(n))
        if kind in ("count", "stats") and level >= 3:
            s.last_duration()
    s.messages()
    return s


# Level 1 -----------------------------------------------------------------------------------------


def level_1() -> None:
    s = Script("count subtrees, count messages, reject bad ids and bad trees")
    s.new(EXAMPLE)
    s.count(0)
    s.messages()
    s.count(1)
    s.messages()
    s.count(5)
    s.messages()
    s.count(6)
    s.new([-1, 2, 1])
    write(1, "sample", "01-count", s)

    s = Script("parent lists that are not trees are rejected")
    for parents in [[], [0], [-1, -1], [-1, 5], [-1, 0, 3, 2], [1, 0], [-1, -2], [-1, 1], [2, -1, 1, 1, 2, 6, 5]]:
        s.new(parents)
    s.new([1, -1])
    s.count(1)
    s.count(0)
    s.new([-1, 0, 1, 2])
    s.count(0)
    s.count(2)
    write(1, "secret", "01-validation", s)

    s = Script("a single machine")
    s.new([-1])
    s.count(0)
    s.messages()
    s.count(1)
    s.count(-1)
    s.messages()
    write(1, "secret", "02-single-machine", s)

    s = Script("messages add up over runs; a leaf costs nothing")
    s.new([3, 3, 3, -1, 0, 0])
    for start in [3, 0, 4, 3, 1]:
        s.count(start)
        s.messages()
    write(1, "secret", "03-message-totals", s)

    s = Script("a chain of 2000 machines")
    s.new([-1] + list(range(1999)))
    s.count(0)
    s.messages()
    s.count(1000)
    s.count(1999)
    s.messages()
    write(1, "secret", "04-long-chain", s)

    s = Script("a star of 2000 machines around machine 1999")
    s.new([1999] * 1999 + [-1])
    s.count(1999)
    s.count(0)
    s.messages()
    write(1, "secret", "05-star", s)

    rng = random.Random(101)
    s = Script("random trees counted from random machines")
    for _ in range(6):
        n = rng.randint(2, 80)
        s.new(random_tree(rng, n, rng.choice(["mixed", "bushy", "chain"])))
        for _ in range(8):
            s.count(rng.randrange(n))
        s.messages()
    write(1, "secret", "06-random-trees", s)

    write(1, "secret", "07-random-large", random_script("a 2000-machine random tree", 102, 1, 2000, 12))


# Level 2 -----------------------------------------------------------------------------------------


def level_2() -> None:
    s = Script("sum, min, max and height of subtrees")
    s.new(EXAMPLE)
    s.set_value(3, 7)
    s.set_value(5, -2)
    s.stats(0)
    s.stats(2)
    s.stats(4)
    s.messages()
    write(2, "sample", "01-stats", s)

    s = Script("values start at 0, can be negative and large, and can be replaced")
    s.new([-1, 0, 0])
    s.stats(0)
    s.set_value(1, -5)
    s.set_value(2, 10**12)
    s.stats(0)
    s.set_value(2, -(10**12))
    s.set_value(0, 3)
    s.stats(0)
    s.stats(1)
    s.set_value(3, 1)
    s.set_value(-1, 1)
    s.stats(3)
    s.messages()
    write(2, "secret", "01-values", s)

    s = Script("height is the longest downward path, in links")
    s.new([-1, 0, 1, 2, 0, 4, 0])
    s.stats(0)
    s.stats(1)
    s.stats(4)
    s.stats(6)
    s.stats(3)
    write(2, "secret", "02-height", s)

    s = Script("stats sends the same messages as count")
    s.new(EXAMPLE)
    s.count(0)
    s.messages()
    s.stats(0)
    s.messages()
    s.stats(5)
    s.messages()
    write(2, "secret", "03-stats-messages", s)

    s = Script("stats over a 2000-machine chain and star")
    rng = random.Random(201)
    s.new([-1] + list(range(1999)))
    for machine in range(0, 2000, 7):
        s.set_value(machine, rng.randint(-10**9, 10**9))
    s.stats(0)
    s.stats(1500)
    s.new([-1] + [0] * 1999)
    for machine in range(0, 2000, 3):
        s.set_value(machine, rng.randint(-10**9, 10**9))
    s.stats(0)
    s.stats(1999)
    write(2, "secret", "04-large", s)

    write(2, "secret", "05-random-small", random_script("random operations on a 30-machine tree", 202, 2, 30, 200))
    write(2, "secret", "06-random-large", random_script("random operations on a 1500-machine tree", 203, 2, 1500, 12))


# Level 3 -----------------------------------------------------------------------------------------


def level_3() -> None:
    s = Script("durations, a fan-out limit, a failure, timeouts")
    s.new(EXAMPLE)
    s.count(0)
    s.last_duration()
    s.set_fanout(1)
    s.count(0)
    s.last_duration()
    s.set_fanout(0)
    s.fail(4)
    s.count(0)
    s.last_duration()
    s.set_timeout(4)
    s.count(0)
    s.last_duration()
    s.set_timeout(3)
    s.count(0)
    s.recover(4)
    s.fail(0)
    s.count(0)
    write(3, "sample", "01-time-and-failures", s)

    s = Script("a healthy run lasts twice the height of the subtree")
    s.new([-1, 0, 1, 2, 0, 4, 0, 6, 7, 8])
    s.last_duration()
    for start in [0, 1, 4, 6, 3, 9]:
        s.count(start)
        s.last_duration()
    s.stats(6)
    s.last_duration()
    write(3, "secret", "01-durations", s)

    s = Script("fan-out limits: children are asked in id order, a slot at a time")
    s.new([-1] + [0] * 7)
    for limit in [1, 2, 3, 7, 8, 0]:
        s.set_fanout(limit)
        s.count(0)
        s.last_duration()
    s.new([-1, 0, 0, 0, 1, 1, 1, 2, 3, 3])
    for limit in [1, 2]:
        s.set_fanout(limit)
        s.count(0)
        s.last_duration()
        s.messages()
    write(3, "secret", "02-fanout", s)

    s = Script("a failure without a timeout: the run never ends")
    s.new(EXAMPLE)
    s.fail(5)
    s.count(0)
    s.last_duration()
    s.messages()
    s.stats(0)
    s.count(1)
    s.last_duration()
    s.count(5)
    s.last_duration()
    s.stats(5)
    s.recover(5)
    s.count(0)
    s.last_duration()
    write(3, "secret", "03-stuck", s)

    s = Script("a reply that arrives exactly at the deadline is accepted")
    s.new([-1, 0, 1])
    s.set_timeout(2)
    s.count(1)
    s.last_duration()
    s.count(0)
    s.last_duration()
    s.set_timeout(1)
    s.count(1)
    s.last_duration()
    s.set_timeout(4)
    s.count(0)
    s.set_timeout(3)
    s.count(0)
    s.last_duration()
    s.messages()
    write(3, "secret", "04-deadline", s)

    s = Script("late replies and lost requests still count as messages")
    s.new([-1, 0, 1, 2, 3])
    s.set_timeout(2)
    s.count(0)
    s.last_duration()
    s.messages()
    s.fail(3)
    s.count(0)
    s.messages()
    s.set_timeout(0)
    s.count(4)
    s.messages()
    write(3, "secret", "05-late-messages", s)

    s = Script("a failed start machine counts nothing and sends nothing")
    s.new(EXAMPLE)
    s.fail(1)
    s.count(1)
    s.last_duration()
    s.stats(1)
    s.messages()
    s.count(3)
    s.last_duration()
    s.recover(1)
    s.count(1)
    s.recover(1)
    s.fail(9)
    write(3, "secret", "06-failed-start", s)

    s = Script("timeouts with a fan-out limit: a slot frees up when a request is given up on")
    s.new([-1, 0, 0, 0, 0])
    s.fail(1)
    s.fail(3)
    s.set_timeout(3)
    for limit in [1, 2, 0]:
        s.set_fanout(limit)
        s.count(0)
        s.last_duration()
    s.set_value(2, 5)
    s.set_value(4, 9)
    s.stats(0)
    s.messages()
    write(3, "secret", "07-fanout-and-timeouts", s)

    s = Script("a large timeout lets deep subtrees with failures report in time")
    s.new([-1, 0, 1, 2, 3, 0, 5, 5])
    s.fail(4)
    s.set_timeout(100)
    s.count(0)
    s.last_duration()
    s.set_timeout(5)
    s.count(0)
    s.last_duration()
    s.stats(0)
    write(3, "secret", "08-nested-timeouts", s)

    for index, seed in enumerate([301, 302, 303], start=9):
        write(3, "secret", f"{index:02d}-random-{seed}", random_script(
            f"random operations on a small tree (seed {seed})", seed, 3, random.Random(seed).randint(8, 40), 250))
    write(3, "secret", "12-random-large", random_script("random operations on a 1500-machine tree", 304, 3, 1500, 28))


# Level 4 -----------------------------------------------------------------------------------------


def level_4() -> None:
    s = Script("cross-links and a cycle: every machine is counted once")
    s.new(EXAMPLE)
    s.add_link(5, 1)
    s.add_link(5, 1)
    s.add_link(0, 1)
    s.count(0)
    s.messages()
    s.last_duration()
    s.stats(2)
    s.add_link(4, 0)
    s.count(3)
    s.count(4)
    write(4, "sample", "01-links", s)

    s = Script("add_link rejects self-links and existing links, and accepts reversed ones")
    s.new([-1, 0, 1])
    s.add_link(1, 1)
    s.add_link(0, 1)
    s.add_link(1, 2)
    s.add_link(1, 0)
    s.add_link(2, 0)
    s.add_link(2, 0)
    s.add_link(0, 2)
    s.add_link(3, 0)
    s.count(2)
    s.count(1)
    s.messages()
    write(4, "secret", "01-add-link", s)

    s = Script("two requests at the same tick: the lower sender wins, the other is told 'already counted'")
    s.new([-1, 0, 0, 1, 2])
    s.add_link(2, 3)
    s.add_link(1, 4)
    s.set_value(3, 5)
    s.stats(0)
    s.messages()
    s.last_duration()
    s.add_link(3, 0)
    s.add_link(4, 0)
    s.stats(0)
    s.messages()
    write(4, "secret", "02-same-tick", s)

    s = Script("the first request to arrive wins, even from a higher id")
    s.new([-1, 0, 1, 2, 0])
    s.add_link(4, 3)
    s.set_value(3, 1)
    s.stats(0)
    s.last_duration()
    s.set_fanout(1)
    s.stats(0)
    s.last_duration()
    s.messages()
    write(4, "secret", "03-first-arrival", s)

    s = Script("which parent wins a tie decides whose timeout a subtree shares")
    s.new([-1, 0, 0, 1, 3, 4, 5, 2, 7])
    s.add_link(1, 7)
    s.set_timeout(8)
    s.count(0)
    s.last_duration()
    s.stats(0)
    s.set_timeout(0)
    s.count(0)
    s.last_duration()
    s.messages()
    write(4, "secret", "04-tie-and-timeouts", s)

    s = Script("cycles through the start machine")
    s.new([-1, 0, 1, 2])
    s.add_link(3, 0)
    s.add_link(2, 1)
    s.count(0)
    s.last_duration()
    s.messages()
    s.count(2)
    s.last_duration()
    s.stats(3)
    s.messages()
    write(4, "secret", "05-cycles", s)

    s = Script("failures and timeouts on a network")
    s.new([-1, 0, 0, 1, 2])
    s.add_link(1, 4)
    s.add_link(2, 3)
    s.fail(3)
    s.count(0)
    s.last_duration()
    s.set_timeout(2)
    s.count(1)
    s.last_duration()
    s.set_timeout(4)
    s.count(0)
    s.last_duration()
    s.set_timeout(1)
    s.count(2)
    s.messages()
    write(4, "secret", "06-failures", s)

    s = Script("without extra links, everything behaves as on a tree")
    rng = random.Random(401)
    parents = random_tree(rng, 60)
    s.new(parents)
    s.set_fanout(2)
    for machine in range(60):
        s.set_value(machine, rng.randint(-50, 50))
    for start in rng.sample(range(60), 10):
        s.stats(start)
        s.last_duration()
    s.messages()
    write(4, "secret", "07-plain-tree", s)

    for index, seed in enumerate([402, 403, 404], start=8):
        rng = random.Random(seed)
        n = rng.randint(8, 40)
        write(4, "secret", f"{index:02d}-random-{seed}", random_script(
            f"random operations on a small network (seed {seed})", seed, 4, n, 250, links=n // 2))
    write(4, "secret", "11-random-large", random_script(
        "random operations on a 1500-machine network with 1500 extra links", 405, 4, 1500, 15, links=1500))


def main() -> None:
    shutil.rmtree(ROOT / "data", ignore_errors=True)
    level_1()
    level_2()
    level_3()
    level_4()


if __name__ == "__main__":
    main()
