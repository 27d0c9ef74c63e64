#!/usr/bin/env python3
"""Write the tests of in-memory-database: `python3 generators/generate.py` (from any directory).

Each test is a script of calls run against the Python reference solution in submissions/accepted/;
every `expect` is the reference's answer. Random scripts are seeded, so running this again
reproduces the same files.
"""

from __future__ import annotations

import importlib.util
import json
import random
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLASS = "InMemoryDatabase"


def load_reference():
    path = ROOT / "submissions" / "accepted" / "in_memory_database.py"
    spec = importlib.util.spec_from_file_location("reference", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


REFERENCE = load_reference()


class Script:
    """Calls against a fresh reference instance; `script.get("k", "f")` records the call and its answer."""

    def __init__(self, description: str) -> None:
        self.description = description
        self.instance = getattr(REFERENCE, CLASS)()
        self.calls: list[dict] = [{"new": CLASS, "args": []}]

    def __getattr__(self, method: str):
        def call(*args):
            result = getattr(self.instance, method)(*args)
            self.calls.append({"call": method, "args": list(args), "expect": result})
            return result

        return call


def write(level: int, kind: str, name: str, script: Script) -> None:
    path = ROOT / "data" / f"level-{level}" / kind / f"{name}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = ",\n".join("    " + json.dumps(call) for call in script.calls)
    description = json.dumps(script.description)
    path.write_text(f'{{\n  "description": {description},\n  "calls": [\n{lines}\n  ]\n}}\n')


# Level 1: set, get, delete, compare_and_set ------------------------------------------------------


def level_1() -> None:
    s = Script("set, overwrite, get, compare_and_set and delete on one record")
    s.set("user:1", "name", "Ada")
    s.set("user:1", "email", "ada@example.com")
    s.get("user:1", "name")
    s.set("user:1", "name", "Ada L.")
    s.get("user:1", "name")
    s.get("user:2", "name")
    s.compare_and_set("user:1", "name", "Ada", "Grace")
    s.compare_and_set("user:1", "name", "Ada L.", "Grace")
    s.get("user:1", "name")
    s.delete("user:1", "email")
    s.get("user:1", "email")
    write(1, "sample", "01-basics", s)

    s = Script("overwriting a field many times keeps only the last value")
    for i in range(12):
        s.set("counter", "value", str(i))
        if i % 3 == 0:
            s.get("counter", "value")
    s.set("counter", "other", "x")
    s.get("counter", "value")
    s.get("counter", "other")
    write(1, "secret", "01-overwrite", s)

    s = Script("reads, deletes and compare_and_set on records and fields that do not exist")
    s.get("ghost", "name")
    s.delete("ghost", "name")
    s.compare_and_set("ghost", "name", "a", "b")
    s.get("ghost", "name")
    s.set("real", "name", "x")
    s.get("real", "missing")
    s.delete("real", "missing")
    s.compare_and_set("real", "missing", "x", "y")
    s.get("real", "missing")
    s.get("real", "name")
    write(1, "secret", "02-missing", s)

    s = Script("delete reports whether the field existed; a deleted field can be set again")
    s.set("k", "a", "1")
    s.set("k", "b", "2")
    s.delete("k", "a")
    s.delete("k", "a")
    s.get("k", "a")
    s.get("k", "b")
    s.delete("k", "b")
    s.delete("k", "b")
    s.delete("k", "c")
    s.set("k", "a", "3")
    s.get("k", "a")
    s.delete("k", "a")
    s.get("k", "a")
    write(1, "secret", "03-delete-twice", s)

    s = Script("records are independent even when they share field names")
    for key in ("a", "b", "c"):
        s.set(key, "f", key.upper())
    s.delete("b", "f")
    s.get("a", "f")
    s.get("b", "f")
    s.get("c", "f")
    s.compare_and_set("c", "f", "C", "changed")
    s.get("a", "f")
    s.get("c", "f")
    write(1, "secret", "04-independent-records", s)

    s = Script("keys, fields and values are case-sensitive strings")
    s.set("User", "Name", "Ada")
    s.set("user", "name", "ada")
    s.get("User", "name")
    s.get("user", "Name")
    s.get("User", "Name")
    s.get("user", "name")
    s.compare_and_set("user", "name", "Ada", "x")
    s.compare_and_set("user", "name", "ada", "x")
    s.get("user", "name")
    write(1, "secret", "05-case-sensitive", s)

    s = Script("the empty string is a value, not a missing field")
    s.set("k", "f", "")
    s.get("k", "f")
    s.compare_and_set("k", "f", "", "filled")
    s.get("k", "f")
    s.compare_and_set("k", "f", "filled", "")
    s.get("k", "f")
    s.delete("k", "f")
    s.get("k", "f")
    s.delete("k", "f")
    write(1, "secret", "06-empty-value", s)

    s = Script("compare_and_set edge cases")
    s.set("k", "f", "v")
    s.compare_and_set("k", "f", "v", "v")
    s.get("k", "f")
    s.compare_and_set("k", "f", "V", "w")
    s.get("k", "f")
    s.delete("k", "f")
    s.compare_and_set("k", "f", "v", "w")
    s.get("k", "f")
    s.set("k", "f", "w")
    s.compare_and_set("k", "f", "w", "x")
    s.compare_and_set("k", "f", "w", "y")
    s.get("k", "f")
    write(1, "secret", "07-compare-and-set", s)

    for index, (size, keys) in enumerate([(150, 3), (600, 6), (1500, 40)], start=8):
        rng = random.Random(100 + index)
        s = Script(f"{size} random level-1 operations over {keys} records")
        random_ops(s, rng, size, level=1, keys=keys)
        write(1, "secret", f"{index:02d}-random-{size}", s)


# Level 2: scan, scan_by_prefix, find_keys --------------------------------------------------------


def level_2() -> None:
    s = Script("scans list fields sorted by name; find_keys lists matching records")
    s.set("emp:1", "city", "London")
    s.set("emp:1", "country", "UK")
    s.set("emp:1", "name", "Ada")
    s.set("emp:2", "city", "London")
    s.set("emp:2", "name", "Alan")
    s.set("emp:3", "city", "Paris")
    s.scan("emp:1")
    s.scan_by_prefix("emp:1", "c")
    s.find_keys("city", "London")
    s.scan("emp:9")
    write(2, "sample", "01-scans", s)

    s = Script("scans of a missing record, and of a record whose fields were all deleted")
    s.scan("nobody")
    s.scan_by_prefix("nobody", "")
    s.find_keys("f", "v")
    s.set("k", "a", "1")
    s.set("k", "b", "2")
    s.delete("k", "a")
    s.scan("k")
    s.delete("k", "b")
    s.scan("k")
    s.scan_by_prefix("k", "")
    s.find_keys("a", "1")
    s.set("k", "c", "3")
    s.scan("k")
    write(2, "secret", "01-missing-and-emptied", s)

    s = Script("fields sort by character code, not by insertion order or numeric value")
    for field in ["b", "B", "a", "A", "10", "9", "a1", "a_", "aa", "_", "Z"]:
        s.set("k", field, field.lower())
    s.scan("k")
    s.scan_by_prefix("k", "a")
    s.scan_by_prefix("k", "1")
    write(2, "secret", "02-sort-order", s)

    s = Script("prefix edge cases: empty, whole name, longer than the name, middle of the name")
    for field in ["name", "nickname", "names", "n", "email"]:
        s.set("u", field, field.upper())
    s.scan_by_prefix("u", "")
    s.scan_by_prefix("u", "name")
    s.scan_by_prefix("u", "names")
    s.scan_by_prefix("u", "namesake")
    s.scan_by_prefix("u", "am")
    s.scan_by_prefix("u", "N")
    s.scan_by_prefix("u", "n")
    s.scan_by_prefix("v", "n")
    write(2, "secret", "03-prefix-edges", s)

    s = Script("find_keys matches values exactly and follows updates and deletions")
    for i, city in enumerate(["London", "london", "Paris", "London", "", "London"]):
        s.set(f"p{i}", "city", city)
    s.set("p9", "town", "London")
    s.find_keys("city", "London")
    s.find_keys("city", "london")
    s.find_keys("city", "")
    s.find_keys("city", "Berlin")
    s.find_keys("town", "London")
    s.set("p0", "city", "Paris")
    s.delete("p5", "city")
    s.find_keys("city", "London")
    s.find_keys("city", "Paris")
    s.compare_and_set("p3", "city", "London", "Paris")
    s.find_keys("city", "Paris")
    s.find_keys("city", "London")
    write(2, "secret", "04-find-keys", s)

    s = Script("keys sort by character code in find_keys")
    for key in ["user:10", "user:9", "user:1", "User:2", "admin", "user:1a"]:
        s.set(key, "role", "dev")
    s.find_keys("role", "dev")
    write(2, "secret", "05-find-keys-order", s)

    s = Script("scans reflect overwrites and values that contain brackets")
    s.set("k", "f", "a(b)")
    s.set("k", "g", ")(")
    s.scan("k")
    s.set("k", "f", "plain")
    s.scan("k")
    s.compare_and_set("k", "g", ")(", "()")
    s.scan_by_prefix("k", "g")
    write(2, "secret", "06-updates-and-brackets", s)

    s = Script("a record with 500 fields, scanned by many prefixes")
    rng = random.Random(207)
    for i in range(500):
        s.set("big", f"f{rng.randrange(1000):03d}", str(rng.randrange(10)))
    s.scan("big")
    for prefix in ["f0", "f1", "f99", "f5", "f00", "f123", "g"]:
        s.scan_by_prefix("big", prefix)
    for value in "0123456789":
        s.find_keys("f000", value)
    write(2, "secret", "07-large-record", s)

    for index, (size, keys) in enumerate([(200, 3), (600, 5), (1500, 30)], start=8):
        rng = random.Random(200 + index)
        s = Script(f"{size} random level-1 and level-2 operations over {keys} records")
        random_ops(s, rng, size, level=2, keys=keys)
        write(2, "secret", f"{index:02d}-random-{size}", s)


# Level 3: timestamps and TTL ---------------------------------------------------------------------


def level_3() -> None:
    s = Script("a field with a TTL disappears at timestamp + ttl")
    s.set_at_with_ttl("session", "token", "abc", 10, 5)
    s.set_at("session", "user", "ada", 11)
    s.get_at("session", "token", 14)
    s.scan_at("session", 14)
    s.get_at("session", "token", 16)
    s.scan_at("session", 16)
    s.delete_at("session", "token", 16)
    write(3, "sample", "01-ttl", s)

    s = Script("the expiry boundary: alive at timestamp + ttl - 1, gone at timestamp + ttl")
    s.set_at_with_ttl("k", "one", "1", 5, 1)
    s.get_at("k", "one", 5)
    s.get_at("k", "one", 6)
    s.set_at_with_ttl("k", "five", "5", 6, 5)
    s.get_at("k", "five", 10)
    s.get_at("k", "five", 11)
    s.set_at_with_ttl("k", "long", "L", 11, 1000)
    s.get_at("k", "long", 1010)
    s.get_at("k", "long", 1011)
    write(3, "secret", "01-boundary", s)

    s = Script("set_at over a field with a TTL makes it permanent")
    s.set_at_with_ttl("k", "f", "temp", 1, 3)
    s.set_at("k", "f", "kept", 2)
    s.get_at("k", "f", 4)
    s.get_at("k", "f", 100)
    s.set_at_with_ttl("k", "g", "temp", 100, 3)
    s.set_at("k", "g", "temp", 101)
    s.get_at("k", "g", 200)
    write(3, "secret", "02-set-clears-ttl", s)

    s = Script("a new TTL replaces the old one, longer or shorter")
    s.set_at_with_ttl("k", "f", "a", 0, 10)
    s.set_at_with_ttl("k", "f", "b", 5, 20)
    s.get_at("k", "f", 12)
    s.get_at("k", "f", 24)
    s.get_at("k", "f", 25)
    s.set_at_with_ttl("k", "g", "a", 30, 20)
    s.set_at_with_ttl("k", "g", "b", 31, 2)
    s.get_at("k", "g", 32)
    s.get_at("k", "g", 33)
    s.get_at("k", "g", 45)
    s.set_at("k", "h", "perm", 50)
    s.set_at_with_ttl("k", "h", "temp", 51, 4)
    s.get_at("k", "h", 54)
    s.get_at("k", "h", 55)
    write(3, "secret", "03-ttl-replaced", s)

    s = Script("delete_at and compare_and_set_at treat an expired field as missing")
    s.set_at_with_ttl("k", "f", "v", 1, 4)
    s.delete_at("k", "f", 5)
    s.compare_and_set_at("k", "f", "v", "w", 6)
    s.get_at("k", "f", 6)
    s.set_at_with_ttl("k", "g", "v", 10, 4)
    s.delete_at("k", "g", 13)
    s.get_at("k", "g", 13)
    s.delete_at("k", "g", 13)
    s.set_at_with_ttl("k", "h", "v", 20, 4)
    s.compare_and_set_at("k", "h", "v", "w", 23)
    s.get_at("k", "h", 30)
    s.compare_and_set_at("k", "h", "v", "x", 31)
    s.compare_and_set_at("k", "h", "w", "x", 31)
    s.get_at("k", "h", 31)
    write(3, "secret", "04-delete-and-cas-expired", s)

    s = Script("scans and find_keys skip expired fields")
    s.set_at("a", "city", "Rome", 1)
    s.set_at_with_ttl("b", "city", "Rome", 1, 5)
    s.set_at_with_ttl("c", "city", "Rome", 2, 10)
    s.set_at_with_ttl("a", "cap", "yes", 2, 3)
    s.set_at("a", "zip", "00100", 3)
    s.find_keys_at("city", "Rome", 4)
    s.scan_at("a", 4)
    s.scan_by_prefix_at("a", "c", 4)
    s.find_keys_at("city", "Rome", 6)
    s.scan_at("a", 6)
    s.scan_by_prefix_at("a", "c", 6)
    s.find_keys_at("city", "Rome", 12)
    s.scan_at("b", 12)
    s.scan_by_prefix_at("b", "", 12)
    write(3, "secret", "05-scans-skip-expired", s)

    s = Script("the untimestamped methods act at the latest timestamp seen")
    s.set("k", "plain", "p")
    s.get("k", "plain")
    s.set_at_with_ttl("k", "temp", "t", 100, 10)
    s.get("k", "temp")
    s.scan("k")
    s.get_at("k", "temp", 109)
    s.get("k", "temp")
    s.get_at("k", "plain", 110)
    s.get("k", "temp")
    s.scan("k")
    s.find_keys("temp", "t")
    s.delete("k", "temp")
    s.compare_and_set("k", "temp", "t", "u")
    s.set_at_with_ttl("k", "t2", "x", 110, 1)
    s.scan_by_prefix("k", "t")
    s.get_at("k", "t2", 111)
    s.scan_by_prefix("k", "t")
    s.set("k", "t2", "again")
    s.get_at("k", "t2", 500)
    write(3, "secret", "06-plain-methods-use-latest-time", s)

    s = Script("many operations share one timestamp")
    s.set_at_with_ttl("k", "a", "1", 7, 1)
    s.set_at("k", "b", "2", 7)
    s.get_at("k", "a", 7)
    s.delete_at("k", "b", 7)
    s.set_at("k", "b", "3", 7)
    s.scan_at("k", 7)
    s.scan_at("k", 8)
    write(3, "secret", "07-same-timestamp", s)

    s = Script("millisecond epoch timestamps need 64-bit integers")
    base = 1_700_000_000_000
    s.set_at_with_ttl("job", "lease", "w1", base, 30_000)
    s.get_at("job", "lease", base + 29_999)
    s.get_at("job", "lease", base + 30_000)
    s.set_at_with_ttl("job", "lease", "w2", base + 30_000, 3_000_000_000)
    s.get_at("job", "lease", base + 3_000_029_999)
    s.get_at("job", "lease", base + 3_000_030_000)
    s.scan_at("job", base + 3_000_030_000)
    write(3, "secret", "08-epoch-millis", s)

    s = Script("an expired field can be set again; deleting it later works as usual")
    s.set_at_with_ttl("k", "f", "old", 1, 2)
    s.get_at("k", "f", 3)
    s.set_at_with_ttl("k", "f", "new", 4, 2)
    s.get_at("k", "f", 5)
    s.delete_at("k", "f", 5)
    s.get_at("k", "f", 5)
    s.set_at("k", "f", "forever", 9)
    s.scan_at("k", 10**6)
    write(3, "secret", "09-expired-then-set-again", s)

    for index, (size, keys) in enumerate([(200, 3), (600, 5), (1500, 25)], start=10):
        rng = random.Random(300 + index)
        s = Script(f"{size} random operations with timestamps and TTLs over {keys} records")
        random_ops(s, rng, size, level=3, keys=keys)
        write(3, "secret", f"{index:02d}-random-{size}", s)


# Level 4: nested transactions ----------------------------------------------------------------------


def level_4() -> None:
    s = Script("nested transactions: the inner one rolls back, the outer one commits")
    s.set_at("acct", "balance", "100", 1)
    s.begin(2)
    s.set_at("acct", "balance", "50", 3)
    s.get_at("acct", "balance", 4)
    s.begin(5)
    s.delete_at("acct", "balance", 6)
    s.get_at("acct", "balance", 7)
    s.rollback(8)
    s.get_at("acct", "balance", 9)
    s.commit(10)
    s.get_at("acct", "balance", 11)
    s.rollback(12)
    write(4, "sample", "01-nested", s)

    s = Script("a rollback restores the old value together with its old expiry")
    s.set_at_with_ttl("cache", "page", "v1", 0, 10)
    s.begin(1)
    s.set_at("cache", "page", "v2", 2)
    s.get_at("cache", "page", 3)
    s.rollback(4)
    s.get_at("cache", "page", 9)
    s.get_at("cache", "page", 10)
    write(4, "sample", "02-rollback-and-ttl", s)

    s = Script("commit and rollback without an open transaction return false")
    s.commit(1)
    s.rollback(2)
    s.begin(3)
    s.commit(4)
    s.commit(5)
    s.begin(6)
    s.rollback(7)
    s.rollback(8)
    s.set_at("k", "f", "v", 9)
    s.commit(10)
    s.get_at("k", "f", 11)
    write(4, "secret", "01-no-open-transaction", s)

    s = Script("a rollback undoes sets, overwrites and deletes")
    s.set_at("k", "a", "1", 1)
    s.set_at("k", "b", "2", 1)
    s.begin(2)
    s.set_at("k", "a", "10", 3)
    s.delete_at("k", "b", 3)
    s.set_at("k", "c", "30", 3)
    s.set_at("new", "x", "y", 3)
    s.scan_at("k", 4)
    s.scan_at("new", 4)
    s.rollback(5)
    s.scan_at("k", 6)
    s.scan_at("new", 6)
    s.get_at("k", "b", 6)
    write(4, "secret", "02-rollback-undoes", s)

    s = Script("a commit applies sets, overwrites and deletes")
    s.set_at("k", "a", "1", 1)
    s.set_at("k", "b", "2", 1)
    s.begin(2)
    s.set_at("k", "a", "10", 3)
    s.delete_at("k", "b", 3)
    s.set_at("k", "c", "30", 3)
    s.commit(5)
    s.scan_at("k", 6)
    s.get_at("k", "b", 6)
    s.rollback(7)
    s.scan_at("k", 8)
    write(4, "secret", "03-commit-applies", s)

    s = Script("rolling back an inner transaction keeps the outer one's changes")
    s.begin(1)
    s.set_at("k", "outer", "o", 2)
    s.begin(3)
    s.set_at("k", "inner", "i", 4)
    s.set_at("k", "outer", "changed", 4)
    s.scan_at("k", 5)
    s.rollback(6)
    s.scan_at("k", 7)
    s.commit(8)
    s.scan_at("k", 9)
    s.commit(10)
    write(4, "secret", "04-inner-rollback", s)

    s = Script("an inner commit folds into the outer transaction, which can still roll back")
    s.set_at("k", "base", "b", 1)
    s.begin(2)
    s.set_at("k", "outer", "o", 3)
    s.begin(4)
    s.set_at("k", "inner", "i", 5)
    s.delete_at("k", "base", 5)
    s.commit(6)
    s.scan_at("k", 7)
    s.rollback(8)
    s.scan_at("k", 9)
    s.rollback(10)
    write(4, "secret", "05-inner-commit-outer-rollback", s)

    s = Script("five nested transactions, closed one by one")
    s.set_at("k", "depth", "0", 0)
    for depth in range(1, 6):
        s.begin(depth)
        s.set_at("k", "depth", str(depth), depth)
        s.set_at("k", f"level{depth}", "x", depth)
    s.rollback(10)
    s.scan_at("k", 10)
    s.commit(11)
    s.scan_at("k", 11)
    s.rollback(12)
    s.scan_at("k", 12)
    s.commit(13)
    s.commit(14)
    s.scan_at("k", 15)
    s.commit(16)
    write(4, "secret", "06-deep-nesting", s)

    s = Script("a delete inside a transaction hides the field from every read until rollback")
    s.set_at("u1", "team", "red", 1)
    s.set_at("u1", "tag", "t", 1)
    s.set_at("u2", "team", "red", 1)
    s.begin(2)
    s.delete_at("u1", "team", 3)
    s.get_at("u1", "team", 4)
    s.delete_at("u1", "team", 4)
    s.scan_at("u1", 4)
    s.scan_by_prefix_at("u1", "t", 4)
    s.find_keys_at("team", "red", 4)
    s.compare_and_set_at("u1", "team", "red", "blue", 4)
    s.begin(5)
    s.get_at("u1", "team", 6)
    s.set_at("u1", "team", "green", 6)
    s.delete_at("u1", "team", 7)
    s.commit(8)
    s.get_at("u1", "team", 9)
    s.rollback(10)
    s.find_keys_at("team", "red", 11)
    s.begin(12)
    s.delete_at("u2", "team", 13)
    s.commit(14)
    s.find_keys_at("team", "red", 15)
    s.scan_at("u2", 15)
    write(4, "secret", "07-delete-inside-transaction", s)

    s = Script("expiry is absolute: a commit does not restart a TTL")
    s.begin(1)
    s.set_at_with_ttl("cache", "page", "v1", 2, 10)
    s.set_at_with_ttl("cache", "icon", "i1", 2, 100)
    s.get_at("cache", "page", 11)
    s.commit(20)
    s.get_at("cache", "page", 21)
    s.get_at("cache", "icon", 101)
    s.get_at("cache", "icon", 102)
    s.begin(200)
    s.begin(201)
    s.set_at_with_ttl("cache", "page", "v2", 202, 5)
    s.commit(205)
    s.get_at("cache", "page", 206)
    s.commit(210)
    s.get_at("cache", "page", 210)
    s.scan_at("cache", 210)
    write(4, "secret", "08-commit-keeps-expiry", s)

    s = Script("rollbacks restore old values with their old expiry")
    s.set_at_with_ttl("k", "a", "old", 0, 50)
    s.set_at_with_ttl("k", "b", "old", 0, 50)
    s.begin(10)
    s.set_at_with_ttl("k", "a", "new", 11, 1000)
    s.delete_at("k", "b", 11)
    s.begin(12)
    s.set_at("k", "b", "newer", 13)
    s.rollback(14)
    s.get_at("k", "b", 15)
    s.rollback(20)
    s.get_at("k", "a", 49)
    s.get_at("k", "b", 49)
    s.get_at("k", "a", 50)
    s.get_at("k", "b", 50)
    write(4, "secret", "09-rollback-restores-expiry", s)

    s = Script("fields keep expiring while a transaction is open")
    s.set_at_with_ttl("k", "f", "v", 0, 5)
    s.set_at("k", "g", "w", 0)
    s.begin(1)
    s.get_at("k", "f", 4)
    s.get_at("k", "f", 5)
    s.delete_at("k", "f", 5)
    s.compare_and_set_at("k", "f", "v", "x", 6)
    s.scan_at("k", 6)
    s.set_at_with_ttl("k", "g", "tx", 6, 2)
    s.get_at("k", "g", 7)
    s.get_at("k", "g", 8)
    s.rollback(9)
    s.get_at("k", "g", 9)
    s.get_at("k", "f", 9)
    write(4, "secret", "10-expiry-during-transaction", s)

    s = Script("compare_and_set sees the transaction's own writes")
    s.set_at("k", "v", "1", 0)
    s.begin(1)
    s.compare_and_set_at("k", "v", "1", "2", 2)
    s.compare_and_set_at("k", "v", "1", "3", 3)
    s.compare_and_set_at("k", "v", "2", "3", 4)
    s.begin(5)
    s.compare_and_set_at("k", "v", "3", "4", 6)
    s.rollback(7)
    s.get_at("k", "v", 8)
    s.commit(9)
    s.get_at("k", "v", 10)
    write(4, "secret", "11-compare-and-set-in-transaction", s)

    s = Script("scans and find_keys merge every open transaction with the records")
    s.set_at("a", "x", "1", 0)
    s.set_at("a", "y", "1", 0)
    s.begin(1)
    s.set_at("b", "x", "1", 2)
    s.set_at("a", "z", "2", 2)
    s.begin(3)
    s.set_at("c", "x", "1", 4)
    s.delete_at("a", "x", 4)
    s.find_keys_at("x", "1", 5)
    s.scan_at("a", 5)
    s.scan_by_prefix_at("a", "y", 5)
    s.scan_at("c", 5)
    s.rollback(6)
    s.find_keys_at("x", "1", 7)
    s.scan_at("a", 7)
    s.scan_at("c", 7)
    s.rollback(8)
    s.find_keys_at("x", "1", 9)
    s.scan_at("b", 9)
    write(4, "secret", "12-scans-in-transactions", s)

    s = Script("the untimestamped methods work inside transactions, at the latest timestamp")
    s.set("k", "f", "base")
    s.begin(5)
    s.set("k", "f", "tx")
    s.set_at_with_ttl("k", "t", "temp", 6, 3)
    s.get("k", "t")
    s.get_at("k", "f", 9)
    s.get("k", "t")
    s.scan("k")
    s.delete("k", "f")
    s.find_keys("f", "base")
    s.commit(10)
    s.scan("k")
    s.rollback(11)
    write(4, "secret", "13-plain-methods-in-transactions", s)

    s = Script("a record created and emptied inside a transaction")
    s.begin(1)
    s.set_at("tmp", "a", "1", 2)
    s.delete_at("tmp", "a", 3)
    s.scan_at("tmp", 4)
    s.find_keys_at("a", "1", 4)
    s.commit(5)
    s.scan_at("tmp", 6)
    s.set_at("tmp", "a", "1", 7)
    s.begin(8)
    s.delete_at("tmp", "a", 9)
    s.set_at("tmp", "a", "2", 10)
    s.commit(11)
    s.scan_at("tmp", 12)
    write(4, "secret", "14-created-and-emptied", s)

    for index, (size, keys) in enumerate([(200, 3), (500, 4), (1000, 6), (1500, 20)], start=15):
        rng = random.Random(400 + index)
        s = Script(f"{size} random operations with TTLs and nested transactions over {keys} records")
        random_ops(s, rng, size, level=4, keys=keys)
        write(4, "secret", f"{index:02d}-random-{size}", s)


# Random scripts ------------------------------------------------------------------------------------

FIELDS = ["a", "ab", "abc", "b", "ba", "c"]
VALUES = ["x", "y", "z", ""]


def random_ops(s: Script, rng: random.Random, size: int, level: int, keys: int) -> None:
    """Append `size` random calls of the methods of levels 1..`level`, over a few keys and fields."""
    key_names = [f"k{i}" for i in range(keys)]
    now = 0
    depth = 0
    for _ in range(size):
        key, field, value = rng.choice(key_names), rng.choice(FIELDS), rng.choice(VALUES)
        ops = ["set", "set", "get", "get", "delete", "cas"]
        if level >= 2:
            ops += ["scan", "prefix", "find"]
        if level >= 3:
            now += rng.choice([0, 1, 1, 2, 3])
            ops += ["ttl", "ttl", "ttl"]
        if level >= 4:
            ops += ["begin", "begin", "commit", "rollback"]
        op = rng.choice(ops)
        timed = level >= 3 and rng.random() < 0.85
        if op == "set":
            s.set_at(key, field, value, now) if timed else s.set(key, field, value)
        elif op == "get":
            s.get_at(key, field, now) if timed else s.get(key, field)
        elif op == "delete":
            s.delete_at(key, field, now) if timed else s.delete(key, field)
        elif op == "cas":
            expected = rng.choice(VALUES)
            if timed:
                s.compare_and_set_at(key, field, expected, value, now)
            else:
                s.compare_and_set(key, field, expected, value)
        elif op == "scan":
            s.scan_at(key, now) if timed else s.scan(key)
        elif op == "prefix":
            prefix = rng.choice(["", "a", "ab", "b", "c", "d"])
            s.scan_by_prefix_at(key, prefix, now) if timed else s.scan_by_prefix(key, prefix)
        elif op == "find":
            s.find_keys_at(field, value, now) if timed else s.find_keys(field, value)
        elif op == "ttl":
            s.set_at_with_ttl(key, field, value, now, rng.randint(1, 8))
        elif op == "begin":
            if depth < 4:
                s.begin(now)
                depth += 1
        elif op in ("commit", "rollback"):
            getattr(s, op)(now)
            depth = max(0, depth - 1)


def main() -> None:
    for level in range(1, 5):
        shutil.rmtree(ROOT / "data" / f"level-{level}", ignore_errors=True)
    level_1()
    level_2()
    level_3()
    level_4()


if __name__ == "__main__":
    main()
