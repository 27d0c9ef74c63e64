#!/usr/bin/env python3
"""Write the tests of memory-allocator: `python3 generators/generate.py` (from any directory).

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
MODULE = "allocator.py"
CLASS = "Allocator"


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


# Level 1: malloc and free ----------------------------------------------------------------------------


def level_1() -> None:
    s = Script("first fit: the lowest free range that is big enough", 64)
    s.malloc(16)
    s.malloc(16)
    s.malloc(40)
    s.free(0)
    s.malloc(8)
    s.malloc(8)
    s.free(16)
    s.free(16)
    s.malloc(40)
    s.malloc(1)
    write(1, "sample", "01-first-fit", s)

    s = Script("first fit takes the first hole that fits, not the tightest", 100)
    for _ in range(5):
        s.malloc(20)
    s.free(0)
    s.free(40)
    s.malloc(10)
    s.malloc(15)
    s.malloc(10)
    s.malloc(10)
    s.malloc(5)
    write(1, "secret", "01-first-hole", s)

    s = Script("freed neighbours merge into one range", 60)
    for _ in range(3):
        s.malloc(20)
    s.free(0)
    s.free(20)
    s.malloc(40)
    s.free(0)
    s.free(40)
    s.malloc(60)
    write(1, "secret", "02-coalescing", s)

    s = Script("free accepts only the start of a used block", 50)
    s.free(0)
    s.malloc(10)
    s.malloc(10)
    s.free(5)
    s.free(15)
    s.free(-1)
    s.free(50)
    s.free(1000)
    s.free(10)
    s.free(10)
    s.free(20)
    s.malloc(40)
    write(1, "secret", "03-invalid-frees", s)

    s = Script("a block may take the whole heap; nothing more fits", 32)
    s.malloc(33)
    s.malloc(32)
    s.malloc(1)
    s.free(0)
    s.malloc(32)
    write(1, "secret", "04-whole-heap", s)

    s = Script("one-byte blocks", 5)
    for _ in range(6):
        s.malloc(1)
    s.free(1)
    s.free(3)
    s.malloc(2)
    s.malloc(1)
    s.malloc(1)
    s.free(2)
    s.malloc(2)
    s.malloc(3)
    write(1, "secret", "05-one-byte", s)

    s = Script("the free range in the middle is reused before the end", 1000)
    addresses = [s.malloc(100) for _ in range(5)]
    s.free(addresses[2])
    s.malloc(50)
    s.malloc(50)
    s.malloc(50)
    s.malloc(600)
    s.malloc(500)
    write(1, "secret", "06-reuse-middle", s)

    for index, (size, heap) in enumerate([(150, 100), (600, 500), (2000, 4000)], start=7):
        rng = random.Random(100 + index)
        s = Script(f"{size} random mallocs and frees on a heap of {heap} bytes", heap)
        random_ops(s, rng, size, level=1, heap=heap)
        write(1, "secret", f"{index:02d}-random-{size}", s)


# Level 2: fragmentation statistics ----------------------------------------------------------------


def level_2() -> None:
    s = Script("stats and the layout of a fragmented heap", 64)
    s.malloc(16)
    s.malloc(16)
    s.malloc(16)
    s.free(16)
    s.stats()
    s.layout()
    s.malloc(40)
    s.malloc(8)
    s.layout()
    write(2, "sample", "01-stats", s)

    s = Script("a fresh heap is one free range", 128)
    s.stats()
    s.layout()
    write(2, "secret", "01-fresh-heap", s)

    s = Script("a full heap has no free range", 30)
    s.malloc(10)
    s.malloc(20)
    s.stats()
    s.layout()
    s.free(0)
    s.stats()
    write(2, "secret", "02-full-heap", s)

    s = Script("the largest free range is not always the first", 100)
    for size in (10, 5, 10, 30, 10):
        s.malloc(size)
    s.free(10)
    s.free(25)
    s.stats()
    s.layout()
    write(2, "secret", "03-largest-free", s)

    s = Script("free ranges before the first and after the last used block count", 100)
    for _ in range(3):
        s.malloc(10)
    s.free(0)
    s.stats()
    s.free(20)
    s.stats()
    s.layout()
    s.free(10)
    s.stats()
    write(2, "secret", "04-free-at-the-edges", s)

    s = Script("many small holes", 200)
    for _ in range(20):
        s.malloc(10)
    for address in range(0, 200, 20):
        s.free(address)
    s.stats()
    s.layout()
    s.malloc(11)
    s.stats()
    write(2, "secret", "05-many-holes", s)

    for index, (size, heap) in enumerate([(150, 100), (600, 500), (1500, 3000)], start=6):
        rng = random.Random(200 + index)
        s = Script(f"{size} random calls of levels 1-2 on a heap of {heap} bytes", heap)
        random_ops(s, rng, size, level=2, heap=heap)
        write(2, "secret", f"{index:02d}-random-{size}", s)


# Level 3: realloc and alignment ------------------------------------------------------------------


def level_3() -> None:
    s = Script("realloc grows in place when it can and moves when it must; aligned blocks", 64)
    s.malloc(8)
    s.malloc(8)
    s.realloc(8, 16)
    s.realloc(0, 12)
    s.layout()
    s.malloc_aligned(4, 16)
    s.layout()
    write(3, "sample", "01-realloc-and-alignment", s)

    s = Script("shrinking frees the tail, which merges with free space after it", 40)
    s.malloc(20)
    s.realloc(0, 5)
    s.layout()
    s.malloc(10)
    s.malloc(20)
    s.realloc(5, 1)
    s.layout()
    s.realloc(0, 5)
    s.stats()
    write(3, "secret", "01-shrink", s)

    s = Script("growing takes just what it needs from the free range after the block", 50)
    s.malloc(10)
    s.malloc(10)
    s.free(10)
    s.realloc(0, 15)
    s.layout()
    s.realloc(0, 50)
    s.layout()
    write(3, "secret", "02-grow-in-place", s)

    s = Script("a block that cannot grow where it is moves to the first range that fits", 100)
    s.malloc(10)
    s.malloc(10)
    s.malloc(30)
    s.realloc(0, 20)
    s.layout()
    s.malloc(10)
    s.realloc(10, 40)
    s.layout()
    write(3, "secret", "03-move", s)

    s = Script("a realloc that fits nowhere fails and keeps the block", 40)
    s.malloc(10)
    s.malloc(10)
    s.malloc(10)
    s.realloc(10, 25)
    s.layout()
    s.free(0)
    s.realloc(10, 20)
    s.layout()
    write(3, "secret", "04-realloc-fails", s)

    s = Script("realloc of something that is not a used block's start", 40)
    s.realloc(0, 5)
    s.malloc(10)
    s.realloc(5, 5)
    s.realloc(10, 5)
    s.free(0)
    s.realloc(0, 5)
    s.stats()
    write(3, "secret", "05-realloc-invalid", s)

    s = Script("an aligned block may start inside a free range", 64)
    s.malloc(3)
    s.malloc_aligned(8, 8)
    s.malloc_aligned(8, 32)
    s.malloc_aligned(1, 1)
    s.layout()
    s.malloc_aligned(16, 64)
    s.malloc_aligned(24, 16)
    s.layout()
    write(3, "secret", "06-alignment", s)

    s = Script("the gap left by alignment stays free and usable", 64)
    s.malloc(1)
    s.malloc_aligned(16, 16)
    s.stats()
    s.malloc(15)
    s.malloc(2)
    s.layout()
    write(3, "secret", "07-alignment-gap", s)

    s = Script("a moved block keeps its alignment", 128)
    s.malloc_aligned(8, 32)
    s.malloc(8)
    s.realloc(0, 20)
    s.layout()
    s.realloc(32, 40)
    s.layout()
    write(3, "secret", "08-realloc-aligned", s)

    s = Script("realloc to the same size, and growing to exactly the next block's end", 30)
    s.malloc(10)
    s.realloc(0, 10)
    s.malloc(10)
    s.free(10)
    s.realloc(0, 20)
    s.malloc(10)
    s.realloc(0, 21)
    s.layout()
    write(3, "secret", "09-exact-sizes", s)

    for index, (size, heap) in enumerate([(150, 128), (600, 512), (1500, 4096)], start=10):
        rng = random.Random(300 + index)
        s = Script(f"{size} random calls with realloc and alignment on a heap of {heap} bytes", heap)
        random_ops(s, rng, size, level=3, heap=heap)
        write(3, "secret", f"{index:02d}-random-{size}", s)


# Level 4: compaction -------------------------------------------------------------------------------


def level_4() -> None:
    s = Script("compaction slides used blocks down and reports the ones that moved", 64)
    s.malloc(8)
    s.malloc(8)
    s.malloc(8)
    s.malloc(8)
    s.free(0)
    s.free(16)
    s.malloc(40)
    s.compact()
    s.layout()
    s.malloc(40)
    write(4, "sample", "01-compact", s)

    s = Script("nothing to move", 50)
    s.compact()
    s.malloc(10)
    s.malloc(10)
    s.compact()
    s.free(10)
    s.compact()
    s.layout()
    write(4, "secret", "01-nothing-to-move", s)

    s = Script("blocks keep their order; only moved blocks are reported", 100)
    addresses = [s.malloc(10) for _ in range(6)]
    for address in (addresses[1], addresses[3]):
        s.free(address)
    s.compact()
    s.layout()
    s.stats()
    write(4, "secret", "02-order-and-report", s)

    s = Script("aligned blocks move only to aligned addresses", 128)
    s.malloc(5)
    s.malloc_aligned(8, 16)
    s.malloc(3)
    s.malloc_aligned(10, 32)
    s.free(0)
    s.compact()
    s.layout()
    s.free(16)
    s.compact()
    s.layout()
    write(4, "secret", "03-alignment", s)

    s = Script("after compaction the new addresses are the valid ones", 60)
    s.malloc(10)
    s.malloc(10)
    s.malloc(10)
    s.free(0)
    s.compact()
    s.free(20)
    s.free(10)
    s.realloc(0, 15)
    s.layout()
    write(4, "secret", "04-new-addresses", s)

    s = Script("compaction turns scattered free bytes into one allocatable range", 100)
    for _ in range(10):
        s.malloc(10)
    for address in range(0, 100, 20):
        s.free(address)
    s.malloc(50)
    s.compact()
    s.malloc(50)
    s.stats()
    write(4, "secret", "05-enables-large-malloc", s)

    s = Script("an empty heap and a full heap", 20)
    s.compact()
    s.malloc(20)
    s.compact()
    s.layout()
    write(4, "secret", "06-empty-and-full", s)

    s = Script("a realloc that would fail succeeds after compaction", 50)
    s.malloc(10)
    s.malloc(10)
    s.malloc(10)
    s.malloc(10)
    s.free(0)
    s.free(20)
    s.realloc(30, 25)
    s.compact()
    s.realloc(10, 25)
    s.layout()
    write(4, "secret", "07-realloc-after-compact", s)

    for index, (size, heap) in enumerate([(150, 128), (600, 512), (1200, 4096)], start=8):
        rng = random.Random(400 + index)
        s = Script(f"{size} random calls with compaction on a heap of {heap} bytes", heap)
        random_ops(s, rng, size, level=4, heap=heap)
        write(4, "secret", f"{index:02d}-random-{size}", s)


# Random scripts ------------------------------------------------------------------------------------


def random_ops(s: Script, rng: random.Random, size: int, level: int, heap: int) -> None:
    """Append `size` random calls of the methods of levels 1..`level`."""
    live: list[int] = []
    largest = max(2, heap // 8)
    for _ in range(size):
        ops = ["malloc", "malloc", "free", "free", "bad_free"]
        if level >= 2:
            ops += ["stats", "layout"]
        if level >= 3:
            ops += ["aligned", "realloc", "realloc"]
        if level >= 4:
            ops += ["compact"]
        op = rng.choice(ops)
        if op == "malloc":
            address = s.malloc(rng.randint(1, largest))
            if address is not None:
                live.append(address)
        elif op == "free" and live:
            s.free(live.pop(rng.randrange(len(live))))
        elif op == "bad_free":
            s.free(rng.randint(0, heap))
        elif op == "stats":
            s.stats()
        elif op == "layout":
            if rng.random() < 0.3:
                s.layout()
        elif op == "aligned":
            address = s.malloc_aligned(rng.randint(1, largest), rng.choice([1, 2, 4, 8, 16, 64]))
            if address is not None:
                live.append(address)
        elif op == "realloc" and live:
            i = rng.randrange(len(live))
            address = s.realloc(live[i], rng.randint(1, largest))
            if address is not None:
                live[i] = address
        elif op == "compact":
            for move in s.compact():
                old, new = map(int, move.split("->"))
                live[live.index(old)] = new
    if level >= 2:
        s.stats()


def main() -> None:
    clean()
    level_1()
    level_2()
    level_3()
    level_4()


if __name__ == "__main__":
    main()
