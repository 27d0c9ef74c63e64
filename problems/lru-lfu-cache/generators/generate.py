#!/usr/bin/env python3
"""Write the tests of lru-lfu-cache: `python3 generators/generate.py` (from any directory).

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
MODULE = "cache.py"
CLASS = "Cache"


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


# Level 1: an LRU cache -----------------------------------------------------------------------------


def level_1() -> None:
    s = Script("a get makes a key recently used; a new key evicts the least recently used one", 2)
    s.put("a", "1")
    s.put("b", "2")
    s.get("a")
    s.put("c", "3")
    s.get("b")
    s.size()
    s.put("a", "10")
    s.get("a")
    s.get("c")
    write(1, "sample", "01-lru", s)

    s = Script("capacity 1: every new key evicts the previous one; an update evicts nothing", 1)
    s.put("a", "1")
    s.put("a", "2")
    s.get("a")
    s.put("b", "3")
    s.get("a")
    s.get("b")
    s.put("c", "4")
    s.size()
    write(1, "secret", "01-capacity-one", s)

    s = Script("updating a key makes it the most recently used", 3)
    s.put("a", "1")
    s.put("b", "2")
    s.put("c", "3")
    s.put("a", "1b")
    s.put("d", "4")
    s.get("b")
    s.put("c", "3b")
    s.put("e", "5")
    s.get("a")
    s.get("c")
    s.get("d")
    s.size()
    write(1, "secret", "02-update-refreshes", s)

    s = Script("a chain of gets decides the eviction order", 3)
    for key in "abc":
        s.put(key, key.upper())
    s.get("a")
    s.get("b")
    s.get("a")
    s.put("d", "D")
    s.put("e", "E")
    s.get("a")
    s.get("b")
    s.get("c")
    s.get("d")
    s.get("e")
    write(1, "secret", "03-gets-decide-order", s)

    s = Script("a miss changes nothing", 2)
    s.get("x")
    s.put("a", "1")
    s.put("b", "2")
    s.get("x")
    s.get("c")
    s.put("c", "3")
    s.get("b")
    s.get("a")
    s.size()
    write(1, "secret", "04-miss-changes-nothing", s)

    s = Script("an evicted key can come back, and sizes never exceed the capacity", 3)
    for i in range(8):
        s.put(f"k{i % 5}", str(i))
        s.size()
    for i in range(5):
        s.get(f"k{i}")
    write(1, "secret", "05-evicted-keys-come-back", s)

    s = Script("the empty string is a value", 2)
    s.put("a", "")
    s.get("a")
    s.put("b", "x")
    s.put("c", "y")
    s.get("a")
    s.get("b")
    write(1, "secret", "06-empty-value", s)

    for index, (size, capacity, keys) in enumerate([(150, 3, 6), (600, 5, 12), (2000, 50, 120)], start=7):
        rng = random.Random(100 + index)
        s = Script(f"{size} random puts and gets, capacity {capacity}, {keys} keys", capacity)
        random_ops(s, rng, size, level=1, keys=keys, capacity=capacity)
        write(1, "secret", f"{index:02d}-random-{size}", s)


# Level 2: inspection and resizing -------------------------------------------------------------------


def level_2() -> None:
    s = Script("peek, keys, delete, stats and resize", 3)
    s.put("a", "1")
    s.put("b", "2")
    s.put("c", "3")
    s.get("a")
    s.get("z")
    s.keys()
    s.delete("b")
    s.keys()
    s.stats()
    s.put("d", "4")
    s.resize(1)
    s.keys()
    write(2, "sample", "01-inspection", s)

    s = Script("peek reads a value without making it recently used", 2)
    s.put("a", "1")
    s.put("b", "2")
    s.peek("a")
    s.put("c", "3")
    s.peek("a")
    s.peek("b")
    s.keys()
    s.get("b")
    s.peek("c")
    s.put("d", "4")
    s.keys()
    write(2, "secret", "01-peek-does-not-refresh", s)

    s = Script("peek counts as neither hit nor miss", 2)
    s.put("a", "1")
    s.peek("a")
    s.peek("nope")
    s.stats()
    s.get("a")
    s.get("nope")
    s.stats()
    write(2, "secret", "02-peek-not-in-stats", s)

    s = Script("delete frees a slot without an eviction", 2)
    s.delete("a")
    s.put("a", "1")
    s.put("b", "2")
    s.delete("a")
    s.delete("a")
    s.size()
    s.put("c", "3")
    s.keys()
    s.stats()
    s.get("a")
    s.put("d", "4")
    s.stats()
    s.keys()
    write(2, "secret", "03-delete", s)

    s = Script("keys runs from the most recently used to the next victim", 4)
    for key in "abcd":
        s.put(key, key)
    s.keys()
    s.get("b")
    s.keys()
    s.put("a", "A")
    s.keys()
    s.peek("c")
    s.keys()
    s.put("e", "e")
    s.keys()
    write(2, "secret", "04-keys-order", s)

    s = Script("stats count hits, misses and evictions", 2)
    s.stats()
    for key in "abcab":
        s.put(key, key)
    s.stats()
    for key in "abcabc":
        s.get(key)
    s.stats()
    write(2, "secret", "05-stats", s)

    s = Script("shrinking evicts in eviction order and counts the evictions", 5)
    for key in "abcde":
        s.put(key, key)
    s.get("a")
    s.get("c")
    s.resize(2)
    s.keys()
    s.stats()
    s.resize(2)
    s.resize(1)
    s.stats()
    write(2, "secret", "06-shrink", s)

    s = Script("growing makes room; later puts evict only at the new capacity", 2)
    s.put("a", "1")
    s.put("b", "2")
    s.resize(4)
    s.put("c", "3")
    s.put("d", "4")
    s.size()
    s.put("e", "5")
    s.keys()
    s.resize(4)
    s.stats()
    write(2, "secret", "07-grow", s)

    for index, (size, capacity, keys) in enumerate([(150, 3, 6), (600, 5, 12), (1500, 30, 80)], start=8):
        rng = random.Random(200 + index)
        s = Script(f"{size} random calls of levels 1-2, capacity {capacity}, {keys} keys", capacity)
        random_ops(s, rng, size, level=2, keys=keys, capacity=capacity)
        write(2, "secret", f"{index:02d}-random-{size}", s)


# Level 3: expiring entries ------------------------------------------------------------------------


def level_3() -> None:
    s = Script("an entry with a TTL disappears when it expires, freeing its slot", 2)
    s.put_at_with_ttl("session", "s1", 0, 10)
    s.put_at("user", "ada", 1)
    s.get_at("session", 9)
    s.size()
    s.put_at("page", "home", 10)
    s.keys()
    s.get_at("session", 11)
    write(3, "sample", "01-ttl", s)

    s = Script("an entry is readable until just before timestamp + ttl", 3)
    s.put_at_with_ttl("k", "v", 5, 1)
    s.get_at("k", 5)
    s.get_at("k", 6)
    s.put_at_with_ttl("j", "w", 10, 4)
    s.get_at("j", 13)
    s.get_at("j", 14)
    s.stats()
    write(3, "secret", "01-boundary", s)

    s = Script("an expired entry does not take a slot: no live entry is evicted", 2)
    s.put_at_with_ttl("temp", "t", 0, 5)
    s.put_at("keep", "k", 1)
    s.get_at("temp", 2)
    s.put_at("new", "n", 5)
    s.get_at("keep", 6)
    s.keys()
    s.stats()
    s.put_at("more", "m", 7)
    s.keys()
    write(3, "secret", "02-expired-frees-slot", s)

    s = Script("expirations are not evictions", 3)
    for i, key in enumerate("abc"):
        s.put_at_with_ttl(key, key, i, 3)
    s.size()
    s.put_at("d", "d", 10)
    s.size()
    s.stats()
    s.keys()
    write(3, "secret", "03-expiry-not-eviction", s)

    s = Script("reading an expired key is a miss", 2)
    s.put_at_with_ttl("k", "v", 0, 2)
    s.get_at("k", 1)
    s.get_at("k", 2)
    s.get_at("k", 3)
    s.stats()
    write(3, "secret", "04-expired-read-is-miss", s)

    s = Script("a put replaces the TTL: put_at makes the entry permanent, a new TTL counts from its put", 3)
    s.put_at_with_ttl("k", "v", 0, 5)
    s.put_at("k", "w", 3)
    s.get_at("k", 100)
    s.put_at_with_ttl("j", "a", 100, 5)
    s.put_at_with_ttl("j", "b", 103, 5)
    s.get_at("j", 106)
    s.get_at("j", 108)
    s.put_at_with_ttl("i", "a", 200, 50)
    s.put_at_with_ttl("i", "b", 201, 2)
    s.get_at("i", 202)
    s.get_at("i", 203)
    write(3, "secret", "05-put-replaces-ttl", s)

    s = Script("a get does not extend a TTL", 2)
    s.put_at_with_ttl("k", "v", 0, 4)
    for t in range(5):
        s.get_at("k", t)
    s.stats()
    write(3, "secret", "06-get-does-not-extend", s)

    s = Script("the untimestamped methods act at the latest timestamp seen", 3)
    s.put("p", "plain")
    s.put_at_with_ttl("t", "temp", 10, 5)
    s.get("t")
    s.size()
    s.get_at("p", 15)
    s.peek("t")
    s.get("t")
    s.size()
    s.keys()
    s.delete("t")
    s.put("q", "plain2")
    s.get_at("q", 1000)
    s.stats()
    write(3, "secret", "07-plain-methods-use-latest-time", s)

    s = Script("a timestamp far in the future expires everything with a TTL at once", 4)
    base = 1_700_000_000_000
    s.put_at_with_ttl("a", "1", base, 1000)
    s.put_at_with_ttl("b", "2", base + 1, 2000)
    s.put_at("c", "3", base + 2)
    s.put_at_with_ttl("d", "4", base + 3, 10**9)
    s.size()
    s.get_at("c", base + 1500)
    s.keys()
    s.get_at("c", base + 10**10)
    s.keys()
    s.resize(1)
    s.stats()
    write(3, "secret", "08-epoch-millis", s)

    s = Script("an eviction picks the least recently used live entry", 3)
    s.put_at("a", "1", 0)
    s.put_at_with_ttl("b", "2", 1, 100)
    s.put_at("c", "3", 2)
    s.get_at("a", 3)
    s.put_at("d", "4", 4)
    s.keys()
    s.put_at_with_ttl("e", "5", 5, 1)
    s.put_at("f", "6", 6)
    s.keys()
    s.stats()
    write(3, "secret", "09-evict-among-live", s)

    for index, (size, capacity, keys) in enumerate([(150, 3, 6), (600, 5, 12), (1500, 25, 60)], start=10):
        rng = random.Random(300 + index)
        s = Script(f"{size} random calls with TTLs, capacity {capacity}, {keys} keys", capacity)
        random_ops(s, rng, size, level=3, keys=keys, capacity=capacity)
        write(3, "secret", f"{index:02d}-random-{size}", s)


# Level 4: the LFU policy --------------------------------------------------------------------------


def level_4() -> None:
    s = Script("LFU evicts the least frequently used key", 3, "lfu")
    s.put("a", "1")
    s.put("b", "2")
    s.put("c", "3")
    s.get("a")
    s.get("a")
    s.get("b")
    s.put("d", "4")
    s.keys()
    s.get("c")
    s.put("e", "5")
    s.keys()
    write(4, "sample", "01-lfu", s)

    s = Script("among keys used equally often, LFU evicts the least recently used", 3, "lfu")
    s.put("a", "1")
    s.put("b", "2")
    s.put("c", "3")
    s.get("b")
    s.get("a")
    s.put("d", "4")
    s.get("d")
    s.keys()
    s.put("e", "5")
    s.keys()
    s.get("e")
    s.get("a")
    s.put("f", "6")
    s.keys()
    write(4, "secret", "01-ties-by-recency", s)

    s = Script("an update counts as a use", 2, "lfu")
    s.put("a", "1")
    s.put("b", "2")
    s.put("a", "1b")
    s.put("c", "3")
    s.keys()
    s.put("c", "3b")
    s.put("c", "3c")
    s.put("d", "4")
    s.keys()
    write(4, "secret", "02-update-is-a-use", s)

    s = Script("a key that comes back starts again at one use", 2, "lfu")
    s.put("hot", "1")
    for _ in range(5):
        s.get("hot")
    s.delete("hot")
    s.put("x", "2")
    s.get("x")
    s.put("hot", "3")
    s.put("y", "4")
    s.keys()
    s.get("hot")
    write(4, "secret", "03-reinserted-key-starts-over", s)

    s = Script("peek and misses do not count as uses", 2, "lfu")
    s.put("a", "1")
    s.put("b", "2")
    for _ in range(3):
        s.peek("a")
    s.get("b")
    s.get("nope")
    s.put("c", "3")
    s.keys()
    s.stats()
    write(4, "secret", "04-peek-is-not-a-use", s)

    s = Script("LFU keys run from the most used to the next victim", 5, "lfu")
    for key in "abcde":
        s.put(key, key)
    for key in "ebdbeb":
        s.get(key)
    s.keys()
    s.resize(2)
    s.keys()
    s.stats()
    write(4, "secret", "05-lfu-keys-and-resize", s)

    s = Script("deleting the only least-used key moves the victim up a level", 3, "lfu")
    s.put("a", "1")
    s.put("b", "2")
    s.get("b")
    s.put("c", "3")
    s.get("c")
    s.get("c")
    s.delete("a")
    s.put("d", "4")
    s.get("d")
    s.get("d")
    s.get("d")
    s.put("e", "5")
    s.keys()
    s.put("f", "6")
    s.keys()
    write(4, "secret", "06-victim-after-delete", s)

    s = Script("LFU with TTLs: expired entries leave without an eviction", 2, "lfu")
    s.put_at_with_ttl("a", "1", 0, 5)
    s.get_at("a", 1)
    s.get_at("a", 2)
    s.put_at("b", "2", 3)
    s.put_at("c", "3", 5)
    s.keys()
    s.stats()
    s.put_at("d", "4", 6)
    s.keys()
    write(4, "secret", "07-lfu-with-ttl", s)

    s = Script('Cache(capacity, "lru") behaves like Cache(capacity)', 2, "lru")
    s.put("a", "1")
    s.put("b", "2")
    s.get("a")
    s.get("a")
    s.get("b")
    s.put("c", "3")
    s.keys()
    write(4, "secret", "08-explicit-lru", s)

    for index, (size, capacity, keys) in enumerate([(150, 3, 6), (600, 5, 12), (1000, 15, 40), (1500, 40, 100)], start=9):
        rng = random.Random(400 + index)
        s = Script(f"{size} random LFU calls with TTLs, capacity {capacity}, {keys} keys", capacity, "lfu")
        random_ops(s, rng, size, level=4, keys=keys, capacity=capacity)
        write(4, "secret", f"{index:02d}-random-lfu-{size}", s)


# Random scripts ------------------------------------------------------------------------------------


def random_ops(s: Script, rng: random.Random, size: int, level: int, keys: int, capacity: int) -> None:
    """Append `size` random calls of the methods of levels 1..`level`."""
    names = [f"k{i}" for i in range(keys)]
    hot = names[: max(1, keys // 4)]  # a skewed workload, so frequencies differ
    now = 0
    for _ in range(size):
        key = rng.choice(hot) if rng.random() < 0.5 else rng.choice(names)
        value = str(rng.randrange(100))
        ops = ["put", "put", "get", "get", "get"]
        if level >= 2:
            ops += ["peek", "delete", "keys", "stats"]
            if rng.random() < 0.03:
                ops = ["resize"]
        if level >= 3:
            now += rng.choice([0, 1, 1, 2])
            ops += ["put_at", "ttl", "ttl", "get_at", "get_at"]
        op = rng.choice(ops)
        if op == "put":
            s.put(key, value)
        elif op == "get":
            s.get(key)
        elif op == "peek":
            s.peek(key)
        elif op == "delete":
            s.delete(key)
        elif op == "keys":
            s.keys()
        elif op == "stats":
            s.stats()
        elif op == "resize":
            s.resize(max(1, rng.randint(capacity // 2, capacity * 3 // 2)))
        elif op == "put_at":
            s.put_at(key, value, now)
        elif op == "ttl":
            s.put_at_with_ttl(key, value, now, rng.randint(1, 12))
        elif op == "get_at":
            s.get_at(key, now)
    s.stats()


def main() -> None:
    clean()
    level_1()
    level_2()
    level_3()
    level_4()


if __name__ == "__main__":
    main()
