#!/usr/bin/env python3
"""Write the tests of resumable-iterator: `python3 generators/generate.py` (from any directory).

Each test is a script of calls run against the Python reference solution in submissions/accepted/;
every `expect` is the reference's answer, and a call on which the reference raises is written with
`"raises": true`. Random scripts are seeded, so running this again reproduces the same files.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import random
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def load_reference():
    path = ROOT / "submissions" / "accepted" / "resumable_iterator.py"
    spec = importlib.util.spec_from_file_location("reference", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


REFERENCE = load_reference()


class Script:
    """Calls against reference instances, each named; records every answer (or that it raised)."""

    def __init__(self, description: str) -> None:
        self.description = description
        self.instances: dict[str, object] = {}
        self.calls: list[dict] = []

    def new(self, name: str, cls: str, *args) -> None:
        self.instances[name] = getattr(REFERENCE, cls)(*copy.deepcopy(args))
        self.calls.append({"new": cls, "args": list(args), "as": name})

    def call(self, name: str, method: str, *args):
        call = {"call": method, "on": name, "args": list(copy.deepcopy(args))}
        try:
            result = getattr(self.instances[name], method)(*copy.deepcopy(args))
        except (StopIteration, ValueError):
            call["raises"] = True
            self.calls.append(call)
            return None
        call["expect"] = result
        self.calls.append(call)
        return result

    def drain(self, name: str) -> list[int]:
        """Call next() until has_next() is false, then once more (which raises)."""
        items = []
        while self.call(name, "has_next"):
            items.append(self.call(name, "next"))
        self.call(name, "next")
        return items


def write(level: int, kind: str, name: str, script: Script) -> None:
    path = ROOT / "data" / f"level-{level}" / kind / f"{name}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = ",\n".join("    " + json.dumps(call) for call in script.calls)
    description = json.dumps(script.description)
    path.write_text(f'{{\n  "description": {description},\n  "calls": [\n{lines}\n  ]\n}}\n')


# Random scripts ----------------------------------------------------------------------------------


def corrupt(rng: random.Random, state):
    """A copy of `state` with one thing broken (or, sometimes, changed into another valid state)."""
    state = copy.deepcopy(state)
    spots = []  # (container, key) pairs whose value is an int or a list of sources

    def visit(node):
        for key, value in node.items():
            spots.append((node, key))
            if key == "sources":
                for child in value:
                    visit(child)

    visit(state)
    container, key = rng.choice(spots)
    roll = rng.random()
    if key == "sources":
        if container[key] and roll < 0.5:
            container[key].pop(rng.randrange(len(container[key])))
        else:
            container[key].append({"position": 0})
    elif roll < 0.2:
        del container[key]
    elif roll < 0.45:
        container[key] = -1
    elif roll < 0.8:
        container[key] += rng.randint(1, 4)
    else:
        container[key] = max(0, container[key] - rng.randint(1, 3))
    return state


def random_script(description: str, seed: int, cls: str, make_args, operations: int, copies: int = 3) -> Script:
    rng = random.Random(seed)
    s = Script(description)
    args = make_args(rng)
    names = [f"it{i}" for i in range(copies)]
    for name in names:
        s.new(name, cls, *args)
    saved = [s.instances[names[0]].get_state()]
    for _ in range(operations):
        name = rng.choice(names)
        roll = rng.random()
        if roll < 0.45:
            s.call(name, "next")
        elif roll < 0.55:
            s.call(name, "has_next")
        elif roll < 0.7:
            state = s.call(name, "get_state")
            saved.append(state)
        elif roll < 0.85:
            s.call(name, "set_state", rng.choice(saved))
        else:
            s.call(name, "set_state", corrupt(rng, rng.choice(saved)))
            s.call(name, "get_state")
    for name in names:
        s.call(name, "get_state")
        s.drain(name)
    return s


def random_files(rng: random.Random, count: int, longest: int) -> list[list[int]]:
    return [[rng.randint(-99, 99) for _ in range(rng.choice([0, 0] + list(range(1, longest + 1))))]
            for _ in range(count)]


def random_spec(rng: random.Random, depth: int) -> dict:
    roll = rng.random()
    if depth == 0 or roll < 0.35:
        if rng.random() < 0.5:
            return {"list": [rng.randint(0, 999) for _ in range(rng.choice([0, 1, 2, 3, 4, 5, 6]))]}
        return {"files": random_files(rng, rng.randint(1, 3), 4)}
    kind = "interleave" if roll < 0.67 else "chain"
    return {kind: [random_spec(rng, depth - 1) for _ in range(rng.choice([0, 1, 2, 2, 3, 3]))]}


def rich_spec(rng: random.Random, depth: int, items: int = 6) -> dict:
    """A random spec with at least `items` items, so that a test has something to iterate."""
    while True:
        spec = random_spec(rng, depth)
        if count_items(spec) >= items:
            return spec


def count_items(spec: dict) -> int:
    (kind, argument), = spec.items()
    if kind == "list":
        return len(argument)
    if kind == "files":
        return sum(len(f) for f in argument)
    return sum(count_items(child) for child in argument)


# Level 1 -----------------------------------------------------------------------------------------


def level_1() -> None:
    s = Script("save a position, restore it elsewhere, and reject bad states")
    s.new("a", "ArrayIterator", [10, 20, 30])
    s.call("a", "next")
    s.call("a", "get_state")
    s.new("b", "ArrayIterator", [10, 20, 30])
    s.call("b", "set_state", {"position": 1})
    s.call("b", "next")
    s.call("a", "next")
    s.call("a", "next")
    s.call("a", "has_next")
    s.call("a", "next")
    s.call("a", "set_state", {"position": 0})
    s.call("a", "next")
    s.call("a", "set_state", {"position": 4})
    s.call("a", "set_state", {})
    s.call("a", "next")
    write(1, "sample", "01-array", s)

    s = Script("an empty list")
    s.new("e", "ArrayIterator", [])
    s.call("e", "has_next")
    s.call("e", "get_state")
    s.call("e", "next")
    s.call("e", "set_state", {"position": 0})
    s.call("e", "set_state", {"position": 1})
    s.call("e", "get_state")
    s.call("e", "has_next")
    write(1, "secret", "01-empty", s)

    s = Script("the end is a valid state; restoring it exhausts the iterator")
    s.new("a", "ArrayIterator", [5, 6])
    s.drain("a")
    s.call("a", "get_state")
    s.new("b", "ArrayIterator", [5, 6])
    s.call("b", "set_state", {"position": 2})
    s.call("b", "has_next")
    s.call("b", "next")
    s.call("b", "get_state")
    s.call("b", "set_state", {"position": 1})
    s.call("b", "next")
    s.call("b", "has_next")
    write(1, "secret", "02-end-state", s)

    s = Script("invalid states raise and leave the iterator where it was")
    s.new("a", "ArrayIterator", [1, 2, 3, 4])
    s.call("a", "next")
    s.call("a", "next")
    for bad in [{"position": -1}, {"position": 5}, {"position": 100}, {}, {"pos": 1}, {"file": 0}]:
        s.call("a", "set_state", bad)
        s.call("a", "get_state")
    s.call("a", "next")
    s.call("a", "set_state", {"position": 4})
    s.call("a", "next")
    write(1, "secret", "03-invalid-states", s)

    s = Script("moving backwards and forwards; several iterators stay independent")
    s.new("a", "ArrayIterator", [7, 7, 8, -1, 0, 7])
    s.new("b", "ArrayIterator", [7, 7, 8, -1, 0, 7])
    for _ in range(4):
        s.call("a", "next")
    s.call("a", "get_state")
    s.call("b", "get_state")
    s.call("b", "set_state", {"position": 5})
    s.call("b", "next")
    s.call("a", "set_state", {"position": 1})
    s.call("a", "next")
    s.call("a", "next")
    s.call("b", "has_next")
    s.call("a", "set_state", {"position": 3})
    s.call("a", "get_state")
    s.call("a", "get_state")
    s.drain("a")
    write(1, "secret", "04-back-and-forth", s)

    s = Script("a state taken from a fresh iterator restarts from the beginning")
    s.new("a", "ArrayIterator", [3, 1, 4, 1, 5])
    s.call("a", "get_state")
    s.drain("a")
    s.call("a", "set_state", {"position": 0})
    s.drain("a")
    write(1, "secret", "05-restart", s)

    write(1, "secret", "06-random-small", random_script(
        "random calls on three iterators over a short list", 101, "ArrayIterator",
        lambda rng: [[rng.randint(-9, 9) for _ in range(6)]], 150))
    write(1, "secret", "07-random-large", random_script(
        "random calls on two iterators over 120 items", 102, "ArrayIterator",
        lambda rng: [[rng.randint(0, 10**6) for _ in range(120)]], 1000, copies=2))


# Level 2 -----------------------------------------------------------------------------------------


def level_2() -> None:
    s = Script("read files in order, skip empty ones, report canonical states")
    s.new("m", "MultiFileIterator", [[1, 2], [], [3]])
    s.call("m", "get_state")
    s.call("m", "next")
    s.call("m", "next")
    s.call("m", "get_state")
    s.call("m", "next")
    s.call("m", "has_next")
    s.call("m", "get_state")
    s.call("m", "set_state", {"file": 0, "position": 2})
    s.call("m", "get_state")
    s.call("m", "set_state", {"file": 1, "position": 1})
    s.call("m", "next")
    write(2, "sample", "01-files", s)

    s = Script("no files, and only empty files")
    s.new("none", "MultiFileIterator", [])
    s.call("none", "has_next")
    s.call("none", "get_state")
    s.call("none", "next")
    s.call("none", "set_state", {"file": 0, "position": 0})
    s.call("none", "set_state", {"file": 1, "position": 0})
    s.new("empty", "MultiFileIterator", [[], [], []])
    s.call("empty", "has_next")
    s.call("empty", "get_state")
    s.call("empty", "set_state", {"file": 1, "position": 0})
    s.call("empty", "get_state")
    s.call("empty", "set_state", {"file": 3, "position": 0})
    s.call("empty", "set_state", {"file": 4, "position": 0})
    write(2, "secret", "01-no-items", s)

    s = Script("runs of empty files at the start, in the middle and at the end")
    s.new("m", "MultiFileIterator", [[], [], [1], [], [], [], [2, 3], [], []])
    s.call("m", "get_state")
    s.call("m", "next")
    s.call("m", "get_state")
    s.call("m", "next")
    s.call("m", "get_state")
    s.call("m", "next")
    s.call("m", "get_state")
    s.call("m", "has_next")
    s.call("m", "next")
    write(2, "secret", "02-empty-runs", s)

    s = Script("set_state accepts the end of a file and reports the canonical place")
    s.new("m", "MultiFileIterator", [[1, 2], [], [], [3, 4], []])
    for state in [{"file": 0, "position": 2}, {"file": 1, "position": 0}, {"file": 2, "position": 0},
                  {"file": 3, "position": 2}, {"file": 4, "position": 0}, {"file": 5, "position": 0},
                  {"file": 3, "position": 1}, {"file": 0, "position": 0}]:
        s.call("m", "set_state", state)
        s.call("m", "get_state")
        s.call("m", "has_next")
    s.drain("m")
    write(2, "secret", "03-normalizing-set-state", s)

    s = Script("invalid states raise and change nothing")
    s.new("m", "MultiFileIterator", [[1, 2, 3], [], [4]])
    s.call("m", "next")
    for bad in [{"file": 0, "position": 4}, {"file": 1, "position": 1}, {"file": 3, "position": 1},
                {"file": 4, "position": 0}, {"file": -1, "position": 0}, {"file": 0, "position": -1},
                {"file": 0}, {"position": 0}, {}, {"turn": 0, "sources": []}]:
        s.call("m", "set_state", bad)
    s.call("m", "get_state")
    s.call("m", "next")
    write(2, "secret", "04-invalid-states", s)

    s = Script("a checkpoint moves between iterators built on the same files")
    files = [[5], [6, 7, 8], [], [9, 10]]
    s.new("a", "MultiFileIterator", files)
    s.new("b", "MultiFileIterator", files)
    checkpoints = []
    while s.instances["a"].has_next():
        checkpoints.append(s.call("a", "get_state"))
        s.call("a", "next")
    for state in reversed(checkpoints):
        s.call("b", "set_state", state)
        s.call("b", "next")
        s.call("b", "get_state")
    write(2, "secret", "05-checkpoints", s)

    write(2, "secret", "06-random-small", random_script(
        "random calls over a few short files", 201, "MultiFileIterator",
        lambda rng: [random_files(rng, 6, 3)], 200))
    write(2, "secret", "07-random-large", random_script(
        "random calls over 60 files", 202, "MultiFileIterator",
        lambda rng: [random_files(rng, 60, 5)], 1000, copies=2))


# Level 3 -----------------------------------------------------------------------------------------


def level_3() -> None:
    example = [[[1, 2, 3]], [[10], [20]], []]
    s = Script("round robin over sources of files, with a checkpoint and a rejected state")
    s.new("x", "InterleaveIterator", example)
    s.call("x", "next")
    s.call("x", "next")
    saved = s.call("x", "get_state")
    s.call("x", "next")
    s.call("x", "next")
    s.call("x", "next")
    s.call("x", "has_next")
    s.new("y", "InterleaveIterator", example)
    s.call("y", "set_state", saved)
    s.call("y", "next")
    s.call("y", "set_state", {"turn": 0, "sources": [{"file": 0, "position": 0}, {"file": 0, "position": 0},
                                                     {"file": 0, "position": 1}]})
    s.call("y", "next")
    write(3, "sample", "01-interleave", s)

    s = Script("the turn moves past the source that returned the item, not past the one skipped")
    s.new("x", "InterleaveIterator", [[[1, 2, 3, 4]], [[]], [[10, 11]], [[20]]])
    for _ in range(3):
        s.call("x", "next")
        s.call("x", "get_state")
    s.call("x", "set_state", {"turn": 1, "sources": [{"file": 0, "position": 1}, {"file": 1, "position": 0},
                                                     {"file": 0, "position": 0}, {"file": 0, "position": 0}]})
    s.call("x", "next")
    s.call("x", "get_state")
    s.call("x", "set_state", {"turn": 3, "sources": [{"file": 0, "position": 0}, {"file": 1, "position": 0},
                                                     {"file": 0, "position": 2}, {"file": 1, "position": 0}]})
    s.call("x", "next")
    s.call("x", "get_state")
    s.drain("x")
    s.call("x", "get_state")
    write(3, "secret", "01-turn-after-skip", s)

    s = Script("no sources, one source, only empty sources")
    s.new("none", "InterleaveIterator", [])
    s.call("none", "has_next")
    s.call("none", "get_state")
    s.call("none", "next")
    s.call("none", "set_state", {"turn": 0, "sources": []})
    s.call("none", "set_state", {"turn": 1, "sources": []})
    s.new("one", "InterleaveIterator", [[[1], [2, 3]]])
    s.drain("one")
    s.call("one", "get_state")
    s.call("one", "set_state", {"turn": 0, "sources": [{"file": 1, "position": 1}]})
    s.call("one", "next")
    s.new("empties", "InterleaveIterator", [[], [[]], [[], []]])
    s.call("empties", "has_next")
    s.call("empties", "get_state")
    s.call("empties", "next")
    write(3, "secret", "02-degenerate", s)

    s = Script("sources of different lengths: the short ones drop out")
    s.new("x", "InterleaveIterator", [[[1]], [[2, 3, 4, 5], [6]], [[7, 8]]])
    s.drain("x")
    s.call("x", "get_state")
    write(3, "secret", "03-uneven", s)

    s = Script("a bad state anywhere is rejected as a whole: no source changes")
    s.new("x", "InterleaveIterator", [[[1, 2]], [[3, 4]], [[5, 6]]])
    s.call("x", "next")
    s.call("x", "next")
    before = s.call("x", "get_state")
    for bad in [
        {"turn": 3, "sources": [{"file": 0, "position": 0}] * 3},
        {"turn": -1, "sources": [{"file": 0, "position": 0}] * 3},
        {"turn": 0, "sources": [{"file": 0, "position": 0}] * 2},
        {"turn": 0, "sources": [{"file": 0, "position": 0}] * 4},
        {"turn": 0, "sources": [{"file": 0, "position": 2}, {"file": 0, "position": 1}, {"file": 0, "position": 3}]},
        {"turn": 0, "sources": [{"file": 0, "position": 0}, {"file": 0, "position": 0}, {"file": 0}]},
        {"turn": 0},
        {"sources": [{"file": 0, "position": 0}] * 3},
    ]:
        s.call("x", "set_state", bad)
        s.call("x", "get_state")
    assert s.instances["x"].get_state() == before
    s.drain("x")
    write(3, "secret", "04-atomic-set-state", s)

    s = Script("restored source states are normalized")
    s.new("x", "InterleaveIterator", [[[1], [], [2]], [[3], []]])
    s.call("x", "set_state", {"turn": 1, "sources": [{"file": 0, "position": 1}, {"file": 0, "position": 1}]})
    s.call("x", "get_state")
    s.call("x", "has_next")
    s.call("x", "next")
    s.call("x", "get_state")
    s.call("x", "next")
    write(3, "secret", "05-normalized-children", s)

    def sources(rng: random.Random):
        return [[random_files(rng, rng.randint(0, 3), 3) for _ in range(rng.randint(1, 4))]]

    write(3, "secret", "06-random-small", random_script(
        "random calls on a small interleaving", 301, "InterleaveIterator", sources, 250))
    write(3, "secret", "07-random-medium", random_script(
        "random calls on another small interleaving", 302, "InterleaveIterator", sources, 400))
    write(3, "secret", "08-random-large", random_script(
        "random calls on a large interleaving", 303, "InterleaveIterator",
        lambda rng: [[random_files(rng, 6, 5) for _ in range(6)]], 800, copies=2))


# Level 4 -----------------------------------------------------------------------------------------


def level_4() -> None:
    spec = {"chain": [{"list": [1, 2]}, {"interleave": [{"list": [10, 11]}, {"files": [[20], [21]]}]}]}
    s = Script("a chain of a list and an interleaving")
    s.new("p", "PipelineIterator", spec)
    s.call("p", "next")
    s.call("p", "next")
    s.call("p", "next")
    s.call("p", "get_state")
    s.call("p", "next")
    s.call("p", "next")
    s.call("p", "next")
    s.call("p", "has_next")
    s.call("p", "get_state")
    s.call("p", "set_state", {"current": 0, "sources": [{"position": 1}, {"turn": 1, "sources": [
        {"position": 0}, {"file": 0, "position": 0}]}]})
    s.call("p", "next")
    s.call("p", "next")
    write(4, "sample", "01-pipeline", s)

    s = Script("leaf specs behave exactly like the level-1 and level-2 iterators")
    s.new("l", "PipelineIterator", {"list": [4, 5]})
    s.call("l", "get_state")
    s.call("l", "next")
    s.call("l", "get_state")
    s.call("l", "set_state", {"position": 3})
    s.call("l", "set_state", {"position": 2})
    s.call("l", "has_next")
    s.new("f", "PipelineIterator", {"files": [[], [1], []]})
    s.call("f", "get_state")
    s.call("f", "next")
    s.call("f", "get_state")
    s.call("f", "set_state", {"file": 1, "position": 0})
    s.call("f", "next")
    write(4, "secret", "01-leaves", s)

    s = Script("a chain skips sources with nothing left; empty chains and interleaves")
    s.new("c", "PipelineIterator", {"chain": [{"list": []}, {"files": [[], []]}, {"chain": []}, {"list": [1]},
                                              {"interleave": []}, {"list": [2, 3]}, {"list": []}]})
    s.call("c", "get_state")
    s.call("c", "next")
    s.call("c", "get_state")
    s.call("c", "next")
    s.call("c", "next")
    s.call("c", "get_state")
    s.call("c", "next")
    s.new("e", "PipelineIterator", {"chain": []})
    s.call("e", "get_state")
    s.call("e", "has_next")
    s.call("e", "set_state", {"current": 0, "sources": []})
    s.call("e", "set_state", {"current": 1, "sources": []})
    s.new("i", "PipelineIterator", {"interleave": []})
    s.call("i", "get_state")
    s.call("i", "next")
    write(4, "secret", "02-chain-skips", s)

    s = Script("set_state on a chain: current moves past finished sources; earlier sources are never read")
    s.new("c", "PipelineIterator", {"chain": [{"list": [1, 2]}, {"list": [3]}, {"list": [4, 5]}]})
    s.call("c", "set_state", {"current": 1, "sources": [{"position": 0}, {"position": 1}, {"position": 0}]})
    s.call("c", "get_state")
    s.call("c", "next")
    s.call("c", "set_state", {"current": 1, "sources": [{"position": 0}, {"position": 0}, {"position": 0}]})
    s.call("c", "next")
    s.call("c", "next")
    s.call("c", "set_state", {"current": 0, "sources": [{"position": 2}, {"position": 1}, {"position": 2}]})
    s.call("c", "get_state")
    s.call("c", "has_next")
    s.call("c", "set_state", {"current": 3, "sources": [{"position": 0}, {"position": 0}, {"position": 0}]})
    s.call("c", "has_next")
    s.call("c", "get_state")
    s.call("c", "set_state", {"current": 4, "sources": [{"position": 0}, {"position": 0}, {"position": 0}]})
    s.call("c", "get_state")
    write(4, "secret", "03-chain-set-state", s)

    s = Script("interleaves of interleaves and chains keep one turn per level")
    spec = {"interleave": [
        {"interleave": [{"list": [1, 2, 3]}, {"list": [10]}]},
        {"chain": [{"list": [100]}, {"interleave": [{"list": [200, 201]}, {"files": [[300], [], [301]]}]}]},
        {"list": []},
    ]}
    s.new("x", "PipelineIterator", spec)
    for _ in range(4):
        s.call("x", "next")
    saved = s.call("x", "get_state")
    s.drain("x")
    s.new("y", "PipelineIterator", spec)
    s.call("y", "set_state", saved)
    s.drain("y")
    write(4, "secret", "04-nested", s)

    s = Script("a deep invalid state is rejected without touching the valid parts")
    spec = {"chain": [{"interleave": [{"chain": [{"list": [1]}, {"files": [[2, 3]]}]}, {"list": [4, 5]}]},
                      {"list": [6]}]}
    s.new("p", "PipelineIterator", spec)
    s.call("p", "next")
    s.call("p", "next")
    good = s.call("p", "get_state")
    bad = copy.deepcopy(good)
    bad["sources"][0]["sources"][0]["sources"][1]["position"] = 5
    s.call("p", "set_state", bad)
    s.call("p", "get_state")
    bad = copy.deepcopy(good)
    bad["sources"][0]["sources"][0]["current"] = 3
    s.call("p", "set_state", bad)
    bad = copy.deepcopy(good)
    bad["sources"][0]["sources"].append({"position": 0})
    s.call("p", "set_state", bad)
    bad = copy.deepcopy(good)
    bad["sources"][1] = {"file": 0}  # the shape of another kind of iterator: no "position"
    s.call("p", "set_state", bad)
    s.call("p", "get_state")
    s.drain("p")
    write(4, "secret", "05-deep-invalid", s)

    s = Script("the level-1 to level-3 classes still work next to pipelines")
    s.new("a", "ArrayIterator", [1, 2])
    s.new("m", "MultiFileIterator", [[3], [4]])
    s.new("x", "InterleaveIterator", [[[5]], [[6]]])
    s.new("p", "PipelineIterator", {"interleave": [{"files": [[5]]}, {"files": [[6]]}]})
    s.call("a", "next")
    s.call("m", "next")
    s.call("x", "next")
    s.call("p", "next")
    s.call("x", "get_state")
    s.call("p", "get_state")
    s.call("a", "get_state")
    s.call("m", "get_state")
    write(4, "secret", "06-earlier-classes", s)

    for index, seed in enumerate([401, 402, 403, 404], start=7):
        write(4, "secret", f"{index:02d}-random-{seed}", random_script(
            f"random calls on a random pipeline (seed {seed})", seed, "PipelineIterator",
            lambda rng: [rich_spec(rng, 3)], 300))
    write(4, "secret", "11-random-large", random_script(
        "random calls on a large random pipeline", 405, "PipelineIterator",
        lambda rng: [{"chain": [rich_spec(rng, 3) for _ in range(3)]}], 500, copies=2))


def main() -> None:
    shutil.rmtree(ROOT / "data", ignore_errors=True)
    level_1()
    level_2()
    level_3()
    level_4()


if __name__ == "__main__":
    main()
