#!/usr/bin/env python3
"""Write the tests of time-based-kv-store: `python3 generators/generate.py` (from any directory).

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
MODULE = "time_key_value_store.py"
CLASS = "TimeKeyValueStore"


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


# Level 1: set and get at a point in time ---------------------------------------------------------


def level_1() -> None:
    s = Script("get returns the value set at the latest timestamp at or before the one asked for")
    s.set("temp", "20C", 10)
    s.set("temp", "25C", 20)
    s.set("wind", "calm", 15)
    s.get("temp", 15)
    s.get("temp", 99)
    s.get("temp", 5)
    s.get("wind", 12)
    s.get("rain", 30)
    write(1, "sample", "01-basics", s)

    s = Script("a read at exactly a write's timestamp sees that write")
    for t in (1, 2, 5, 9):
        s.set("k", f"v{t}", t)
    for t in range(0, 11):
        s.get("k", t)
    write(1, "secret", "01-exact-timestamps", s)

    s = Script("reads before the first write, and of keys never written")
    s.get("k", 0)
    s.get("k", 10**12)
    s.set("k", "v", 100)
    s.get("k", 99)
    s.get("k", 0)
    s.get("other", 100)
    s.get("K", 100)
    write(1, "secret", "02-before-first-write", s)

    s = Script("writes arrive out of timestamp order")
    s.set("k", "t50", 50)
    s.set("k", "t10", 10)
    s.get("k", 30)
    s.set("k", "t30", 30)
    s.get("k", 30)
    s.get("k", 49)
    s.set("k", "t40", 40)
    s.set("k", "t20", 20)
    for t in (5, 10, 15, 20, 25, 35, 40, 45, 50, 55):
        s.get("k", t)
    write(1, "secret", "03-out-of-order", s)

    s = Script("a second write at the same timestamp replaces the first")
    s.set("k", "first", 7)
    s.set("k", "second", 7)
    s.get("k", 7)
    s.get("k", 8)
    s.set("k", "before", 3)
    s.set("k", "third", 7)
    s.get("k", 6)
    s.get("k", 7)
    write(1, "secret", "04-same-timestamp", s)

    s = Script("keys are independent")
    s.set("a", "a1", 1)
    s.set("b", "b5", 5)
    s.set("a", "a9", 9)
    s.get("a", 5)
    s.get("b", 4)
    s.get("b", 9)
    s.get("a", 9)
    write(1, "secret", "05-independent-keys", s)

    s = Script("timestamp 0, millisecond epoch timestamps and the empty value")
    s.set("k", "zero", 0)
    s.get("k", 0)
    s.set("k", "", 1_700_000_000_000)
    s.get("k", 1_699_999_999_999)
    s.get("k", 1_700_000_000_000)
    s.get("k", 1_800_000_000_000)
    write(1, "secret", "06-extreme-timestamps", s)

    for index, (size, keys) in enumerate([(150, 2), (600, 5), (2000, 40)], start=7):
        rng = random.Random(100 + index)
        s = Script(f"{size} random writes and reads over {keys} keys, timestamps in any order")
        random_ops(s, rng, size, level=1, keys=keys)
        write(1, "secret", f"{index:02d}-random-{size}", s)


# Level 2: history and keys_at ----------------------------------------------------------------------


def level_2() -> None:
    s = Script("history lists a key's writes in a closed range; keys_at lists the keys with a value")
    s.set("price", "100", 10)
    s.set("price", "105", 20)
    s.set("price", "98", 30)
    s.set("stock", "7", 25)
    s.history("price", 5, 25)
    s.history("price", 0, 100)
    s.keys_at(22)
    s.keys_at(25)
    s.keys_at(5)
    write(2, "sample", "01-history", s)

    s = Script("the range of history includes both ends")
    for t in (10, 20, 30, 40):
        s.set("k", f"v{t}", t)
    s.history("k", 10, 40)
    s.history("k", 20, 30)
    s.history("k", 11, 39)
    s.history("k", 20, 20)
    s.history("k", 21, 29)
    write(2, "secret", "01-inclusive-bounds", s)

    s = Script("empty histories: unknown key, range before or after all writes, start after end")
    s.history("none", 0, 100)
    s.set("k", "v", 50)
    s.history("k", 0, 49)
    s.history("k", 51, 100)
    s.history("k", 60, 40)
    s.history("k", 50, 49)
    write(2, "secret", "02-empty-history", s)

    s = Script("history shows one entry per timestamp, the last value written there, sorted by time")
    s.set("k", "c", 30)
    s.set("k", "a", 10)
    s.set("k", "b", 20)
    s.set("k", "a2", 10)
    s.set("k", "", 25)
    s.history("k", 0, 100)
    s.set("k", "c2", 30)
    s.history("k", 10, 30)
    write(2, "secret", "03-history-order-and-overwrites", s)

    s = Script("keys_at leaves out keys whose first write is later")
    s.set("early", "e", 1)
    s.set("late", "l", 100)
    s.set("middle", "m", 50)
    for t in (0, 1, 49, 50, 99, 100, 1000):
        s.keys_at(t)
    write(2, "secret", "04-keys-at-time", s)

    s = Script("keys_at sorts by character code")
    for key in ["b", "B", "a", "A", "10", "9", "_x", "a:1", "a1"]:
        s.set(key, "v", 5)
    s.keys_at(5)
    s.keys_at(4)
    write(2, "secret", "05-keys-at-order", s)

    s = Script("a long history read in windows")
    rng = random.Random(206)
    times = rng.sample(range(1000), 300)
    for t in times:
        s.set("series", str(rng.randrange(100)), t)
    for start in range(0, 1000, 97):
        s.history("series", start, start + 60)
    s.history("series", 0, 999)
    write(2, "secret", "06-long-history", s)

    for index, (size, keys) in enumerate([(150, 2), (500, 5), (1500, 30)], start=7):
        rng = random.Random(200 + index)
        s = Script(f"{size} random level-1 and level-2 calls over {keys} keys")
        random_ops(s, rng, size, level=2, keys=keys)
        write(2, "secret", f"{index:02d}-random-{size}", s)


# Level 3: TTL and deletes ------------------------------------------------------------------------


def level_3() -> None:
    s = Script("values with a TTL expire; a delete hides a key from its timestamp on")
    s.set_with_ttl("token", "abc", 100, 60)
    s.get("token", 159)
    s.get("token", 161)
    s.set("user", "ada", 10)
    s.delete("user", 50)
    s.get("user", 51)
    s.delete("user", 60)
    s.keys_at(120)
    write(3, "sample", "01-ttl-and-delete", s)

    s = Script("a TTL value exists from its timestamp until just before timestamp + ttl")
    s.set_with_ttl("k", "v", 10, 1)
    s.get("k", 9)
    s.get("k", 10)
    s.get("k", 11)
    s.set_with_ttl("j", "w", 20, 5)
    s.get("j", 24)
    s.get("j", 25)
    s.keys_at(24)
    s.keys_at(25)
    write(3, "secret", "01-ttl-boundary", s)

    s = Script("when the latest value expires the key has no value; older values do not come back")
    s.set("k", "permanent", 1)
    s.set_with_ttl("k", "temporary", 10, 5)
    s.get("k", 9)
    s.get("k", 12)
    s.get("k", 15)
    s.get("k", 1000)
    s.keys_at(15)
    s.set("k", "again", 20)
    s.get("k", 20)
    s.get("k", 17)
    write(3, "secret", "02-expired-does-not-fall-back", s)

    s = Script("a delete changes reads from its timestamp on, never before")
    s.set("k", "a", 10)
    s.set("k", "b", 20)
    s.delete("k", 30)
    s.get("k", 15)
    s.get("k", 25)
    s.get("k", 30)
    s.get("k", 99)
    s.history("k", 0, 99)
    s.set("k", "c", 40)
    s.get("k", 35)
    s.get("k", 40)
    write(3, "secret", "03-delete-keeps-the-past", s)

    s = Script("deleting where there is no value returns false and changes nothing")
    s.delete("never", 5)
    s.set("k", "v", 10)
    s.delete("k", 9)
    s.get("k", 10)
    s.delete("k", 10)
    s.delete("k", 11)
    s.delete("k", 12)
    s.set_with_ttl("t", "v", 0, 5)
    s.delete("t", 5)
    s.delete("t", 4)
    s.get("t", 3)
    s.get("t", 4)
    write(3, "secret", "04-delete-nothing", s)

    s = Script("a delete before a later write hides only the gap between them")
    s.set("k", "a", 10)
    s.set("k", "c", 30)
    s.delete("k", 20)
    s.get("k", 19)
    s.get("k", 20)
    s.get("k", 29)
    s.get("k", 30)
    s.keys_at(25)
    s.keys_at(30)
    s.history("k", 0, 40)
    write(3, "secret", "05-delete-in-the-past", s)

    s = Script("a delete at a write's own timestamp replaces that write")
    s.set("k", "old", 5)
    s.set("k", "new", 10)
    s.delete("k", 10)
    s.get("k", 10)
    s.get("k", 9)
    s.history("k", 0, 20)
    s.set("k", "back", 10)
    s.get("k", 10)
    s.history("k", 0, 20)
    write(3, "secret", "06-delete-same-timestamp", s)

    s = Script("a write at the same timestamp replaces a TTL value and its expiry")
    s.set_with_ttl("k", "short", 10, 2)
    s.set("k", "forever", 10)
    s.get("k", 500)
    s.set("j", "forever", 10)
    s.set_with_ttl("j", "short", 10, 2)
    s.get("j", 11)
    s.get("j", 12)
    s.set_with_ttl("i", "a", 0, 100)
    s.set_with_ttl("i", "b", 0, 3)
    s.get("i", 3)
    write(3, "secret", "07-overwrite-ttl", s)

    s = Script("history lists TTL values as written and leaves out deletes")
    s.set_with_ttl("k", "t1", 1, 1)
    s.set("k", "p2", 2)
    s.delete("k", 3)
    s.set_with_ttl("k", "t4", 4, 100)
    s.history("k", 0, 10)
    s.history("k", 3, 3)
    s.keys_at(3)
    s.keys_at(4)
    write(3, "secret", "08-history-with-ttl-and-deletes", s)

    s = Script("TTLs and deletes written out of timestamp order")
    s.set_with_ttl("k", "late", 100, 10)
    s.set("k", "early", 10)
    s.delete("k", 50)
    s.set_with_ttl("k", "mid", 40, 5)
    for t in (9, 10, 39, 40, 44, 45, 49, 50, 99, 100, 109, 110):
        s.get("k", t)
    s.history("k", 0, 200)
    write(3, "secret", "09-out-of-order-ttl-and-deletes", s)

    s = Script("millisecond epoch timestamps and TTLs")
    base = 1_700_000_000_000
    s.set_with_ttl("lease", "w1", base, 86_400_000)
    s.get("lease", base + 86_399_999)
    s.get("lease", base + 86_400_000)
    s.delete("lease", base + 1)
    s.get("lease", base)
    write(3, "secret", "10-epoch-millis", s)

    for index, (size, keys) in enumerate([(150, 2), (500, 4), (1500, 25)], start=11):
        rng = random.Random(300 + index)
        s = Script(f"{size} random calls with TTLs and deletes over {keys} keys")
        random_ops(s, rng, size, level=3, keys=keys)
        write(3, "secret", f"{index:02d}-random-{size}", s)


# Level 4: snapshots --------------------------------------------------------------------------------


def level_4() -> None:
    s = Script("a snapshot freezes what reads through it see, whatever is written later")
    s.set("config", "v1", 10)
    s.snapshot()
    s.set("config", "v2", 20)
    s.get("config", 25)
    s.get_at_snapshot(1, "config", 25)
    s.history_at_snapshot(1, "config", 0, 30)
    s.history("config", 0, 30)
    s.snapshot()
    s.set("flag", "on", 5)
    s.keys_at_snapshot(2, 10)
    s.keys_at(10)
    write(4, "sample", "01-snapshots", s)

    s = Script("snapshot ids count from 1; an unknown id raises")
    s.get_at_snapshot(1, "k", 0)
    s.snapshot()
    s.snapshot()
    s.snapshot()
    s.get_at_snapshot(3, "k", 0)
    s.get_at_snapshot(0, "k", 0)
    s.get_at_snapshot(4, "k", 0)
    s.history_at_snapshot(4, "k", 0, 1)
    s.keys_at_snapshot(-1, 0)
    s.keys_at_snapshot(2, 0)
    write(4, "secret", "01-snapshot-ids", s)

    s = Script("writes to an existing key after a snapshot stay out of it")
    s.set("k", "a", 10)
    s.set("k", "b", 20)
    s.snapshot()
    s.set("k", "c", 30)
    s.set("k", "z", 15)
    s.get_at_snapshot(1, "k", 100)
    s.get_at_snapshot(1, "k", 15)
    s.history_at_snapshot(1, "k", 0, 100)
    s.get("k", 100)
    s.get("k", 15)
    write(4, "secret", "02-later-writes-invisible", s)

    s = Script("overwriting a timestamp after a snapshot keeps the old value in the snapshot")
    s.set("k", "old", 10)
    s.snapshot()
    s.set("k", "new", 10)
    s.get_at_snapshot(1, "k", 10)
    s.get("k", 10)
    s.history_at_snapshot(1, "k", 10, 10)
    s.snapshot()
    s.set("k", "newer", 10)
    s.get_at_snapshot(2, "k", 10)
    s.get_at_snapshot(1, "k", 10)
    write(4, "secret", "03-overwrite-after-snapshot", s)

    s = Script("deletes and TTL writes after a snapshot stay out of it")
    s.set("k", "v", 10)
    s.set("j", "w", 10)
    s.snapshot()
    s.delete("k", 20)
    s.set_with_ttl("j", "short", 20, 1)
    s.get_at_snapshot(1, "k", 25)
    s.get_at_snapshot(1, "j", 25)
    s.get("k", 25)
    s.get("j", 25)
    s.keys_at_snapshot(1, 25)
    s.keys_at(25)
    s.delete("k", 10)
    s.history_at_snapshot(1, "k", 0, 30)
    s.history("k", 0, 30)
    write(4, "secret", "04-deletes-after-snapshot", s)

    s = Script("keys created after a snapshot are not in it")
    s.snapshot()
    s.set("new", "v", 1)
    s.snapshot()
    s.keys_at_snapshot(1, 5)
    s.keys_at_snapshot(2, 5)
    s.get_at_snapshot(1, "new", 5)
    s.history_at_snapshot(1, "new", 0, 10)
    s.get_at_snapshot(2, "new", 5)
    write(4, "secret", "05-new-keys-after-snapshot", s)

    s = Script("snapshots keep TTLs and deletes taken before them")
    s.set_with_ttl("k", "t", 10, 5)
    s.set("j", "v", 0)
    s.delete("j", 12)
    s.snapshot()
    s.get_at_snapshot(1, "k", 14)
    s.get_at_snapshot(1, "k", 15)
    s.get_at_snapshot(1, "j", 11)
    s.get_at_snapshot(1, "j", 12)
    s.keys_at_snapshot(1, 11)
    s.keys_at_snapshot(1, 14)
    s.keys_at_snapshot(1, 15)
    write(4, "secret", "06-snapshot-with-ttl-and-deletes", s)

    s = Script("a chain of snapshots, each one write apart")
    for i in range(1, 11):
        s.set("counter", str(i), 100)
        s.set(f"key{i}", "v", i)
        s.snapshot()
    for i in range(1, 11):
        s.get_at_snapshot(i, "counter", 100)
        s.keys_at_snapshot(i, 100)
    write(4, "secret", "07-chain-of-snapshots", s)

    for index, (size, keys) in enumerate([(150, 2), (500, 4), (1000, 8), (1500, 30)], start=8):
        rng = random.Random(400 + index)
        s = Script(f"{size} random calls with snapshots over {keys} keys")
        random_ops(s, rng, size, level=4, keys=keys)
        write(4, "secret", f"{index:02d}-random-{size}", s)


# Random scripts ------------------------------------------------------------------------------------


def random_ops(s: Script, rng: random.Random, size: int, level: int, keys: int) -> None:
    """Append `size` random calls of the methods of levels 1..`level`."""
    key_names = [f"k{i}" for i in range(keys)]
    horizon = max(20, size // 4)  # timestamps land in [0, horizon], so they collide and interleave
    snapshots = 0
    for _ in range(size):
        key = rng.choice(key_names)
        t = rng.randint(0, horizon)
        ops = ["set", "set", "get", "get", "get"]
        if level >= 2:
            ops += ["history", "keys_at"]
        if level >= 3:
            ops += ["ttl", "ttl", "delete", "delete"]
        if level >= 4:
            ops += ["snapshot", "get_snap", "get_snap", "history_snap", "keys_snap"]
        op = rng.choice(ops)
        start = rng.randint(0, horizon)
        end = start + rng.randint(-2, horizon // 3)
        snap = rng.randint(1, snapshots + 1) if rng.random() < 0.05 else rng.randint(1, max(1, snapshots))
        if op == "set":
            s.set(key, rng.choice("abcde"), t)
        elif op == "get":
            s.get(key, t)
        elif op == "history":
            s.history(key, start, end)
        elif op == "keys_at":
            s.keys_at(t)
        elif op == "ttl":
            s.set_with_ttl(key, rng.choice("vwxyz"), t, rng.randint(1, horizon // 4))
        elif op == "delete":
            s.delete(key, t)
        elif op == "snapshot":
            snapshots = s.snapshot()
        elif op == "get_snap":
            s.get_at_snapshot(snap, key, t)
        elif op == "history_snap":
            s.history_at_snapshot(snap, key, start, end)
        elif op == "keys_snap":
            s.keys_at_snapshot(snap, t)


def main() -> None:
    clean()
    level_1()
    level_2()
    level_3()
    level_4()


if __name__ == "__main__":
    main()
