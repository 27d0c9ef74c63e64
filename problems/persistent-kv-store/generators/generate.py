#!/usr/bin/env python3
"""Write the tests of persistent-kv-store: `python3 generators/generate.py` (from any directory).

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
CLASS = "KVStore"


def load_reference():
    path = ROOT / "submissions" / "accepted" / "kv_store.py"
    spec = importlib.util.spec_from_file_location("reference", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


REFERENCE = load_reference()


class Script:
    """Calls against a fresh reference instance; `script.get("k")` records the call and its answer."""

    def __init__(self, description: str) -> None:
        self.description = description
        self.instance = getattr(REFERENCE, CLASS)()
        self.calls: list[dict] = [{"new": CLASS, "args": []}]

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
    lines = ",\n".join("    " + json.dumps(call, ensure_ascii=False) for call in script.calls)
    description = json.dumps(script.description)
    path.write_text(f'{{\n  "description": {description},\n  "calls": [\n{lines}\n  ]\n}}\n', encoding="utf-8")


TRICKY = ["a", "b", "ab", "a=b", "", "=", "==", "\\", "\\n", "\n", "a\nb", "\\=", "é", "日本", "k\r", "tab\t",
          " ", "B", "x\\\\y", "+a", "-b", "BEGIN", "COMMIT", "a\\"]


def random_script(description: str, seed: int, operations: int, level: int) -> Script:
    rng = random.Random(seed)
    s = Script(description)
    keys = TRICKY + [f"key{i}" for i in range(8)]
    values = TRICKY + [str(i) for i in range(10)]
    texts: list[tuple[str, str]] = [("", "")]  # (snapshot, log) pairs seen so far
    kinds = ["set"] * 30 + ["get"] * 15 + ["delete"] * 12 + ["keys"] * 5
    if level >= 2:
        kinds += ["snapshot"] * 5 + ["restore"] * 3
    if level >= 3:
        kinds += ["log"] * 6 + ["checkpoint"] * 3 + ["compact"] * 4 + ["recover"] * 3
    if level >= 4:
        kinds += ["begin"] * 6 + ["commit"] * 4 + ["rollback"] * 2
    for _ in range(operations):
        kind = rng.choice(kinds)
        if kind == "set":
            s.set(rng.choice(keys), rng.choice(values))
        elif kind == "get":
            s.get(rng.choice(keys))
        elif kind == "delete":
            s.delete(rng.choice(keys))
        elif kind == "keys":
            s.keys(rng.choice(["", "a", "k", "key", "\\", "=", "x"]))
        elif kind == "snapshot":
            texts.append((s.snapshot(), ""))
        elif kind == "restore":
            snapshot = rng.choice(texts)[0]
            if rng.random() < 0.2:
                snapshot = damage(rng, snapshot, level)
            s.restore(snapshot)
        elif kind == "log":
            s.log()
        elif kind == "checkpoint":
            texts.append((s.checkpoint(), ""))
        elif kind == "compact":
            s.compact()
        elif kind == "recover":
            snapshot = rng.choice(texts)[0]
            log = s.instance.log()
            if rng.random() < 0.2:
                log = damage(rng, log, level)
            s.recover(snapshot, log)
        elif kind == "begin":
            s.begin()
        elif kind == "commit":
            s.commit()
        else:
            s.rollback()
        if level >= 3 and rng.random() < 0.05:
            texts.append((s.instance.snapshot(), s.instance.log()))
    s.keys("")
    if level >= 2:
        s.snapshot()
    if level >= 3:
        s.log()
    return s


def damage(rng: random.Random, text: str, level: int) -> str:
    """A small corruption of a snapshot or a log: usually malformed, sometimes still valid.

    BEGIN and COMMIT lines only appear from level 4 on, where they mean something."""
    if not text:
        return rng.choice(["x", "=\n=\n", "\\q=1\n"] + (["COMMIT\n"] if level >= 4 else []))
    roll = rng.random()
    if roll < 0.3:
        return text[:-1]
    if roll < 0.5:
        i = rng.randrange(len(text))
        return text[:i] + "\\" + text[i:]
    if roll < 0.7:
        i = rng.randrange(len(text))
        return text[:i] + "=" + text[i:]
    if roll < 0.85 or level < 4:
        return text + text.split("\n")[0] + "\n"
    return "BEGIN\n" + text


# Level 1 -----------------------------------------------------------------------------------------


def level_1() -> None:
    s = Script("set, get, delete and keys, including the empty key and empty values")
    s.set("user:1", "Ada")
    s.set("user:2", "")
    s.get("user:2")
    s.get("user:3")
    s.set("", "the empty key")
    s.keys("user:")
    s.keys("")
    s.delete("user:1")
    s.delete("user:1")
    s.keys("u")
    write(1, "sample", "01-basics", s)

    s = Script("overwrite, delete, and set again")
    s.set("k", "1")
    s.set("k", "2")
    s.get("k")
    s.delete("k")
    s.get("k")
    s.delete("k")
    s.delete("never")
    s.set("k", "3")
    s.get("k")
    s.keys("")
    write(1, "secret", "01-overwrite-and-delete", s)

    s = Script("empty keys and empty values are real")
    s.get("")
    s.delete("")
    s.set("", "")
    s.get("")
    s.keys("")
    s.set("x", "")
    s.get("x")
    s.delete("")
    s.get("")
    s.keys("")
    s.delete("x")
    s.keys("")
    write(1, "secret", "02-empty-strings", s)

    s = Script("keys are sorted by character code and filtered by prefix")
    for key in ["b", "a", "B", "A", "ab", "a b", "a-b", "a\n", "aa", "é", "Z", "_", "1", "10", "9"]:
        s.set(key, key.upper())
    s.keys("")
    s.keys("a")
    s.keys("ab")
    s.keys("abc")
    s.keys("A")
    s.keys("1")
    s.keys("é")
    s.keys("zz")
    write(1, "secret", "03-keys-order", s)

    s = Script("keys and values with every special character are stored as they are")
    specials = ["=", "\\", "\n", "\r", "\t", "a=b", "\\n", "x\\", "日本語", "  ", "+", "-", "BEGIN"]
    for i, key in enumerate(specials):
        s.set(key, specials[-1 - i])
    for key in specials:
        s.get(key)
    s.keys("")
    s.keys("\\")
    s.delete("\n")
    s.get("\n")
    s.get("\\n")
    write(1, "secret", "04-special-characters", s)

    write(1, "secret", "05-random-300", random_script("300 random level-1 operations", 101, 300, 1))
    write(1, "secret", "06-random-1500", random_script("1500 random level-1 operations", 102, 1500, 1))


# Level 2 -----------------------------------------------------------------------------------------


def level_2() -> None:
    s = Script("a snapshot escapes backslashes, newlines and equals signs; restore reads one back")
    s.set("a", "1")
    s.set("b=c", "x\ny")
    s.set("", "C:\\dir")
    s.snapshot()
    s.restore("k=v\n")
    s.keys("")
    s.restore("k=v")
    s.restore("k=v=w\n")
    s.restore("k\\t=v\n")
    s.restore("a=1\na=2\n")
    s.get("k")
    write(2, "sample", "01-snapshot", s)

    s = Script("the empty store, the empty key and the empty value")
    s.snapshot()
    s.set("", "")
    s.snapshot()
    s.set("k", "")
    s.snapshot()
    s.delete("")
    s.delete("k")
    s.snapshot()
    write(2, "secret", "01-empty", s)

    s = Script("exactly three characters are escaped; carriage returns and tabs are kept")
    for key, value in [("back\\slash", "\\"), ("new\nline", "\n\n"), ("eq=", "=x="), ("cr\r", "\r\n"),
                       ("tab\t", "\t"), ("é", "日本"), ("\\n", "\\="), ("plain", "a b c")]:
        s.set(key, value)
    s.snapshot()
    write(2, "secret", "02-escaping", s)

    s = Script("restore replaces everything, accepts any line order, and unescapes")
    s.set("old", "gone")
    s.restore("b=2\na=1\n")
    s.keys("")
    s.get("old")
    s.restore("\\n\\==\\\\\nx=\\n\\n\n")
    s.keys("")
    s.get("\n=")
    s.get("x")
    s.restore("=\n")
    s.keys("")
    s.get("")
    s.restore("")
    s.keys("")
    s.snapshot()
    s.restore("k=\r\tv\n")
    s.get("k")
    write(2, "secret", "03-restore", s)

    s = Script("malformed snapshots raise and leave the store unchanged")
    s.set("keep", "me")
    s.set("a=b", "c\nd")
    for text in ["x", "x\n", "\n", "a=1\n\n", "a=1", "a=1\nb=2", "=", "a==\n", "a=b=c\n", "a\\=b\n",
                 "\\x=1\n", "a=\\\n", "a=1\\\n", "a=\\t\n", "k=1\nk=2\n", "=1\n=2\n", "\\\\=\\\n",
                 "a=1\r\nb=2\r\n=3\r\n=4\r\n"]:
        s.restore(text)
    s.snapshot()
    s.get("keep")
    write(2, "secret", "04-malformed", s)

    s = Script("restoring a snapshot gives back the same store and the same snapshot")
    rng = random.Random(201)
    for _ in range(60):
        s.set(rng.choice(TRICKY) + rng.choice(TRICKY), rng.choice(TRICKY) + rng.choice(TRICKY))
    text = s.snapshot()
    s.set("extra", "value")
    s.delete(rng.choice(TRICKY))
    s.restore(text)
    s.snapshot()
    s.keys("")
    for key in rng.sample(TRICKY, 10):
        s.get(key + key)
    write(2, "secret", "05-round-trip", s)

    s = Script("after a restore the store keeps working normally")
    s.restore("a=1\nb=2\nc=3\n")
    s.delete("b")
    s.set("d", "4")
    s.set("a", "one")
    s.snapshot()
    s.keys("")
    write(2, "secret", "06-use-after-restore", s)

    s = Script("a large snapshot")
    rng = random.Random(202)
    for i in range(400):
        s.set(f"key:{rng.randint(0, 999):03d}:{rng.choice(TRICKY)}", f"{i}{rng.choice(TRICKY)}")
    text = s.snapshot()
    s.restore(text)
    s.snapshot()
    write(2, "secret", "07-large", s)

    write(2, "secret", "08-random-400", random_script("400 random level-2 operations", 203, 400, 2))
    write(2, "secret", "09-random-1200", random_script("1200 random level-2 operations", 204, 1200, 2))


# Level 3 -----------------------------------------------------------------------------------------


def level_3() -> None:
    s = Script("a log of changes, a checkpoint, compaction and recovery")
    s.set("a", "1")
    s.set("b", "2")
    s.checkpoint()
    s.log()
    s.set("a", "10")
    s.delete("b")
    s.delete("b")
    s.set("c=", "3")
    s.set("a", "1")
    s.log()
    s.compact()
    s.log()
    s.recover("a=1\nb=2\n", "-b\n+c\\==3\n")
    s.keys("")
    s.recover("a=1\n", "*a\n")
    s.get("c=")
    write(3, "sample", "01-log", s)

    s = Script("what gets logged: every set, only successful deletes, escaped like snapshots")
    s.log()
    s.set("k", "v")
    s.set("k", "v")
    s.delete("missing")
    s.delete("k")
    s.delete("k")
    s.set("=\n\\", "\\\n=")
    s.set("", "")
    s.delete("")
    s.set("+x", "-y")
    s.delete("+x")
    s.log()
    write(3, "secret", "01-records", s)

    s = Script("a checkpoint returns the snapshot and starts an empty log")
    s.checkpoint()
    s.log()
    s.set("a", "1")
    s.checkpoint()
    s.checkpoint()
    s.log()
    s.set("b", "2")
    s.log()
    s.checkpoint()
    s.log()
    s.snapshot()
    write(3, "secret", "02-checkpoints", s)

    s = Script("compaction keeps one record per changed key, sorted, relative to the last checkpoint")
    s.compact()
    s.set("z", "1")
    s.set("y", "1")
    s.set("z", "2")
    s.compact()
    s.log()
    s.compact()
    s.checkpoint()
    s.set("z", "3")
    s.set("z", "2")
    s.set("new", "x")
    s.delete("new")
    s.delete("y")
    s.set("y", "again")
    s.delete("y")
    s.set("a=", "\n")
    s.log()
    s.compact()
    s.log()
    s.compact()
    s.snapshot()
    write(3, "secret", "03-compaction", s)

    s = Script("recovery: snapshot plus log; deletes of absent keys are harmless; the base is the snapshot")
    s.set("junk", "1")
    s.recover("a=1\nb=2\n", "+c=3\n-zzz\n-a\n+b=20\n")
    s.keys("")
    s.get("b")
    s.log()
    s.compact()
    s.log()
    s.recover("", "")
    s.keys("")
    s.log()
    s.recover("k=v\n", "")
    s.log()
    s.set("k", "w")
    s.log()
    s.recover("", "+\\\\=\\n\n+=\n")
    s.keys("")
    s.get("\\")
    s.get("")
    write(3, "secret", "04-recover", s)

    s = Script("malformed logs and snapshots make recover raise and change nothing")
    s.set("keep", "me")
    s.set("k2", "v2")
    s.log()
    for snapshot, log in [("", "+a=1"), ("", "a=1\n"), ("", "\n"), ("", "+a\n"), ("", "+a=1=2\n"),
                          ("", "-a=1\n"), ("", "+a=\\x\n"), ("", "+a=1\n-b\n+c\n"), ("a=1", ""),
                          ("a=1\na=2\n", "-a\n"), ("", "+a=1\n\n"), ("", " +a=1\n"), ("", "+a=1\\\n")]:
        s.recover(snapshot, log)
    s.keys("")
    s.log()
    s.get("keep")
    write(3, "secret", "05-malformed", s)

    s = Script("restore now means recover with an empty log: the log and the base start over")
    s.set("a", "1")
    s.set("b", "2")
    s.restore("a=1\nc=3\n")
    s.log()
    s.delete("c")
    s.set("a", "1")
    s.log()
    s.compact()
    s.log()
    s.restore("bad")
    s.log()
    write(3, "secret", "06-restore-resets-log", s)

    s = Script("the log replays to the same store")
    rng = random.Random(301)
    s.set("base", "0")
    base = s.checkpoint()
    for _ in range(80):
        if rng.random() < 0.7:
            s.set(rng.choice(TRICKY), rng.choice(TRICKY))
        else:
            s.delete(rng.choice(TRICKY))
    log = s.log()
    expected = s.snapshot()
    s.set("noise", "1")
    s.recover(base, log)
    assert s.instance.snapshot() == expected
    s.snapshot()
    s.compact()
    compacted = s.log()
    s.recover(base, compacted)
    s.snapshot()
    write(3, "secret", "07-replay", s)

    write(3, "secret", "08-random-400", random_script("400 random level-3 operations", 302, 400, 3))
    write(3, "secret", "09-random-1200", random_script("1200 random level-3 operations", 303, 1200, 3))


# Level 4 -----------------------------------------------------------------------------------------


def level_4() -> None:
    s = Script("a transaction, its block in the log, and recovery from an unfinished commit")
    s.set("x", "1")
    s.begin()
    s.set("x", "2")
    s.delete("x")
    s.set("y", "3")
    s.get("x")
    s.snapshot()
    s.begin()
    s.commit()
    s.log()
    s.commit()
    s.recover("", "+a=1\nBEGIN\n+a=2\nCOMMIT\nBEGIN\n+b=5\n")
    s.get("a")
    s.get("b")
    s.log()
    s.recover("", "COMMIT\n")
    write(4, "sample", "01-transactions", s)

    s = Script("begin, commit and rollback report whether they did anything")
    s.commit()
    s.rollback()
    s.begin()
    s.begin()
    s.rollback()
    s.rollback()
    s.commit()
    s.begin()
    s.commit()
    s.commit()
    s.log()
    write(4, "secret", "01-return-values", s)

    s = Script("reads inside a transaction see its changes; rollback forgets them")
    s.set("a", "1")
    s.set("b", "2")
    s.begin()
    s.set("a", "10")
    s.delete("b")
    s.delete("b")
    s.delete("zz")
    s.set("c", "3")
    s.get("a")
    s.get("b")
    s.get("c")
    s.keys("")
    s.rollback()
    s.get("a")
    s.get("b")
    s.get("c")
    s.keys("")
    s.log()
    write(4, "secret", "02-reads-and-rollback", s)

    s = Script("snapshot, log, checkpoint and compact only see committed data")
    s.set("a", "1")
    s.begin()
    s.set("a", "2")
    s.set("b", "3")
    s.snapshot()
    s.log()
    s.compact()
    s.checkpoint()
    s.log()
    s.get("a")
    s.commit()
    s.log()
    s.snapshot()
    s.compact()
    s.log()
    write(4, "secret", "03-committed-views", s)

    s = Script("the block holds every change in order, and an empty transaction logs nothing")
    s.begin()
    s.commit()
    s.begin()
    s.get("x")
    s.delete("x")
    s.commit()
    s.log()
    s.begin()
    s.set("k", "1")
    s.set("k", "1")
    s.delete("k")
    s.set("k", "2")
    s.set("a=b", "\n")
    s.commit()
    s.set("after", "1")
    s.log()
    s.begin()
    s.set("x", "1")
    s.delete("x")
    s.commit()
    s.get("x")
    s.log()
    s.compact()
    s.log()
    write(4, "secret", "04-block-contents", s)

    s = Script("recovery applies complete blocks and drops a block the log ends inside")
    s.recover("a=0\n", "BEGIN\n+a=1\n+b=1\nCOMMIT\n+c=1\nBEGIN\n-a\nCOMMIT\n")
    s.keys("")
    s.log()
    s.recover("a=0\n", "+b=1\nBEGIN\n-a\n+b=2\n+c=3\n")
    s.keys("")
    s.get("a")
    s.get("b")
    s.log()
    s.recover("", "BEGIN\n")
    s.keys("")
    s.log()
    s.recover("", "BEGIN\nCOMMIT\n")
    s.log()
    s.recover("k=v\n", "BEGIN\n+k=w\nCOMMIT\nBEGIN\n")
    s.get("k")
    s.log()
    s.set("z", "1")
    s.log()
    write(4, "secret", "05-unfinished-block", s)

    s = Script("malformed logs with blocks raise and change nothing")
    s.set("keep", "me")
    for log in ["COMMIT\n", "+a=1\nCOMMIT\n", "BEGIN\nBEGIN\nCOMMIT\n", "BEGIN\n+a=1\nBEGIN\n",
                "BEGIN\n+a\nCOMMIT\n", "BEGIN\n+a=1\n*b\n", "BEGIN\n+a=1\nCOMMIT", "BEGIN\n+a=1",
                "begin\n+a=1\ncommit\n", "BEGIN \n+a=1\nCOMMIT\n"]:
        s.recover("", log)
    s.keys("")
    s.log()
    write(4, "secret", "06-malformed-blocks", s)

    s = Script("restore and recover discard an open transaction")
    s.set("a", "1")
    s.begin()
    s.set("a", "2")
    s.restore("b=1\n")
    s.get("a")
    s.commit()
    s.rollback()
    s.begin()
    s.set("c", "1")
    s.recover("", "+d=1\n")
    s.commit()
    s.keys("")
    s.log()
    s.begin()
    s.set("e", "1")
    s.recover("bad", "")
    s.commit()
    s.keys("")
    s.log()
    write(4, "secret", "07-recover-ends-transaction", s)

    s = Script("a committed log recovers to the same store; compaction flattens the blocks")
    rng = random.Random(401)
    base = s.checkpoint()
    for _ in range(40):
        if rng.random() < 0.3:
            s.begin()
            for _ in range(rng.randint(0, 4)):
                if rng.random() < 0.7:
                    s.set(rng.choice(TRICKY), rng.choice(TRICKY))
                else:
                    s.delete(rng.choice(TRICKY))
            if rng.random() < 0.7:
                s.commit()
            else:
                s.rollback()
        else:
            s.set(rng.choice(TRICKY), rng.choice(TRICKY))
    log = s.log()
    expected = s.snapshot()
    s.recover(base, log)
    assert s.instance.snapshot() == expected
    s.snapshot()
    s.compact()
    s.log()
    write(4, "secret", "08-replay-with-blocks", s)

    write(4, "secret", "09-random-400", random_script("400 random level-4 operations", 402, 400, 4))
    write(4, "secret", "10-random-1200", random_script("1200 random level-4 operations", 403, 1200, 4))


def main() -> None:
    shutil.rmtree(ROOT / "data", ignore_errors=True)
    level_1()
    level_2()
    level_3()
    level_4()


if __name__ == "__main__":
    main()
